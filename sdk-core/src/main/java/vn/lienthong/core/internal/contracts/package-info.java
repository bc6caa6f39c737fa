/**
 * Implementation of {@link vn.lienthong.core.contracts}: loading the bundled contract files,
 * resolving their references, compiling their schemas once and mapping schema errors to violations.
 * Not part of the public API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.internal.contracts;

import org.jspecify.annotations.NullMarked;
