/**
 * PDF implementation details of sdk-signature (PDFBox): signing, appearances, revision comparison;
 * not API, may change in any release.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.internal.pdf;

import org.jspecify.annotations.NullMarked;
