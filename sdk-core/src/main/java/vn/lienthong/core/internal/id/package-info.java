/**
 * Implementation details of the identifiers in {@code vn.lienthong.core.id}. Not an API: may change
 * in any release without notice.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.internal.id;

import org.jspecify.annotations.NullMarked;
