/**
 * The kit's own checks (implementation; reached through {@code CheckRegistry.standard()}).
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.conformance.internal.checks;

import org.jspecify.annotations.NullMarked;
