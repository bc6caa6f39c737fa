/**
 * The runner: {@code java -jar conformance-kit.jar run|list|verify}.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.conformance.cli;

import org.jspecify.annotations.NullMarked;
