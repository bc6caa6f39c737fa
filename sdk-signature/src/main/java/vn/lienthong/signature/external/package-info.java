/**
 * Signing with keys the JVM cannot reach: external signing (hash out, signature value in) for the
 * VGCA desktop signing service and browser-side signing, and the port of remote signing services
 * (Cloud Signature Consortium API, VNPT SmartCA, Viettel MySign). Every value received is checked
 * against the signer's certificate before a format embeds it.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.external;

import org.jspecify.annotations.NullMarked;
