package vn.lienthong.signature.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Reads the Document Security Store of a PDF's latest revision: certificates, OCSP responses and
 * CRLs, each capped, unreadable values skipped (they prove nothing). The values are only
 * candidates: every OCSP response and CRL is verified against the certificate it is used for.
 * Thread-safe (stateless).
 */
public final class DssReader {

  /** The most values read from each DSS array. */
  public static final int MAX_VALUES_PER_ARRAY = 500;

  /**
   * What a DSS holds.
   *
   * @param certificates the certificates
   * @param revocation the OCSP responses and CRLs
   */
  public record Dss(List<X509Certificate> certificates, RevocationData revocation) {

    /** No DSS. */
    public static final Dss NONE = new Dss(List.of(), RevocationData.NONE);
  }

  private DssReader() {}

  /**
   * Reads the DSS of the document's catalog.
   *
   * @param doc the parsed PDF
   * @return the values, {@link Dss#NONE} when there is no DSS
   */
  public static Dss read(PDDocument doc) {
    COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(DssUpdate.DSS);
    if (dss == null) {
      return Dss.NONE;
    }
    List<X509Certificate> certs = new ArrayList<>();
    List<X509CRL> crls = new ArrayList<>();
    List<byte[]> ocsps = new ArrayList<>();
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (byte[] der : values(dss, DssUpdate.CERTS)) {
        try {
          certs.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
        } catch (GeneralSecurityException | RuntimeException e) {
          // not a certificate: ignored
        }
      }
      for (byte[] der : values(dss, DssUpdate.CRLS)) {
        try {
          crls.add((X509CRL) cf.generateCRL(new ByteArrayInputStream(der)));
        } catch (GeneralSecurityException | RuntimeException e) {
          // not a CRL: ignored
        }
      }
    } catch (GeneralSecurityException e) {
      return Dss.NONE;
    }
    ocsps.addAll(values(dss, DssUpdate.OCSPS));
    return new Dss(certs, new RevocationData(crls, ocsps));
  }

  private static List<byte[]> values(COSDictionary dss, COSName name) {
    List<byte[]> out = new ArrayList<>();
    COSArray array = dss.getCOSArray(name);
    if (array == null) {
      return out;
    }
    for (int i = 0; i < Math.min(array.size(), MAX_VALUES_PER_ARRAY); i++) {
      COSBase b = array.getObject(i);
      if (b instanceof COSStream s) {
        try {
          out.add(DssUpdate.read(s));
        } catch (IOException | RuntimeException e) {
          // unreadable or oversized: ignored
        }
      }
    }
    return out;
  }
}
