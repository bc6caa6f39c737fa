/**
 * Implementation of the conformance kit: not part of the API, may change without notice.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.conformance.internal;

import org.jspecify.annotations.NullMarked;
