/**
 * LienThong core: errors ({@link vn.lienthong.core.LienThongException}, error codes, RFC 9457
 * problem details) shared by every module. Sub-packages hold identifiers, administrative units,
 * Vietnamese text and personal-data handling.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core;

import org.jspecify.annotations.NullMarked;
