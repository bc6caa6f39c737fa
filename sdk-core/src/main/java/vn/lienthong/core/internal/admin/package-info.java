/**
 * Implementation of the administrative unit tables: the bundled resource reader and the indexes.
 * Not an API: may change in any release without notice.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.internal.admin;

import org.jspecify.annotations.NullMarked;
