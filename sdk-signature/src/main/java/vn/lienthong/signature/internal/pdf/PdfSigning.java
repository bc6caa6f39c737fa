package vn.lienthong.signature.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.Cades;
import vn.lienthong.signature.internal.CadesLevels;
import vn.lienthong.signature.internal.JcaSignatures;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.SignatureAppearance;

/**
 * One pass of PAdES signing over a PDF: load it, add the signature field and dictionary, save
 * incrementally while digesting the byte range, and either return the data to sign (first step) or
 * write the signed PDF (last step). Every input of the pass (document id, {@code M} entry,
 * appearance, reserved size) derives from the document and the parameters, so both passes produce
 * the same bytes. Thread-safe (stateless).
 */
public final class PdfSigning {

  /** The PAdES baseline sub-filter. */
  public static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

  /** Room reserved for the CMS besides the certificates, in bytes (signed attributes, value). */
  static final int CMS_BASE_BYTES = 6 * 1024;

  /** Room reserved for a signature timestamp token (B-T), in bytes. */
  static final int TIMESTAMP_BYTES = 12 * 1024;

  private PdfSigning() {}

  /**
   * Runs a pass.
   *
   * @param source the PDF; closed when the pass ends
   * @param p the parameters
   * @param font finds the font when the appearance has text
   * @param value the signature value, or null for the first step
   * @param out receives the signed PDF in the last step
   * @return the data to sign (first step) or the CMS written (last step)
   */
  public static byte[] run(
      RandomAccessRead source,
      PadesParameters p,
      Supplier<VietnameseFont> font,
      byte @Nullable [] value,
      OutputStream out) {
    return run(source, p, font, value, null, out);
  }

  /**
   * Runs the three steps in one pass with a local key.
   *
   * @param source the PDF; closed when the pass ends
   * @param p the parameters
   * @param font finds the font when the appearance has text
   * @param key the key
   * @param out receives the signed PDF
   * @return the CMS written
   */
  public static byte[] runWithKey(
      RandomAccessRead source,
      PadesParameters p,
      Supplier<VietnameseFont> font,
      SigningKey key,
      OutputStream out) {
    return run(source, p, font, null, key, out);
  }

  private static byte[] run(
      RandomAccessRead source,
      PadesParameters p,
      Supplier<VietnameseFont> font,
      byte @Nullable [] givenValue,
      @Nullable SigningKey key,
      OutputStream out) {
    SignatureParameters sp = p.signatureParameters();
    PDDocument doc;
    try {
      doc = Loader.loadPDF(source, IOUtils.createMemoryOnlyStreamCache());
    } catch (IOException e) {
      IOUtils.closeQuietly(source);
      throw PdfErrors.unreadable("document", e);
    }
    try (doc;
        SignatureOptions options = new SignatureOptions()) {
      if (doc.isEncrypted()) {
        throw PdfErrors.encrypted("document");
      }
      refuseNoChangesCertification(doc);
      doc.setDocumentId(sp.signingTime().toEpochMilli());
      PDSignature sig = new PDSignature();
      sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      sig.setSubFilter(ETSI_CADES_DETACHED);
      Calendar when = Calendar.getInstance(TimeZone.getTimeZone("GMT+07:00"));
      when.setTimeInMillis(sp.signingTime().toEpochMilli());
      sig.setSignDate(when);
      p.reason().ifPresent(sig::setReason);
      p.location().ifPresent(sig::setLocation);
      int reserved = reservedBytes(sp) + (p.timestampSource().isPresent() ? TIMESTAMP_BYTES : 0);
      options.setPreferredSignatureSize(reserved);
      if (p.appearance().isPresent()) {
        SignatureAppearance a = p.appearance().get();
        AppearanceTemplate.Rendered r = AppearanceTemplate.render(doc, a, sp.signingTime(), font);
        options.setVisualSignature(new ByteArrayInputStream(r.pdf()));
        options.setPage(r.pageIndex());
      }
      doc.addSignature(sig, options);
      ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
      byte[] digest = digest(external.getContent(), sp);
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      byte[] cms;
      byte[] value;
      if (key != null) {
        // One build: the key signs the signed attributes while the CMS is generated.
        byte[][] signed = new byte[1][];
        cms =
            Cades.buildForDigest(
                digest,
                sp,
                data -> signed[0] = key.sign(data, sp.signatureAlgorithm()),
                captured,
                false);
        value = signed[0];
      } else {
        value = givenValue;
        cms =
            Cades.buildForDigest(digest, sp, value == null ? new byte[0] : value, captured, false);
        if (value == null) {
          return captured.toByteArray();
        }
      }
      checkValue(sp, captured.toByteArray(), value);
      if (p.timestampSource().isPresent()) {
        cms = CadesLevels.addSignatureTimestamp(cms, p.timestampSource().get());
      }
      if (cms.length > reserved) {
        throw new IllegalStateException("CMS of " + cms.length + " bytes over " + reserved);
      }
      external.setSignature(cms);
      return cms;
    } catch (IOException e) {
      throw PdfErrors.io("document", e);
    } catch (LienThongException | IllegalStateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw PdfErrors.unreadable("document", e);
    }
  }

  /** The bytes reserved for the CMS: the certificates plus a fixed allowance. */
  static int reservedBytes(SignatureParameters sp) {
    int size = CMS_BASE_BYTES;
    for (X509Certificate c : sp.certificateChain()) {
      try {
        size += c.getEncoded().length + 64;
      } catch (CertificateEncodingException e) {
        size += 4096;
      }
    }
    return size;
  }

  private static byte[] digest(InputStream content, SignatureParameters sp) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance(sp.digestAlgorithm().jcaName());
    } catch (GeneralSecurityException e) {
      throw JcaSignatures.unsupported(sp.digestAlgorithm().jcaName(), e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (content) {
      for (int n; (n = content.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
    }
    return md.digest();
  }

  private static void checkValue(SignatureParameters sp, byte[] dataToSign, byte[] value) {
    boolean ok;
    try {
      Signature s = JcaSignatures.create(sp.signatureAlgorithm());
      s.initVerify(sp.signingCertificate().getPublicKey());
      s.update(dataToSign);
      ok = s.verify(value);
    } catch (GeneralSecurityException e) {
      ok = false;
    }
    if (!ok) {
      throw new InvalidInputException(
          SignatureErrorCode.SIGNATURE_VALUE_MISMATCH,
          ErrorDetails.field("signatureValue").rule("signature.value.verifies"));
    }
  }

  /** Refuses a document certified with DocMDP P=1: no change at all is allowed. */
  private static void refuseNoChangesCertification(PDDocument doc) {
    COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
    COSDictionary docMdp = perms == null ? null : perms.getCOSDictionary(COSName.DOCMDP);
    COSArray refs = docMdp == null ? null : docMdp.getCOSArray(COSName.REFERENCE);
    if (refs == null) {
      return;
    }
    for (COSBase b : refs) {
      COSBase ref = b instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : b;
      if (ref instanceof COSDictionary d
          && COSName.DOCMDP.equals(d.getCOSName(COSName.TRANSFORM_METHOD))) {
        COSDictionary params = d.getCOSDictionary(COSName.TRANSFORM_PARAMS);
        if (params != null && params.getInt(COSName.P, 2) == 1) {
          throw new InvalidInputException(
              SignatureErrorCode.PDF_NO_CHANGES_ALLOWED,
              ErrorDetails.field("document").rule("pades.docmdp.p1"));
        }
      }
    }
  }
}
