/**
 * The simulated National Public Service Portal (Cổng Dịch vụ công quốc gia) sync services and what
 * they received, for inspection by tests.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.portal;

import org.jspecify.annotations.NullMarked;
