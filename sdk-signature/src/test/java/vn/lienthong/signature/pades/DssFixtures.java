package vn.lienthong.signature.pades;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Builds hand-made DSS dictionaries for attack tests, independent of the code under test. */
final class DssFixtures {

  private DssFixtures() {}

  /** Adds a DSS with the given certificates, OCSP responses and CRLs in an incremental update. */
  static byte[] addDss(
      byte[] pdf, List<X509Certificate> certs, List<byte[]> ocsps, List<X509CRL> crls)
      throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSDictionary dss = new COSDictionary();
      COSArray c = new COSArray();
      for (X509Certificate x : certs) {
        c.add(stream(doc, x.getEncoded()));
      }
      COSArray o = new COSArray();
      for (byte[] r : ocsps) {
        o.add(stream(doc, r));
      }
      COSArray l = new COSArray();
      for (X509CRL x : crls) {
        l.add(stream(doc, x.getEncoded()));
      }
      dss.setItem(COSName.getPDFName("CRLs"), l);
      dss.setItem(COSName.getPDFName("Certs"), c);
      dss.setItem(COSName.getPDFName("OCSPs"), o);
      COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
      catalog.setItem(COSName.getPDFName("DSS"), dss);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.saveIncremental(out, Set.of(catalog));
      return out.toByteArray();
    }
  }

  private static COSStream stream(PDDocument doc, byte[] bytes) throws Exception {
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream o = s.createOutputStream()) {
      o.write(bytes);
    }
    return s;
  }
}
