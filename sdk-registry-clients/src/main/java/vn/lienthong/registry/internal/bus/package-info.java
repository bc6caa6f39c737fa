/** Implementation of the bus client: envelope headers, response checks, resilience, tokens. */
@NullMarked
package vn.lienthong.registry.internal.bus;

import org.jspecify.annotations.NullMarked;
