package vn.lienthong.signature.internal;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.trust.CertificateStatus;
import vn.lienthong.signature.trust.CertificateVerification;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Gathers the validation data a long-term level (B-LT) embeds: the chains of the signer and of the
 * timestamp authorities, and the OCSP responses and CRLs proving them not revoked, as returned by a
 * {@link CertificateVerifier}. Not thread-safe; one instance per signature.
 */
public final class LongTermProofs {

  private final CertificateVerifier verifier;
  private final Set<X509Certificate> certificates = new LinkedHashSet<>();
  private RevocationData revocation = RevocationData.NONE;

  /**
   * Starts an empty collection.
   *
   * @param verifier the verifier that builds chains and fetches proofs
   */
  public LongTermProofs(CertificateVerifier verifier) {
    this.verifier = verifier;
  }

  /**
   * Adds the chain and proofs of a certificate.
   *
   * @param certificate the end-entity certificate (signer or timestamp authority)
   * @param others certificates that may complete its chain
   * @param level the level asked for, for the error
   * @throws InvalidInputException if the certificate is not TRUSTED with its revocation checked
   *     ({@code LT-SIG-1001})
   */
  public void add(X509Certificate certificate, Collection<X509Certificate> others, String level) {
    CertificateVerification v = verifier.verify(certificate, others);
    if (v.status() != CertificateStatus.TRUSTED || !v.revocationChecked()) {
      throw new InvalidInputException(
          SignatureErrorCode.VALIDATION_DATA_UNAVAILABLE,
          ErrorDetails.field("certificateVerifier")
              .rule("signature.long-term.proofs")
              .rejectedValue(level)
              .with(
                  "status", v.status() + (v.revocationChecked() ? "" : ", revocation unchecked")));
    }
    certificates.add(certificate);
    certificates.addAll(v.chain());
    revocation = revocation.and(v.proofs());
  }

  /**
   * Adds the chain and proofs of the timestamp authority that signed a token.
   *
   * @param token the DER timestamp token
   * @param covered the data the token covers
   * @param level the level asked for, for the error
   * @throws InvalidInputException if the token does not verify or its authority is not TRUSTED
   *     ({@code LT-SIG-1001})
   */
  public void addTimestampAuthority(byte[] token, byte[] covered, String level) {
    TimestampCheck.Result r =
        TimestampCheck.verifyOver(
            token, covered, ChainCheck.of(Set.of(), verifier), RevocationData.NONE);
    if (!r.valid() || r.certificates().isEmpty()) {
      throw new InvalidInputException(
          SignatureErrorCode.VALIDATION_DATA_UNAVAILABLE,
          ErrorDetails.field("timestampSource")
              .rule("signature.long-term.timestamp")
              .rejectedValue(level)
              .with("status", r.reason()));
    }
    X509Certificate tsa = r.certificates().get(0);
    for (X509Certificate c : r.certificates()) {
      if (c.getBasicConstraints() < 0) {
        tsa = c;
      }
    }
    add(tsa, r.certificates(), level);
  }

  /**
   * Returns the certificates gathered, without duplicates, in the order found.
   *
   * @return the certificates
   */
  public List<X509Certificate> certificates() {
    return List.copyOf(certificates);
  }

  /**
   * Returns the revocation data gathered, without duplicate CRLs or OCSP responses.
   *
   * @return the proofs
   */
  public RevocationData revocation() {
    Set<X509CRL> crls = new LinkedHashSet<>(revocation.crls());
    List<byte[]> ocsp = new java.util.ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (byte[] o : revocation.ocspResponses()) {
      if (seen.add(java.util.HexFormat.of().formatHex(o))) {
        ocsp.add(o);
      }
    }
    return new RevocationData(List.copyOf(crls), ocsp);
  }
}
