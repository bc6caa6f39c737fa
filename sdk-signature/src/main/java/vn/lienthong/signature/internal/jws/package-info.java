/**
 * Implementation of the JWS and JAdES signer and validator; not part of the API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.internal.jws;

import org.jspecify.annotations.NullMarked;
