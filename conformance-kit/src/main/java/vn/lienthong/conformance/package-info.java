/**
 * The LienThong conformance kit: the requirement catalogue provincial science departments check
 * commune systems against, and (as it grows) the runner and its reports.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.conformance;

import org.jspecify.annotations.NullMarked;
