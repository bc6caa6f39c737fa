package vn.lienthong.signature.internal;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.trust.CertificateVerification;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.RevocationData;

/**
 * The checks every validator makes on the signer once the signature value verified: the key size
 * allowed by Circular 15/2025/TT-BKHCN, the path to a trust anchor and the key usage. Thread-safe
 * (stateless).
 */
public final class SignerChecks {

  private SignerChecks() {}

  /**
   * Checks the signer's key, chain and key usage, recording findings and failures.
   *
   * @param report the report being built
   * @param chain the trust anchors
   * @param signer the signing certificate
   * @param certificates other certificates found in the signature
   * @param now the validation time
   * @param signingTime the claimed signing time
   */
  public static void keyAndChain(
      ValidationReport.Builder report,
      ChainCheck chain,
      X509Certificate signer,
      List<X509Certificate> certificates,
      Instant now,
      Instant signingTime) {
    keyAndChain(report, chain, signer, certificates, now, signingTime, RevocationData.NONE, false);
  }

  /**
   * Checks the signer's key, chain, validity at the best signature time, revocation (when the chain
   * check has a certificate verifier) and key usage, recording findings and failures.
   *
   * @param report the report being built
   * @param chain the trust anchors and optional verifier
   * @param signer the signing certificate
   * @param certificates other certificates found in the signature
   * @param now the validation time
   * @param signatureTime the best signature time (a timestamp's, else the claimed time)
   * @param embedded revocation data found in the signature
   * @param timeProven whether a verified timestamp proves the signature time
   */
  public static void keyAndChain(
      ValidationReport.Builder report,
      ChainCheck chain,
      X509Certificate signer,
      List<X509Certificate> certificates,
      Instant now,
      Instant signatureTime,
      RevocationData embedded,
      boolean timeProven) {
    Instant signingTime = signatureTime;
    PublicKey key = signer.getPublicKey();
    int bits = SignatureAlgorithm.keyBits(key);
    boolean rsa = key instanceof java.security.interfaces.RSAPublicKey;
    if (bits < (rsa ? SignatureAlgorithm.MIN_RSA_BITS : SignatureAlgorithm.MIN_EC_BITS)) {
      report.fail(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, ValidationFinding.KEY_TOO_SMALL);
      return;
    }
    CertificateVerifier verifier = chain.verifier();
    if (verifier != null) {
      verified(
          report, verifier.verify(signer, certificates, embedded, signatureTime, timeProven, now));
    } else {
      chainOnly(report, chain, signer, certificates, now, signingTime);
    }
    boolean[] usage = signer.getKeyUsage();
    if (usage != null && !(usage[0] || usage[1])) {
      report.fail(SubIndication.CHAIN_CONSTRAINTS_FAILURE, ValidationFinding.KEY_USAGE_NOT_SIGNING);
    }
  }

  private static void verified(ValidationReport.Builder report, CertificateVerification v) {
    report.revocationChecked(v.revocationChecked());
    switch (v.status()) {
      case TRUSTED -> {
        report.finding(ValidationFinding.CHAIN_TRUSTED);
        if (v.revocationChecked()) {
          report.finding(ValidationFinding.CERTIFICATE_NOT_REVOKED);
        }
        if (v.revocationTime().isPresent()) {
          report.finding(ValidationFinding.REVOKED_AFTER_SIGNATURE_TIME);
        }
      }
      case NO_CHAIN ->
          report.fail(
              SubIndication.NO_CERTIFICATE_CHAIN_FOUND, ValidationFinding.NO_CHAIN_TO_TRUST_ANCHOR);
      case NOT_YET_VALID ->
          report.fail(SubIndication.NOT_YET_VALID, ValidationFinding.CERTIFICATE_NOT_YET_VALID);
      case OUT_OF_VALIDITY ->
          report.fail(
              SubIndication.OUT_OF_BOUNDS_NO_POE, ValidationFinding.CERTIFICATE_OUT_OF_VALIDITY);
      case REVOKED -> report.fail(SubIndication.REVOKED, ValidationFinding.CERTIFICATE_REVOKED);
      case REVOKED_NO_POE ->
          report.fail(SubIndication.REVOKED_NO_POE, ValidationFinding.CERTIFICATE_REVOKED);
      case CA_REVOKED ->
          report.fail(SubIndication.REVOKED_CA_NO_POE, ValidationFinding.CA_CERTIFICATE_REVOKED);
      case REVOCATION_UNKNOWN ->
          report.fail(SubIndication.TRY_LATER, ValidationFinding.REVOCATION_UNAVAILABLE);
    }
  }

  private static void chainOnly(
      ValidationReport.Builder report,
      ChainCheck chain,
      X509Certificate signer,
      List<X509Certificate> certificates,
      Instant now,
      Instant signingTime) {
    switch (chain.check(signer, certificates, now, signingTime)) {
      case TRUSTED -> report.finding(ValidationFinding.CHAIN_TRUSTED);
      case OUT_OF_VALIDITY ->
          report.fail(
              SubIndication.OUT_OF_BOUNDS_NO_POE, ValidationFinding.CERTIFICATE_OUT_OF_VALIDITY);
      case NO_CHAIN ->
          report.fail(
              SubIndication.NO_CERTIFICATE_CHAIN_FOUND, ValidationFinding.NO_CHAIN_TO_TRUST_ANCHOR);
    }
  }
}
