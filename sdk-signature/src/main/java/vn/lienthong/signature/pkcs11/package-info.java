/**
 * Signing keys on PKCS#11 tokens and HSMs (USB tokens of VGCA and commercial CAs, SoftHSM2, network
 * HSMs) through the JDK's SunPKCS11 provider, configured at run time.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.pkcs11;

import org.jspecify.annotations.NullMarked;
