/**
 * Implementation details of sdk-signature; not API, may change in any release.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.internal;

import org.jspecify.annotations.NullMarked;
