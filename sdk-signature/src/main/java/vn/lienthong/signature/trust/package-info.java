/**
 * Trust in signers' certificates: named trust anchor sets (VGCA, NEAC) loaded from files the user
 * supplies, chain building, and revocation by OCSP and CRL (online, cached or embedded in the
 * signature), also at a past time with embedded proofs.
 *
 * <pre>{@code
 * CertificateVerifier verifier =
 *     CertificateVerifier.builder()
 *         .trustAnchors(TrustAnchors.vgca(Path.of("/etc/lienthong/vgca-roots.pem")))
 *         .trustAnchors(TrustAnchors.neac(Path.of("/etc/lienthong/neac-roots.pem")))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.trust;

import org.jspecify.annotations.NullMarked;
