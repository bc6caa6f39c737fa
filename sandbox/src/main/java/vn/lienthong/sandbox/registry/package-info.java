/**
 * The simulated national registries (population, business registration, civil status, land), seeded
 * from the sandbox personas and a deterministic generated population for load tests.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.registry;

import org.jspecify.annotations.NullMarked;
