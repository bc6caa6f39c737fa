/**
 * Internals of the test PKI: certificate, CRL, OCSP and timestamp generation with Bouncy Castle.
 * Test and demo use only.
 */
@NullMarked
package vn.lienthong.signature.internal.testpki;

import org.jspecify.annotations.NullMarked;
