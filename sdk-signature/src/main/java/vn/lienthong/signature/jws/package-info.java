/**
 * JWS (RFC 7515) and JAdES baseline B-B (ETSI TS 119 182-1) signatures: {@link
 * vn.lienthong.signature.jws.JwsSigner} creates them in three steps, in compact or JSON
 * serialisation, with attached, detached or unencoded (RFC 7797) payloads; {@link
 * vn.lienthong.signature.jws.JwsValidator} validates them against configured trust anchors.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.jws;

import org.jspecify.annotations.NullMarked;
