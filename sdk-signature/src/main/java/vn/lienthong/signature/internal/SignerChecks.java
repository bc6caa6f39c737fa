package vn.lienthong.signature.internal;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;

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
    PublicKey key = signer.getPublicKey();
    int bits = SignatureAlgorithm.keyBits(key);
    boolean rsa = key instanceof java.security.interfaces.RSAPublicKey;
    if (bits < (rsa ? SignatureAlgorithm.MIN_RSA_BITS : SignatureAlgorithm.MIN_EC_BITS)) {
      report.fail(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, ValidationFinding.KEY_TOO_SMALL);
      return;
    }
    switch (chain.check(signer, certificates, now, signingTime)) {
      case TRUSTED -> report.finding(ValidationFinding.CHAIN_TRUSTED);
      case OUT_OF_VALIDITY ->
          report.fail(
              SubIndication.OUT_OF_BOUNDS_NO_POE, ValidationFinding.CERTIFICATE_OUT_OF_VALIDITY);
      case NO_CHAIN ->
          report.fail(
              SubIndication.NO_CERTIFICATE_CHAIN_FOUND, ValidationFinding.NO_CHAIN_TO_TRUST_ANCHOR);
    }
    boolean[] usage = signer.getKeyUsage();
    if (usage != null && !(usage[0] || usage[1])) {
      report.fail(SubIndication.CHAIN_CONSTRAINTS_FAILURE, ValidationFinding.KEY_USAGE_NOT_SIGNING);
    }
  }
}
