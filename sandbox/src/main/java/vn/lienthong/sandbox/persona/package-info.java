/**
 * Deterministic test personas (citizens, an enterprise, officers) with valid personal ids,
 * Vietnamese names in NFC and real 2025 communes, shared by every simulated service.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.persona;

import org.jspecify.annotations.NullMarked;
