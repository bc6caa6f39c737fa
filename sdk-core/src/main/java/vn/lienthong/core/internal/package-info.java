/**
 * Implementation details of sdk-core. Not an API: may change in any release without notice.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.internal;

import org.jspecify.annotations.NullMarked;
