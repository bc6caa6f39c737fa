/**
 * A throw-away test and demo PKI generated at run time with Bouncy Castle: root and intermediate
 * CAs, person and organisation certificates, revoked ones, CRLs, a loopback OCSP responder and an
 * RFC 3161 timestamp authority.
 *
 * <p><strong>Test and demo use only; never for production trust.</strong> Every key is generated in
 * memory, every name says "TEST", and nothing here is secret. It ships in the main jar so that the
 * reference application and the sandbox can sign demo documents at run time.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.testpki;

import org.jspecify.annotations.NullMarked;
