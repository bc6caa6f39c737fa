/**
 * Sandbox internals shared by every simulated service: the service plug-in interface, the shared
 * context and the catalogue of built-in services. Not API: may change in any release.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.internal;

import org.jspecify.annotations.NullMarked;
