/**
 * Personal data: classification (basic and sensitive, Decree 13/2023/NĐ-CP), masking for logs and
 * public pages, and log-safe rendering.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.privacy;

import org.jspecify.annotations.NullMarked;
