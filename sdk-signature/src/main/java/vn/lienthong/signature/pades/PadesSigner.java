package vn.lienthong.signature.pades;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.pdf.PdfErrors;
import vn.lienthong.signature.internal.pdf.PdfSigning;
import vn.lienthong.signature.internal.pdf.VietnameseFont;

/**
 * Creates PAdES B-B, B-T, B-LT and B-LTA signatures (ETSI EN 319 142-1): an incremental update
 * adding a signature dictionary with sub-filter {@code ETSI.CAdES.detached}, a CMS whose signed
 * attributes are content-type, message-digest, CMS algorithm protection and signing-certificate-v2
 * (no signing-time attribute: the time is the dictionary's {@code M} entry), SHA-256 or stronger,
 * and optionally the Decree 30 {@link SignatureAppearance}. The signature is an approval signature:
 * it never adds a DocMDP certification, so later signatures (the agency after the competent person)
 * stay allowed. With {@link PadesParameters.Builder#level} B-LT or B-LTA the signed PDF is then
 * extended by {@link PadesExtender} (validation data, document timestamp).
 *
 * <p>The PDF streams from a file to the output: the original bytes are copied, never held in
 * memory, so large PDFs sign in a small heap. Signing is three steps, so the key may be remote:
 * {@link #dataToSign(Path, PadesParameters)} gives the DER of the signed attributes, a {@link
 * SigningKey} signs them, {@link #sign(Path, PadesParameters, byte[], OutputStream)} writes the
 * signed PDF; each step reads the document once (one pass in all with a local {@link SigningKey}).
 * Both steps must get the same document and parameters. Instances are immutable and thread-safe;
 * create one and reuse it.
 *
 * <pre>{@code
 * PadesSigner signer = PadesSigner.create();
 * byte[] toSign = signer.dataToSign(pdf, parameters);
 * byte[] value = key.sign(toSign, parameters.signatureParameters().signatureAlgorithm());
 * try (OutputStream out = Files.newOutputStream(signedPdf)) {
 *   signer.sign(pdf, parameters, value, out);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PadesSigner {

  /** The largest PDF accepted, in bytes: PDF byte ranges are 32-bit in PDFBox (2 GiB - 64 MiB). */
  public static final long MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 64L * 1024 * 1024;

  private final @Nullable Path fontPath;
  private volatile @Nullable VietnameseFont font;

  private PadesSigner(Builder b) {
    this.fontPath = b.fontPath;
  }

  /**
   * Returns a signer with the default font (Liberation Serif from {@code fonts-liberation2}).
   *
   * @return the signer
   */
  public static PadesSigner create() {
    return builder().build();
  }

  /**
   * Starts a signer.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Computes the data to sign for a PDF file.
   *
   * @param pdf the PDF file
   * @param parameters the parameters
   * @return the bytes the key must sign (DER signed attributes)
   * @throws InvalidInputException if the PDF is unreadable, encrypted, certified without changes,
   *     too large, or the appearance cannot be placed ({@code LT-SIG-01xx, 02xx})
   * @throws vn.lienthong.core.ConfigurationException if no Vietnamese font is found ({@code
   *     LT-SIG-0205})
   * @throws vn.lienthong.core.LienThongException if reading fails ({@code LT-SIG-0210})
   * @throws NullPointerException if an argument is null
   */
  public byte[] dataToSign(Path pdf, PadesParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    return PdfSigning.run(open(pdf), parameters, this::font, null, OutputStream.nullOutputStream());
  }

  /**
   * Writes the signed PDF from the signature value.
   *
   * @param pdf the same PDF file given to {@link #dataToSign(Path, PadesParameters)}
   * @param parameters the same parameters
   * @param signatureValue the value the key returned
   * @param out receives the signed PDF (not closed)
   * @throws InvalidInputException if the value does not verify over the data to sign ({@code
   *     LT-SIG-0006}) or the PDF is not acceptable ({@code LT-SIG-01xx, 02xx})
   * @throws vn.lienthong.core.ConfigurationException if no Vietnamese font is found
   * @throws vn.lienthong.core.LienThongException if reading or writing fails ({@code LT-SIG-0210})
   * @throws NullPointerException if an argument is null
   */
  public void sign(Path pdf, PadesParameters parameters, byte[] signatureValue, OutputStream out) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(signatureValue, "signatureValue");
    Objects.requireNonNull(out, "out");
    RandomAccessRead source = open(pdf);
    toFile(parameters, o -> PdfSigning.run(source, parameters, this::font, signatureValue, o), out);
  }

  /**
   * Signs a PDF file in one call with a key: the three steps together.
   *
   * @param pdf the PDF file
   * @param parameters the parameters
   * @param key the key matching the parameters' certificate
   * @param out receives the signed PDF (not closed)
   * @throws InvalidInputException if the key does not match ({@code LT-SIG-0006}) or the PDF is not
   *     acceptable
   * @throws vn.lienthong.core.LienThongException if the key fails ({@code LT-SIG-0005}) or I/O
   *     fails ({@code LT-SIG-0210})
   * @throws NullPointerException if an argument is null
   */
  public void sign(Path pdf, PadesParameters parameters, SigningKey key, OutputStream out) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(out, "out");
    RandomAccessRead source = open(pdf);
    toFile(parameters, o -> PdfSigning.runWithKey(source, parameters, this::font, key, o), out);
  }

  /**
   * Signs a PDF read from a stream in one call: the stream is spooled to a temporary file (deleted
   * afterwards) so that memory stays small.
   *
   * @param pdf the PDF (read to the end, not closed)
   * @param parameters the parameters
   * @param key the key
   * @param out receives the signed PDF (not closed)
   * @throws InvalidInputException if the PDF is not acceptable or the key does not match
   * @throws vn.lienthong.core.LienThongException if I/O fails ({@code LT-SIG-0210})
   * @throws NullPointerException if an argument is null
   */
  public void sign(InputStream pdf, PadesParameters parameters, SigningKey key, OutputStream out) {
    Objects.requireNonNull(pdf, "pdf");
    Path spool = null;
    try {
      spool = Files.createTempFile("lienthong-pades-", ".pdf");
      Files.copy(pdf, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      sign(spool, parameters, key, out);
    } catch (IOException e) {
      throw PdfErrors.io("pdf", e);
    } finally {
      if (spool != null) {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless; the system cleans its temp directory
        }
      }
    }
  }

  /**
   * Computes the data to sign for a PDF held in memory (small documents).
   *
   * @param pdf the PDF bytes
   * @param parameters the parameters
   * @return the bytes the key must sign
   * @throws InvalidInputException if the PDF is not acceptable
   * @throws NullPointerException if an argument is null
   */
  public byte[] dataToSign(byte[] pdf, PadesParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    return PdfSigning.run(
        new RandomAccessReadBuffer(pdf),
        parameters,
        this::font,
        null,
        OutputStream.nullOutputStream());
  }

  /**
   * Builds the signed PDF in memory from the signature value (small documents).
   *
   * @param pdf the same PDF bytes given to {@link #dataToSign(byte[], PadesParameters)}
   * @param parameters the same parameters
   * @param signatureValue the value the key returned
   * @return the signed PDF
   * @throws InvalidInputException if the value does not verify ({@code LT-SIG-0006}) or the PDF is
   *     not acceptable
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] pdf, PadesParameters parameters, byte[] signatureValue) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(signatureValue, "signatureValue");
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
    PdfSigning.run(new RandomAccessReadBuffer(pdf), parameters, this::font, signatureValue, out);
    return extended(parameters, out.toByteArray());
  }

  /**
   * Signs a PDF held in memory in one call with a key.
   *
   * @param pdf the PDF bytes
   * @param parameters the parameters
   * @param key the key
   * @return the signed PDF
   * @throws InvalidInputException if the PDF is not acceptable or the key does not match
   * @throws vn.lienthong.core.LienThongException if the key fails ({@code LT-SIG-0005})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] pdf, PadesParameters parameters, SigningKey key) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(key, "key");
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
    PdfSigning.runWithKey(new RandomAccessReadBuffer(pdf), parameters, this::font, key, out);
    return extended(parameters, out.toByteArray());
  }

  private static boolean longTerm(PadesParameters p) {
    return p.level() == SignatureLevel.B_LT || p.level() == SignatureLevel.B_LTA;
  }

  private static PadesExtender extender(PadesParameters p) {
    return PadesExtender.builder()
        .certificateVerifier(p.certificateVerifier().orElseThrow())
        .timestampSource(p.timestampSource().orElseThrow())
        .build();
  }

  private static byte[] extended(PadesParameters p, byte[] signed) {
    return longTerm(p) ? extender(p).extend(signed, p.level()) : signed;
  }

  /** Signs to the output, or through a temporary file and the extender for B-LT and B-LTA. */
  private static void toFile(PadesParameters p, Consumer<OutputStream> step, OutputStream out) {
    if (!longTerm(p)) {
      step.accept(out);
      return;
    }
    Path spool = null;
    try {
      spool = Files.createTempFile("lienthong-pades-", ".pdf");
      try (OutputStream o = Files.newOutputStream(spool)) {
        step.accept(o);
      }
      extender(p).extend(spool, p.level(), out);
    } catch (IOException e) {
      throw PdfErrors.io("pdf", e);
    } finally {
      PadesExtender.deleteQuietly(spool);
    }
  }

  private static RandomAccessRead open(Path pdf) {
    Objects.requireNonNull(pdf, "pdf");
    try {
      long size = Files.size(pdf);
      if (size > MAX_DOCUMENT_BYTES) {
        throw new InvalidInputException(
            SignatureErrorCode.DOCUMENT_TOO_LARGE,
            ErrorDetails.field("pdf").with("length", size).with("max", MAX_DOCUMENT_BYTES));
      }
      return new RandomAccessReadBufferedFile(pdf.toFile());
    } catch (IOException e) {
      throw PdfErrors.io("pdf", e);
    }
  }

  private VietnameseFont font() {
    VietnameseFont f = font;
    if (f == null) {
      f = VietnameseFont.find(fontPath);
      font = f;
    }
    return f;
  }

  /**
   * Builds {@link PadesSigner}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable Path fontPath;

    private Builder() {}

    /**
     * Sets the TrueType font for appearance texts; it must show Vietnamese. By default Liberation
     * Serif (Debian {@code fonts-liberation2}, metric-compatible with Times New Roman).
     *
     * @param fontPath the {@code .ttf} file
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder font(Path fontPath) {
      this.fontPath = Objects.requireNonNull(fontPath, "fontPath");
      return this;
    }

    /**
     * Builds the signer; the font is looked up at the first visible signature with text.
     *
     * @return the signer
     */
    public PadesSigner build() {
      return new PadesSigner(this);
    }
  }
}
