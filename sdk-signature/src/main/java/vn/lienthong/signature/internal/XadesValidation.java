package vn.lienthong.signature.internal;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.trust.RevocationData;

/** One validation run over one parsed document. Not thread-safe; one instance per call. */
public final class XadesValidation {

  /** Bouncy Castle, for RSASSA-PSS URIs Santuario maps to BC algorithm names; never registered. */
  private static final Provider BC = new BouncyCastleProvider();

  private final Document document;
  private final ChainCheck chain;
  private final Instant now;
  private final Map<String, byte[]> detached;
  private final @Nullable DetachedResolver resolver;
  private final ValidationReport.Builder report = ValidationReport.builder();

  /**
   * Creates a run.
   *
   * @param document the securely parsed document
   * @param chain the trust anchors
   * @param now the validation time
   */
  public XadesValidation(Document document, ChainCheck chain, Instant now) {
    this(document, chain, now, Map.of());
  }

  /**
   * Creates a run with the detached files the caller supplied.
   *
   * @param document the securely parsed document
   * @param chain the trust anchors
   * @param now the validation time
   * @param detached the files by name (reference URI); nothing else is ever resolved
   */
  public XadesValidation(
      Document document, ChainCheck chain, Instant now, Map<String, byte[]> detached) {
    Xades.init();
    this.document = document;
    this.chain = chain;
    this.now = now;
    this.detached = Map.copyOf(detached);
    this.resolver = detached.isEmpty() ? null : new DetachedResolver(detached);
  }

  /**
   * Validates.
   *
   * @return the report
   */
  public ValidationReport run() {
    NodeList signatures = document.getElementsByTagNameNS(Xades.DS, "Signature");
    if (signatures.getLength() == 0) {
      return fail(SubIndication.SIGNED_DATA_NOT_FOUND, ValidationFinding.NO_SIGNATURE);
    }
    if (signatures.getLength() > 1) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.SEVERAL_SIGNATURES);
    }
    if (!idsUnique()) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.DUPLICATE_ID);
    }
    Element sig = (Element) signatures.item(0);
    Element signedProperties = signedProperties(sig);
    if (signedProperties == null || !signedProperties.hasAttributeNS(null, "Id")) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
    }
    signedProperties.setIdAttributeNS(null, "Id", true);
    Element signedInfo = child(sig, Xades.DS, "SignedInfo");
    if (signedInfo == null || !algorithmsAllowed(signedInfo)) {
      return signedInfo == null
          ? fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID)
          : fail(
              SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
              ValidationFinding.ALGORITHM_NOT_ALLOWED);
    }
    XadesReferenceCheck.Result references =
        new XadesReferenceCheck(document, sig, signedProperties, detached).run(signedInfo);
    if (!references.ok()) {
      return fail(
          java.util.Objects.requireNonNull(references.subIndication()),
          java.util.Objects.requireNonNull(references.finding()));
    }
    Instant signingTime = signingTime(signedProperties);
    if (signingTime == null) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
    }
    report.signingTime(signingTime);
    List<X509Certificate> certificates = certificates(sig);
    X509Certificate signer = signingCertificate(signedProperties, certificates);
    if (signer == null) {
      return fail(
          SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
          ValidationFinding.SIGNING_CERTIFICATE_MISMATCH);
    }
    report.signingCertificate(signer);
    if (!cryptographicallyValid(sig, references, signer)) {
      return finish();
    }
    XadesLongTerm.Embedded embedded = XadesLongTerm.read(sig);
    List<X509Certificate> all = new ArrayList<>(certificates);
    all.addAll(embedded.certificates());
    RevocationData proofs = embedded.revocation();
    Instant proven = null;
    for (XadesTimestamps.Found f : XadesTimestamps.find(sig)) {
      TimestampCheck.Result r = TimestampCheck.verifyOver(f.token(), f.covered(), chain, proofs);
      if (r.valid() && r.time() != null) {
        proven = proven == null || r.time().isBefore(proven) ? r.time() : proven;
      } else {
        report.finding(ValidationFinding.SIGNATURE_TIMESTAMP_INVALID);
      }
    }
    if (proven != null) {
      report.timestampTime(proven).finding(ValidationFinding.SIGNATURE_TIMESTAMP_VALID);
      report.level(embedded.isEmpty() ? SignatureLevel.B_T : archiveLevel(sig, proofs));
      SignerChecks.keyAndChain(report, chain, signer, all, now, proven, proofs, true);
      return finish();
    }
    report.level(SignatureLevel.B_B);
    checkKeyAndChain(signer, certificates, signingTime);
    return finish();
  }

  /** B-LTA when an archive timestamp verifies over the signature as it stands, else B-LT. */
  private SignatureLevel archiveLevel(Element sig, RevocationData proofs) {
    SignatureLevel level = SignatureLevel.B_LT;
    for (XadesTimestamps.Found f : XadesArchive.find(sig, resolver)) {
      TimestampCheck.Result r = TimestampCheck.verifyOver(f.token(), f.covered(), chain, proofs);
      if (r.valid()) {
        report.finding(ValidationFinding.ARCHIVE_TIMESTAMP_VALID);
        level = SignatureLevel.B_LTA;
      } else {
        report.finding(ValidationFinding.ARCHIVE_TIMESTAMP_INVALID);
        return SignatureLevel.B_LT;
      }
    }
    return level;
  }

  private boolean cryptographicallyValid(
      Element sigElement, XadesReferenceCheck.Result references, X509Certificate signer) {
    try {
      XMLSignature sig = new XMLSignature(sigElement, "", true, BC);
      if (resolver != null) {
        sig.addResourceResolver(resolver);
      }
      SignedInfo si = sig.getSignedInfo();
      for (int i = 0; i < si.getLength(); i++) {
        if (!si.item(i).verify()) {
          report.fail(SubIndication.HASH_FAILURE, ValidationFinding.DIGEST_MISMATCH);
          return false;
        }
      }
      references.scopes().forEach(report::signedScope);
      if (references.full()) {
        report.fullDocumentSigned(true).finding(ValidationFinding.FULL_DOCUMENT_SIGNED);
      } else {
        report.finding(ValidationFinding.PARTIAL_SCOPE_SIGNED);
      }
      if (!sig.checkSignatureValue(signer.getPublicKey())) {
        report.fail(SubIndication.SIG_CRYPTO_FAILURE, ValidationFinding.SIGNATURE_VALUE_INVALID);
        return false;
      }
      report.finding(ValidationFinding.SIGNATURE_VALUE_VALID);
      return true;
    } catch (XMLSecurityException | RuntimeException e) {
      report.fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
      return false;
    }
  }

  private void checkKeyAndChain(
      X509Certificate signer, List<X509Certificate> certificates, Instant signingTime) {
    SignerChecks.keyAndChain(report, chain, signer, certificates, now, signingTime);
  }

  private boolean algorithmsAllowed(Element signedInfo) {
    Element method = child(signedInfo, Xades.DS, "SignatureMethod");
    if (method == null
        || SignatureAlgorithm.fromXmlUri(method.getAttribute("Algorithm")).isEmpty()) {
      return false;
    }
    NodeList digests = document.getElementsByTagNameNS(Xades.DS, "DigestMethod");
    for (int i = 0; i < digests.getLength(); i++) {
      Element d = (Element) digests.item(i);
      if (DigestAlgorithm.fromXmlUri(d.getAttribute("Algorithm")).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private boolean idsUnique() {
    Set<String> seen = new HashSet<>();
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = all.item(i).getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        Attr a = (Attr) attributes.item(j);
        String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
        if (("Id".equals(name) || "ID".equals(name) || "id".equals(name))
            && !seen.add(a.getValue())) {
          return false;
        }
      }
    }
    return true;
  }

  private static @Nullable Element signedProperties(Element sig) {
    Element found = null;
    for (Node o = sig.getFirstChild(); o != null; o = o.getNextSibling()) {
      if (!is(o, Xades.DS, "Object")) {
        continue;
      }
      Element qp = child((Element) o, Xades.XADES, "QualifyingProperties");
      Element sp = qp == null ? null : child(qp, Xades.XADES, "SignedProperties");
      if (sp != null) {
        if (found != null) {
          return null;
        }
        found = sp;
      }
    }
    return found;
  }

  private static @Nullable Instant signingTime(Element signedProperties) {
    Element ssp = child(signedProperties, Xades.XADES, "SignedSignatureProperties");
    Element time = ssp == null ? null : child(ssp, Xades.XADES, "SigningTime");
    if (time == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(time.getTextContent().strip()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<X509Certificate> certificates(Element sig) {
    List<X509Certificate> out = new ArrayList<>();
    Element keyInfo = child(sig, Xades.DS, "KeyInfo");
    if (keyInfo == null) {
      return out;
    }
    NodeList certs = keyInfo.getElementsByTagNameNS(Xades.DS, "X509Certificate");
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (int i = 0; i < certs.getLength(); i++) {
        byte[] der = Base64.getMimeDecoder().decode(certs.item(i).getTextContent());
        out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (CertificateException | IllegalArgumentException e) {
      return List.of();
    }
    return out;
  }

  /** The certificate whose digest SigningCertificateV2 signs. */
  private static @Nullable X509Certificate signingCertificate(
      Element signedProperties, List<X509Certificate> certificates) {
    NodeList certDigests = signedProperties.getElementsByTagNameNS(Xades.XADES, "CertDigest");
    if (certDigests.getLength() == 0
        || signedProperties.getElementsByTagNameNS(Xades.XADES, "SigningCertificateV2").getLength()
            != 1) {
      return null;
    }
    Element certDigest = (Element) certDigests.item(0);
    Element method = child(certDigest, Xades.DS, "DigestMethod");
    Element value = child(certDigest, Xades.DS, "DigestValue");
    if (method == null || value == null) {
      return null;
    }
    var digest = DigestAlgorithm.fromXmlUri(method.getAttribute("Algorithm"));
    if (digest.isEmpty()) {
      return null;
    }
    byte[] expected;
    try {
      expected = Base64.getMimeDecoder().decode(value.getTextContent());
    } catch (IllegalArgumentException e) {
      return null;
    }
    for (X509Certificate c : certificates) {
      if (MessageDigest.isEqual(expected, Xades.certificateDigest(c, digest.get().jcaName()))) {
        return c;
      }
    }
    return null;
  }

  private static @Nullable Element child(Element parent, String ns, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, ns, localName)) {
        return (Element) n;
      }
    }
    return null;
  }

  private static boolean is(Node n, String ns, String localName) {
    return n.getNodeType() == Node.ELEMENT_NODE
        && ns.equals(n.getNamespaceURI())
        && localName.equals(n.getLocalName());
  }

  private ValidationReport fail(SubIndication sub, ValidationFinding finding) {
    report.fail(sub, finding);
    return finish();
  }

  private ValidationReport finish() {
    return report.noteRevocation().build();
  }
}
