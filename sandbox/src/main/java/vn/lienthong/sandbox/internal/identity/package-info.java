/**
 * The sandbox OpenID provider engine: keys, client authentication, DPoP, PAR, codes, tokens and the
 * hostile modes. Not API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.internal.identity;

import org.jspecify.annotations.NullMarked;
