/**
 * Implementation of the runner CLI: option parsing and terminal output (not part of the API).
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.conformance.internal.cli;

import org.jspecify.annotations.NullMarked;
