/**
 * Viet Nam's administrative units of the two-level local government in force from 1 July 2025: 34
 * provincial units (tỉnh, thành phố) and 3,321 commune-level units (xã, phường, đặc khu), with
 * look-ups by code and by name and the resolution of pre-2025 codes. Start at {@link
 * vn.lienthong.core.admin.AdministrativeUnits}.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.admin;

import org.jspecify.annotations.NullMarked;
