/**
 * LienThong sandbox: Simulators of the national services a commune system talks to, on loopback
 * ports, with deterministic test personas. For tests and demos only; production code never depends
 * on this module.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox;

import org.jspecify.annotations.NullMarked;
