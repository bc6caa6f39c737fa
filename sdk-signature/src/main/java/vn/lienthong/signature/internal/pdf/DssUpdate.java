package vn.lienthong.signature.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.CRLException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.internal.CmsTimestamps;
import vn.lienthong.signature.internal.ValidationData;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Adds the Document Security Store (ETSI EN 319 142-1 §5.4.2) to a signed PDF in an incremental
 * update: for every signature and document timestamp, the chain and the OCSP responses and CRLs of
 * the signer and of the timestamp authorities, in {@code /Certs}, {@code /OCSPs} and {@code /CRLs}
 * (each value once, existing entries kept and never duplicated), and a {@code /VRI} entry keyed by
 * the upper-case hex SHA-1 of the signature's {@code /Contents}. Thread-safe (stateless).
 */
public final class DssUpdate {

  /** The name of the catalog entry. */
  public static final COSName DSS = COSName.getPDFName("DSS");

  /** The name of the VRI dictionary. */
  public static final COSName VRI = COSName.getPDFName("VRI");

  /** The certificates array. */
  public static final COSName CERTS = COSName.getPDFName("Certs");

  /** The OCSP responses array. */
  public static final COSName OCSPS = COSName.getPDFName("OCSPs");

  /** The CRLs array. */
  public static final COSName CRLS = COSName.getPDFName("CRLs");

  /** The largest value read back from an existing DSS, in bytes. */
  public static final int MAX_VALUE_BYTES = 8 * 1024 * 1024;

  private static final COSName VRI_CERT = COSName.getPDFName("Cert");
  private static final COSName VRI_OCSP = COSName.getPDFName("OCSP");
  private static final COSName VRI_CRL = COSName.getPDFName("CRL");
  private static final COSName ETSI_RFC3161 = COSName.getPDFName("ETSI.RFC3161");

  private DssUpdate() {}

  /**
   * Writes the PDF with its validation data added in an incremental update.
   *
   * @param source the signed PDF; closed when done
   * @param verifier gathers the proofs (online, or with configured CRLs)
   * @param out receives the extended PDF
   * @throws InvalidInputException if the PDF is unreadable, encrypted, or has no signature ({@code
   *     LT-SIG-0801})
   * @throws LienThongException if a certificate cannot be proven ({@code LT-SIG-0802})
   */
  public static void run(RandomAccessRead source, CertificateVerifier verifier, OutputStream out) {
    PDDocument doc;
    try {
      doc = Loader.loadPDF(source, IOUtils.createMemoryOnlyStreamCache());
    } catch (IOException e) {
      IOUtils.closeQuietly(source);
      throw PdfErrors.unreadable("document", e);
    }
    try (doc) {
      if (doc.isEncrypted()) {
        throw PdfErrors.encrypted("document");
      }
      List<COSDictionary> signatures = signatures(doc);
      if (signatures.isEmpty()) {
        throw new InvalidInputException(
            SignatureErrorCode.PADES_NOTHING_TO_EXTEND,
            ErrorDetails.field("document").rule("pades.extend.signed"));
      }
      ValidationData data = new ValidationData();
      Map<String, List<ValidationData.Proof>> vri = new LinkedHashMap<>();
      for (COSDictionary s : signatures) {
        byte[] contents = ((COSString) s.getDictionaryObject(COSName.CONTENTS)).getBytes();
        String key =
            HexFormat.of().withUpperCase().formatHex(ValidationData.sha("SHA-1", contents));
        vri.put(key, gather(s, contents, data, verifier));
      }
      write(doc, data, vri);
      doc.saveIncremental(out);
    } catch (IOException e) {
      throw PdfErrors.io("document", e);
    } catch (LienThongException e) {
      throw e;
    } catch (RuntimeException e) {
      throw PdfErrors.unreadable("document", e);
    }
  }

  /** The signature dictionaries (signatures and document timestamps) with a /Contents. */
  static List<COSDictionary> signatures(PDDocument doc) throws IOException {
    List<PDSignatureField> fields = doc.getSignatureFields();
    if (fields.size() > PdfValidation.MAX_SIGNATURES) {
      throw new InvalidInputException(
          SignatureErrorCode.PDF_TOO_MANY_SIGNATURES,
          ErrorDetails.field("document")
              .rule("pades.max-signatures")
              .with("count", fields.size())
              .with("max", PdfValidation.MAX_SIGNATURES));
    }
    List<COSDictionary> out = new ArrayList<>();
    for (PDSignatureField f : fields) {
      COSBase v = f.getCOSObject().getDictionaryObject(COSName.V);
      if (v instanceof COSDictionary d
          && d.getDictionaryObject(COSName.CONTENTS) instanceof COSString c
          && c.getBytes().length > 0) {
        out.add(d);
      }
    }
    return out;
  }

  private static List<ValidationData.Proof> gather(
      COSDictionary sig, byte[] contents, ValidationData data, CertificateVerifier verifier) {
    List<ValidationData.Proof> proofs = new ArrayList<>();
    List<byte[]> tokens = new ArrayList<>();
    if (ETSI_RFC3161.equals(sig.getCOSName(COSName.SUB_FILTER))) {
      tokens.add(ValidationData.withoutPadding(contents));
    } else {
      try {
        CMSSignedData cms = new CMSSignedData(ValidationData.withoutPadding(contents));
        SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
        List<X509Certificate> certs = new ArrayList<>();
        X509Certificate signer = null;
        for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
          X509Certificate c = new JcaX509CertificateConverter().getCertificate(h);
          certs.add(c);
          if (si.getSID().match(h)) {
            signer = c;
          }
        }
        if (signer == null) {
          throw new IllegalArgumentException("signer certificate not in the CMS");
        }
        proofs.add(prove(data, verifier, signer, certs));
        tokens.addAll(CmsTimestamps.signatureTimestamps(si));
      } catch (org.bouncycastle.cms.CMSException | java.security.GeneralSecurityException e) {
        throw PdfErrors.unreadable("document", e);
      }
    }
    for (byte[] token : tokens) {
      List<X509Certificate> tsa = ValidationData.timestampCertificates(token);
      if (!tsa.isEmpty()) {
        proofs.add(prove(data, verifier, tsa.get(0), tsa));
      }
    }
    return proofs;
  }

  private static ValidationData.Proof prove(
      ValidationData data,
      CertificateVerifier verifier,
      X509Certificate cert,
      List<X509Certificate> others) {
    ValidationData.Proof p = data.add(verifier, cert, others);
    if (p == null) {
      throw new LienThongException(
          SignatureErrorCode.PADES_VALIDATION_DATA_UNAVAILABLE,
          ErrorDetails.field("document")
              .rule("pades.validation-data")
              .rejectedValue(Masking.personName(cert.getSubjectX500Principal().getName()))
              .with("reason", "no trusted chain with revocation proofs now"));
    }
    return p;
  }

  private static void write(
      PDDocument doc, ValidationData data, Map<String, List<ValidationData.Proof>> vri)
      throws IOException {
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    COSDictionary dss = catalog.getCOSDictionary(DSS);
    if (dss == null) {
      dss = new COSDictionary();
      catalog.setItem(DSS, dss);
    }
    Map<String, COSStream> certs = streams(doc, dss, CERTS);
    Map<String, COSStream> ocsps = streams(doc, dss, OCSPS);
    Map<String, COSStream> crls = streams(doc, dss, CRLS);
    for (Map.Entry<String, X509Certificate> e : data.certificates().entrySet()) {
      add(doc, dss, CERTS, certs, e.getKey(), ValidationData.encoded(e.getValue()));
    }
    for (Map.Entry<String, byte[]> e : data.ocspResponses().entrySet()) {
      add(doc, dss, OCSPS, ocsps, e.getKey(), e.getValue());
    }
    for (Map.Entry<String, java.security.cert.X509CRL> e : data.crls().entrySet()) {
      try {
        add(doc, dss, CRLS, crls, e.getKey(), e.getValue().getEncoded());
      } catch (CRLException x) {
        throw new IOException(x);
      }
    }
    COSDictionary vriDict = dss.getCOSDictionary(VRI);
    if (vriDict == null) {
      vriDict = new COSDictionary();
      dss.setItem(VRI, vriDict);
    }
    for (Map.Entry<String, List<ValidationData.Proof>> e : vri.entrySet()) {
      COSName name = COSName.getPDFName(e.getKey());
      if (vriDict.containsKey(name)) {
        continue; // an earlier extension recorded this signature's data
      }
      COSArray c = new COSArray();
      COSArray o = new COSArray();
      COSArray l = new COSArray();
      for (ValidationData.Proof p : e.getValue()) {
        refs(c, certs, p.certificates());
        refs(o, ocsps, p.ocspResponses());
        refs(l, crls, p.crls());
      }
      COSDictionary entry = new COSDictionary();
      entry.setItem(VRI_CERT, c);
      if (o.size() > 0) {
        entry.setItem(VRI_OCSP, o);
      }
      if (l.size() > 0) {
        entry.setItem(VRI_CRL, l);
      }
      vriDict.setItem(name, entry);
    }
    vriDict.setNeedToBeUpdated(true);
    dss.setNeedToBeUpdated(true);
    catalog.setNeedToBeUpdated(true);
  }

  private static void refs(COSArray into, Map<String, COSStream> streams, List<String> keys) {
    for (String k : keys) {
      COSStream s = streams.get(k);
      if (s != null && !into.toList().contains(s)) {
        into.add(s);
      }
    }
  }

  /** Reads an existing DSS array into streams keyed by the SHA-256 of their decoded bytes. */
  private static Map<String, COSStream> streams(PDDocument doc, COSDictionary dss, COSName name)
      throws IOException {
    Map<String, COSStream> out = new LinkedHashMap<>();
    COSArray array = dss.getCOSArray(name);
    if (array == null) {
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      COSBase b = array.getObject(i);
      if (b instanceof COSStream s) {
        out.putIfAbsent(ValidationData.key(read(s)), s);
      }
    }
    return out;
  }

  static byte[] read(COSStream s) throws IOException {
    try (InputStream in = s.createInputStream()) {
      byte[] bytes = in.readNBytes(MAX_VALUE_BYTES + 1);
      if (bytes.length > MAX_VALUE_BYTES) {
        throw new IOException("DSS value over " + MAX_VALUE_BYTES + " bytes");
      }
      return bytes;
    }
  }

  private static void add(
      PDDocument doc,
      COSDictionary dss,
      COSName name,
      Map<String, COSStream> known,
      String key,
      byte[] der)
      throws IOException {
    if (known.containsKey(key)) {
      return;
    }
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) {
      o.write(der);
    }
    COSArray array = dss.getCOSArray(name);
    if (array == null) {
      array = new COSArray();
      dss.setItem(name, array);
    }
    array.add(s);
    array.setNeedToBeUpdated(true);
    known.put(key, s);
  }
}
