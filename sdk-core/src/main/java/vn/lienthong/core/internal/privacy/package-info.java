/**
 * Implementation of personal-data masking and scrubbing. Not an API: may change in any release
 * without notice.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.internal.privacy;

import org.jspecify.annotations.NullMarked;
