/**
 * Registry simulators: seed data from the personas, the generated population, and the bus
 * operations of the population, business, civil-status and land contracts. Not API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.internal.registry;

import org.jspecify.annotations.NullMarked;
