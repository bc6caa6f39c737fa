package vn.lienthong.signature.internal;

import java.io.ByteArrayInputStream;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
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
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;

/**
 * One validation of a plain enveloped XML-DSig signature over one parsed document. Not thread-safe;
 * one instance per call.
 */
public final class XmlDsigValidation {

  /** RSA with SHA-1, accepted from old senders as weak. */
  public static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";

  /** SHA-1 digest, accepted from old senders as weak. */
  public static final String SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1";

  private static final Provider BC = new BouncyCastleProvider();
  private static final Set<String> TRANSFORMS =
      Set.of(
          Transforms.TRANSFORM_ENVELOPED_SIGNATURE,
          Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS,
          Transforms.TRANSFORM_C14N_OMIT_COMMENTS,
          Transforms.TRANSFORM_C14N11_OMIT_COMMENTS);

  private final Document document;
  private final ChainCheck chain;
  private final Instant now;
  private final @Nullable String parentNamespace;
  private final @Nullable String parentName;
  private final ValidationReport.Builder report = ValidationReport.builder();
  private boolean weak;

  /**
   * Creates a run.
   *
   * @param document the securely parsed document
   * @param chain the trust anchors
   * @param now the validation time
   * @param parentNamespace the namespace of the element that must hold the signature, or null
   * @param parentName that element's local name, or null for the document's root
   */
  public XmlDsigValidation(
      Document document,
      ChainCheck chain,
      Instant now,
      @Nullable String parentNamespace,
      @Nullable String parentName) {
    Xades.init();
    this.document = document;
    this.chain = chain;
    this.now = now;
    this.parentNamespace = parentNamespace;
    this.parentName = parentName;
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
    if (!placedAsExpected(sig)) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
    }
    Element signedInfo = child(sig, "SignedInfo");
    if (signedInfo == null) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
    }
    if (!algorithmsAllowed(signedInfo)) {
      return fail(
          SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, ValidationFinding.ALGORITHM_NOT_ALLOWED);
    }
    List<X509Certificate> certificates = certificates(sig);
    if (certificates.isEmpty()) {
      return fail(
          SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
          ValidationFinding.SIGNING_CERTIFICATE_MISMATCH);
    }
    X509Certificate signer = verify(sig, certificates);
    if (signer == null) {
      return finish();
    }
    report.signingCertificate(signer);
    checkKeyAndChain(signer, certificates);
    return finish();
  }

  /** Verifies the digest, then finds the certificate whose key verifies the value. */
  private @Nullable X509Certificate verify(Element sigElement, List<X509Certificate> certificates) {
    try {
      XMLSignature sig = new XMLSignature(sigElement, "", true, BC);
      SignedInfo si = sig.getSignedInfo();
      if (si.getLength() != 1 || !wholeDocumentReference(si.item(0))) {
        report.fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
        return null;
      }
      if (!si.item(0).verify()) {
        report.fail(SubIndication.HASH_FAILURE, ValidationFinding.DIGEST_MISMATCH);
        return null;
      }
      report.fullDocumentSigned(true).finding(ValidationFinding.FULL_DOCUMENT_SIGNED);
      for (X509Certificate c : certificates) {
        if (sig.checkSignatureValue(c.getPublicKey())) {
          report.finding(ValidationFinding.SIGNATURE_VALUE_VALID);
          return c;
        }
      }
      report.fail(SubIndication.SIG_CRYPTO_FAILURE, ValidationFinding.SIGNATURE_VALUE_INVALID);
      return null;
    } catch (XMLSecurityException | RuntimeException e) {
      report.fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
      return null;
    }
  }

  private void checkKeyAndChain(X509Certificate signer, List<X509Certificate> certificates) {
    // no signed signing time in plain XML-DSig: the chain is judged now
    SignerChecks.keyAndChain(report, chain, signer, certificates, now, now);
  }

  /** One reference, to the whole document, enveloped, with canonicalisation transforms only. */
  private static boolean wholeDocumentReference(Reference r) throws XMLSecurityException {
    if (!"".equals(r.getURI())) {
      return false;
    }
    Transforms transforms = r.getTransforms();
    if (transforms == null) {
      return false;
    }
    boolean enveloped = false;
    for (int i = 0; i < transforms.getLength(); i++) {
      String uri = transforms.item(i).getURI();
      if (!TRANSFORMS.contains(uri)) {
        return false;
      }
      enveloped |= Transforms.TRANSFORM_ENVELOPED_SIGNATURE.equals(uri);
    }
    return enveloped;
  }

  private boolean placedAsExpected(Element sig) {
    Node parent = sig.getParentNode();
    if (parentName == null) {
      return parent == document.getDocumentElement();
    }
    return parent instanceof Element e
        && parentName.equals(e.getLocalName())
        && java.util.Objects.equals(parentNamespace, e.getNamespaceURI())
        && document.getElementsByTagNameNS(parentNamespace, parentName).getLength() == 1;
  }

  private boolean algorithmsAllowed(Element signedInfo) {
    Element method = child(signedInfo, "SignatureMethod");
    if (method == null) {
      return false;
    }
    String uri = method.getAttribute("Algorithm");
    if (RSA_SHA1.equals(uri)) {
      weak = true;
    } else if (SignatureAlgorithm.fromXmlUri(uri).isEmpty()) {
      return false;
    }
    NodeList digests = document.getElementsByTagNameNS(Xades.DS, "DigestMethod");
    for (int i = 0; i < digests.getLength(); i++) {
      String d = ((Element) digests.item(i)).getAttribute("Algorithm");
      if (SHA1.equals(d)) {
        weak = true;
      } else if (DigestAlgorithm.fromXmlUri(d).isEmpty()) {
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

  private static List<X509Certificate> certificates(Element sig) {
    List<X509Certificate> out = new ArrayList<>();
    Element keyInfo = child(sig, "KeyInfo");
    if (keyInfo == null) {
      return out;
    }
    NodeList certs = keyInfo.getElementsByTagNameNS(Xades.DS, "X509Certificate");
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (int i = 0; i < certs.getLength() && i < 10; i++) {
        byte[] der = Base64.getMimeDecoder().decode(certs.item(i).getTextContent());
        out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (CertificateException | IllegalArgumentException e) {
      return List.of();
    }
    return out;
  }

  private static @Nullable Element child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE
          && Xades.DS.equals(n.getNamespaceURI())
          && localName.equals(n.getLocalName())) {
        return (Element) n;
      }
    }
    return null;
  }

  private ValidationReport fail(SubIndication sub, ValidationFinding finding) {
    report.fail(sub, finding);
    return finish();
  }

  private ValidationReport finish() {
    if (weak) {
      report.finding(ValidationFinding.WEAK_ALGORITHM_SHA1);
    }
    return report.noteRevocation().build();
  }
}
