package vn.lienthong.signature.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.internal.TimestampCheck;
import vn.lienthong.signature.timestamp.TimestampSource;

/**
 * Adds a document timestamp (ETSI EN 319 142-1 §5.4.3: {@code /Type /DocTimeStamp}, {@code
 * /SubFilter /ETSI.RFC3161}, the RFC 3161 token over the SHA-256 of the byte range) in an
 * incremental update covering the whole file. Thread-safe (stateless).
 */
public final class DocumentTimestamping {

  /** The document timestamp sub-filter. */
  public static final COSName ETSI_RFC3161 = COSName.getPDFName("ETSI.RFC3161");

  /** Room reserved for the token, in bytes. */
  static final int TOKEN_BYTES = 16 * 1024;

  private DocumentTimestamping() {}

  /**
   * Writes the PDF with a document timestamp added.
   *
   * @param source the PDF; closed when done
   * @param tsa the timestamp source
   * @param out receives the timestamped PDF
   * @return the token embedded
   * @throws vn.lienthong.core.InvalidInputException if the PDF is unreadable or encrypted
   * @throws vn.lienthong.core.RemoteServiceException if the timestamp authority fails
   */
  public static byte[] run(RandomAccessRead source, TimestampSource tsa, OutputStream out) {
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
      PDSignature sig = new PDSignature();
      sig.setType(COSName.DOC_TIME_STAMP);
      sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      sig.setSubFilter(ETSI_RFC3161);
      // optional for document timestamps; readers show it, the token's time is the proof
      sig.setSignDate(java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
      options.setPreferredSignatureSize(TOKEN_BYTES);
      doc.addSignature(sig, options);
      ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
      MessageDigest md = MessageDigest.getInstance(DigestAlgorithm.SHA256.jcaName());
      byte[] buffer = new byte[64 * 1024];
      try (InputStream content = external.getContent()) {
        for (int n; (n = content.read(buffer)) > 0; ) {
          md.update(buffer, 0, n);
        }
      }
      byte[] token = tsa.timestamp(md.digest(), DigestAlgorithm.SHA256);
      if (token.length > TOKEN_BYTES || token.length > TimestampCheck.MAX_TOKEN_BYTES) {
        throw new IllegalStateException("token of " + token.length + " bytes over " + TOKEN_BYTES);
      }
      external.setSignature(token);
      return token;
    } catch (IOException e) {
      throw PdfErrors.io("document", e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw vn.lienthong.signature.internal.JcaSignatures.unsupported("SHA-256", e);
    } catch (LienThongException | IllegalStateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw PdfErrors.unreadable("document", e);
    }
  }
}
