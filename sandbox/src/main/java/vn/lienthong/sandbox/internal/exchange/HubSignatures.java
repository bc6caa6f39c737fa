package vn.lienthong.sandbox.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import vn.lienthong.core.LienThongException;
import vn.lienthong.sandbox.internal.lgsp.BusCode;
import vn.lienthong.sandbox.internal.lgsp.BusProblem;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.xmldsig.XmlDsigValidator;

/**
 * The hub's check of the enveloped XML signature of a received edXML package, through
 * sdk-signature's {@link XmlDsigValidator} (signature in {@code edXMLHeader}, one reference to the
 * whole document, digest, signature value, algorithms, key size).
 *
 * <p>With trust anchors set, the signer must chain to one of them. Without (the default), the hub
 * checks integrity but not trust: the chain is checked against a placeholder anchor nobody chains
 * to, and only that outcome ({@code NO_CERTIFICATE_CHAIN_FOUND}) is tolerated. A refused package
 * gets a {@link BusCode#REFUSED} problem (422) saying which check failed, as the edXML status 02
 * (từ chối tiếp nhận, refused) would. Thread-safe.
 */
public final class HubSignatures {

  /** The provider code of an unsigned package. */
  public static final String UNSIGNED = "EDXML-02-UNSIGNED";

  /** The provider code of a package whose signature does not verify (tampered, broken). */
  public static final String INVALID = "EDXML-02-SIGNATURE-INVALID";

  /** The provider code of a package signed by a certificate outside the hub's trust anchors. */
  public static final String UNTRUSTED = "EDXML-02-SIGNER-UNTRUSTED";

  private static final String NS = EdxmlReader.NS;
  private static final String PLACEHOLDER = "placeholder-anchor.pem";

  private volatile boolean required = true;
  private volatile boolean anyIssuer = true;
  private volatile XmlDsigValidator validator = validator(List.of(placeholder()));

  /**
   * Turns the check on or off (on by default).
   *
   * @param required true to refuse unsigned and invalid packages
   */
  public void required(boolean required) {
    this.required = required;
  }

  /**
   * Tells whether packages must be signed.
   *
   * @return true if the check is on
   */
  public boolean required() {
    return required;
  }

  /**
   * Sets the certificates signers must chain to; an empty collection checks integrity only.
   *
   * @param anchors the trust anchors
   */
  public synchronized void trustAnchors(Collection<X509Certificate> anchors) {
    if (anchors.isEmpty()) {
      validator = validator(List.of(placeholder()));
      anyIssuer = true;
    } else {
      validator = validator(anchors);
      anyIssuer = false;
    }
  }

  /**
   * Checks a package's signature, if the check is on.
   *
   * @param xml the package as received
   * @throws BusProblem {@code REFUSED} naming the failed check
   */
  public void check(byte[] xml) {
    if (!required) {
      return;
    }
    ValidationReport report;
    try {
      report = validator.validate(xml);
    } catch (LienThongException e) {
      throw refused(INVALID, "its signature could not be read (" + e.code() + ")");
    }
    if (report.indication() == Indication.PASSED) {
      return;
    }
    SubIndication sub = report.subIndication().orElse(null);
    if (sub == SubIndication.NO_CERTIFICATE_CHAIN_FOUND) {
      if (anyIssuer) {
        return;
      }
      throw refused(UNTRUSTED, "its signer does not chain to a trust anchor of the hub");
    }
    if (sub == SubIndication.SIGNED_DATA_NOT_FOUND) {
      throw refused(UNSIGNED, "it has no XML signature in edXMLHeader");
    }
    throw refused(
        INVALID,
        "its XML signature is "
            + report.indication()
            + (sub == null ? "" : "/" + sub)
            + " "
            + report.findings()
            + (sub == SubIndication.HASH_FAILURE
                ? ": the signed content was changed after signing"
                : ""));
  }

  private static BusProblem refused(String providerCode, String why) {
    return new BusProblem(
        BusCode.REFUSED,
        "The hub refuses the package (edXML status 02, từ chối tiếp nhận): " + why + ".",
        List.of(),
        providerCode);
  }

  private static XmlDsigValidator validator(Collection<X509Certificate> anchors) {
    return XmlDsigValidator.builder()
        .trustAnchors(anchors)
        .signatureParent(NS, "edXMLHeader")
        .build();
  }

  private static X509Certificate placeholder() {
    try (InputStream in = HubSignatures.class.getResourceAsStream(PLACEHOLDER)) {
      if (in == null) {
        throw new IOException("missing resource " + PLACEHOLDER);
      }
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | CertificateException e) {
      throw new IllegalStateException("the sandbox jar is incomplete", e);
    }
  }
}
