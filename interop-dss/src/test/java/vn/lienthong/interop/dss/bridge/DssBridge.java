package vn.lienthong.interop.dss.bridge;

import eu.europa.esig.dss.cades.CAdESSignatureParameters;
import eu.europa.esig.dss.cades.signature.CAdESService;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.enumerations.SignatureScopeType;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.reference.CanonicalizationTransform;
import eu.europa.esig.dss.xades.reference.DSSReference;
import eu.europa.esig.dss.xades.reference.EnvelopedSignatureTransform;
import eu.europa.esig.dss.xades.signature.XAdESService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EU DSS 6.4 behind JDK types only, so that it can run in its own class loader on the library
 * versions it pins (see {@code IsolatedDss}): validation with the test root trusted and the test
 * CAs' CRLs as the only revocation data (offline: no OCSP, no AIA), and signing XAdES enveloped,
 * CAdES detached and PAdES at a baseline level with a PKCS#12 key ({@link Pkcs12SignatureToken}),
 * timestamps from an RFC 3161 URL ({@link OnlineTSPSource}). This class must refer to nothing but
 * DSS and the JDK.
 *
 * <p>Instances hold an open token and are not thread-safe.
 */
public final class DssBridge implements AutoCloseable {

  private final CommonCertificateVerifier verifier;
  private final Pkcs12SignatureToken token;
  private final DSSPrivateKeyEntry key;
  private final XAdESService xades;
  private final CAdESService cades;
  private final PAdESService pades;

  /**
   * Sets DSS up for a test PKI.
   *
   * @param root the trusted root certificate (DER)
   * @param crls the CRLs DSS may use (DER)
   * @param tsaUrl the RFC 3161 timestamp URL for T levels
   * @param pkcs12 the signer's PKCS#12 store (one key)
   * @param password its password
   */
  public DssBridge(byte[] root, List<byte[]> crls, String tsaUrl, byte[] pkcs12, char[] password) {
    verifier = new CommonCertificateVerifier();
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trusted.addCertificate(DSSUtils.loadCertificate(root));
    verifier.setTrustedCertSources(trusted);
    verifier.setCrlSource(
        new ExternalResourcesCRLSource(
            crls.stream()
                .map(c -> (DSSDocument) new InMemoryDocument(c))
                .toArray(DSSDocument[]::new)));
    verifier.setOcspSource(null);
    verifier.setAIASource(null);
    token = new Pkcs12SignatureToken(pkcs12, new KeyStore.PasswordProtection(password));
    key = token.getKeys().get(0);
    OnlineTSPSource tsp = new OnlineTSPSource(tsaUrl);
    xades = new XAdESService(verifier);
    xades.setTspSource(tsp);
    cades = new CAdESService(verifier);
    cades.setTspSource(tsp);
    pades = new PAdESService(verifier);
    pades.setTspSource(tsp);
  }

  /**
   * Validates a signed file with DSS's default policy.
   *
   * @param file the signed file
   * @param name its file name (DSS uses it for reports only)
   * @param detached the detached content, or null
   * @param knownCertificates certificates the verifier knows out of band (DER), e.g. the signer's
   *     for a JWS that names it by digest only
   * @return {@code simpleReport} (XML string), {@code signatures} (a list of maps with {@code id},
   *     {@code indication}, {@code subIndication}, {@code format}, {@code signedBy}, {@code
   *     errors}, {@code warnings}, and for PDFs {@code byteRangeEnd} and {@code fullScope})
   */
  public Map<String, Object> validate(
      byte[] file, String name, byte[] detached, List<byte[]> knownCertificates) {
    Reports reports = validateOnly(file, name, detached, knownCertificates);
    SimpleReport simple = reports.getSimpleReport();
    List<Map<String, Object>> signatures = new ArrayList<>();
    for (String id : simple.getSignatureIdList()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", id);
      s.put("indication", String.valueOf(simple.getIndication(id)));
      s.put("subIndication", String.valueOf(simple.getSubIndication(id)));
      s.put("format", String.valueOf(simple.getSignatureFormat(id)));
      s.put("signedBy", String.valueOf(simple.getSignedBy(id)));
      s.put("errors", simple.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList());
      s.put(
          "warnings",
          simple.getAdESValidationWarnings(id).stream().map(m -> m.getValue()).toList());
      SignatureWrapper w = reports.getDiagnosticData().getSignatureById(id);
      PDFRevisionWrapper revision = w.getPDFRevision();
      if (revision != null) {
        List<BigInteger> range = revision.getSignatureByteRange();
        s.put("byteRangeEnd", range.get(2).add(range.get(3)).longValueExact());
        s.put(
            "fullScope",
            revision.isSignatureByteRangeValid()
                && w.getSignatureScopes().stream()
                    .anyMatch(x -> x.getScope() == SignatureScopeType.FULL));
        s.put("modificationsDetected", revision.arePdfModificationsDetected());
      }
      signatures.add(s);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("simpleReport", reports.getXmlSimpleReport());
    result.put("signatures", signatures);
    return result;
  }

  /**
   * Validates and returns the number of valid signatures (for the benchmarks: no report kept).
   *
   * @param file the signed file
   * @param name its file name
   * @param detached the detached content, or null
   * @return how many signatures DSS found valid
   */
  public int validCount(byte[] file, String name, byte[] detached) {
    return validateOnly(file, name, detached, List.of())
        .getSimpleReport()
        .getValidSignaturesCount();
  }

  private Reports validateOnly(
      byte[] file, String name, byte[] detached, List<byte[]> knownCertificates) {
    SignedDocumentValidator validator =
        SignedDocumentValidator.fromDocument(new InMemoryDocument(file, name));
    validator.setCertificateVerifier(verifier);
    if (!knownCertificates.isEmpty()) {
      CommonCertificateSource known = new CommonCertificateSource();
      knownCertificates.forEach(c -> known.addCertificate(DSSUtils.loadCertificate(c)));
      validator.setSigningCertificateSource(known);
    }
    if (detached != null) {
      validator.setDetachedContents(List.of(new InMemoryDocument(detached)));
    }
    return validator.validateDocument();
  }

  /**
   * Signs an XML document enveloped.
   *
   * @param xml the document
   * @param level a DSS level name, {@code XAdES-BASELINE-B} or {@code XAdES-BASELINE-T}
   * @param envelopedTransform true for the enveloped-signature transform of XMLDSig, false for
   *     DSS's default (an XPath Filter 2.0 transform subtracting every ds:Signature)
   * @return the signed document
   */
  public byte[] signXades(byte[] xml, String level, boolean envelopedTransform) {
    XAdESSignatureParameters p = new XAdESSignatureParameters();
    p.setSignaturePackaging(SignaturePackaging.ENVELOPED);
    setUp(p, level);
    DSSDocument doc = new InMemoryDocument(xml, "document.xml");
    if (envelopedTransform) {
      DSSReference whole = new DSSReference();
      whole.setId("r-document");
      whole.setUri("");
      whole.setContents(doc);
      whole.setDigestMethodAlgorithm(DigestAlgorithm.SHA256);
      whole.setTransforms(
          List.of(
              new EnvelopedSignatureTransform(),
              new CanonicalizationTransform("http://www.w3.org/2001/10/xml-exc-c14n#")));
      p.setReferences(List.of(whole));
    }
    ToBeSigned tbs = xades.getDataToSign(doc, p);
    SignatureValue value = token.sign(tbs, p.getDigestAlgorithm(), key);
    return bytes(xades.signDocument(doc, p, value));
  }

  /**
   * Validates a detached XAdES signature with its one external file given by name, as a reference
   * names it.
   *
   * @param file the signature document
   * @param name its file name
   * @param detached the external file
   * @param detachedName the external file's name (the reference URI)
   * @return as {@link #validate}
   */
  public Map<String, Object> validateXadesDetached(
      byte[] file, String name, byte[] detached, String detachedName) {
    SignedDocumentValidator validator =
        SignedDocumentValidator.fromDocument(new InMemoryDocument(file, name));
    validator.setCertificateVerifier(verifier);
    validator.setDetachedContents(List.of(new InMemoryDocument(detached, detachedName)));
    Reports reports = validator.validateDocument();
    SimpleReport simple = reports.getSimpleReport();
    List<Map<String, Object>> signatures = new ArrayList<>();
    for (String id : simple.getSignatureIdList()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", id);
      s.put("indication", String.valueOf(simple.getIndication(id)));
      s.put("subIndication", String.valueOf(simple.getSubIndication(id)));
      s.put("format", String.valueOf(simple.getSignatureFormat(id)));
      s.put("signedBy", String.valueOf(simple.getSignedBy(id)));
      s.put("errors", simple.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList());
      s.put(
          "warnings",
          simple.getAdESValidationWarnings(id).stream().map(m -> m.getValue()).toList());
      signatures.add(s);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("simpleReport", reports.getXmlSimpleReport());
    result.put("signatures", signatures);
    return result;
  }

  /**
   * Signs with XAdES enveloping (the content base64 in a {@code ds:Object}, DSS's default) or
   * detached (the content referenced by its name).
   *
   * @param content the content
   * @param name the content's name (the detached reference URI)
   * @param level a DSS level name, {@code XAdES-BASELINE-B} or {@code XAdES-BASELINE-T}
   * @param packaging {@code ENVELOPING} or {@code DETACHED}
   * @return the signature document
   */
  public byte[] signXadesPackaging(byte[] content, String name, String level, String packaging) {
    XAdESSignatureParameters p = new XAdESSignatureParameters();
    p.setSignaturePackaging(SignaturePackaging.valueOf(packaging));
    setUp(p, level);
    DSSDocument doc = new InMemoryDocument(content, name);
    ToBeSigned tbs = xades.getDataToSign(doc, p);
    SignatureValue value = token.sign(tbs, p.getDigestAlgorithm(), key);
    return bytes(xades.signDocument(doc, p, value));
  }

  /**
   * Signs content detached (CMS).
   *
   * @param content the content
   * @param level a DSS level name, {@code CAdES-BASELINE-B} or {@code CAdES-BASELINE-T}
   * @return the CMS signature (DER)
   */
  public byte[] signCades(byte[] content, String level) {
    CAdESSignatureParameters p = new CAdESSignatureParameters();
    p.setSignaturePackaging(SignaturePackaging.DETACHED);
    setUp(p, level);
    DSSDocument doc = new InMemoryDocument(content, "content.bin");
    ToBeSigned tbs = cades.getDataToSign(doc, p);
    SignatureValue value = token.sign(tbs, p.getDigestAlgorithm(), key);
    return bytes(cades.signDocument(doc, p, value));
  }

  /**
   * Signs a PDF with an invisible signature.
   *
   * @param pdf the PDF
   * @param level a DSS level name, {@code PAdES-BASELINE-B} or {@code PAdES-BASELINE-T}
   * @return the signed PDF
   */
  public byte[] signPades(byte[] pdf, String level) {
    PAdESSignatureParameters p = new PAdESSignatureParameters();
    setUp(p, level);
    DSSDocument doc = new InMemoryDocument(pdf, "document.pdf");
    ToBeSigned tbs = pades.getDataToSign(doc, p);
    SignatureValue value = token.sign(tbs, p.getDigestAlgorithm(), key);
    return bytes(pades.signDocument(doc, p, value));
  }

  private void setUp(eu.europa.esig.dss.signature.AbstractSignatureParameters<?> p, String level) {
    p.setSignatureLevel(SignatureLevel.valueByName(level));
    p.setDigestAlgorithm(DigestAlgorithm.SHA256);
    p.setSigningCertificate(key.getCertificate());
    p.setCertificateChain(List.of(key.getCertificateChain()));
  }

  private static byte[] bytes(DSSDocument d) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    token.close();
  }
}
