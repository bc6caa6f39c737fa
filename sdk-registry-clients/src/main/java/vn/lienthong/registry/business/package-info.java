/**
 * The business client of the LienThong bus; see {@code docs/sdk-registry-clients.md}.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.registry.business;

import org.jspecify.annotations.NullMarked;
