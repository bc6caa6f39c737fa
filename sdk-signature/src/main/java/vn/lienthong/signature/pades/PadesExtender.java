package vn.lienthong.signature.pades;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.internal.pdf.DocumentTimestamping;
import vn.lienthong.signature.internal.pdf.DssUpdate;
import vn.lienthong.signature.internal.pdf.PdfErrors;
import vn.lienthong.signature.timestamp.TimestampSource;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Extends a signed PDF, made by anyone, to PAdES B-LT or B-LTA (ETSI EN 319 142-1) by incremental
 * updates that never touch the signed revisions.
 *
 * <p>B-LT adds the Document Security Store ({@code /DSS}): for every signature and document
 * timestamp of the PDF, the certificate chain and the OCSP responses and CRLs proving it not
 * revoked, for the signer and for the timestamp authorities, with a {@code /VRI} entry per
 * signature keyed by the upper-case hex SHA-1 of its {@code /Contents}. Values already in the DSS
 * are kept and never added twice. B-LTA then adds a document timestamp ({@code /DocTimeStamp},
 * {@code ETSI.RFC3161}) over the whole file. Extending a B-LTA file again first embeds the
 * validation data of the earlier document timestamps, then adds a new one (re-timestamping before
 * the earlier timestamp authority certificate expires or its algorithms weaken).
 *
 * <p>The proofs are gathered now by the {@link CertificateVerifier} (online OCSP/CRL, or configured
 * CRLs): every certificate must be trusted and not revoked at extension time. Instances are
 * immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * PadesExtender extender =
 *     PadesExtender.builder().certificateVerifier(verifier).timestampSource(tsa).build();
 * byte[] archived = extender.extend(signedPdf, SignatureLevel.B_LTA);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PadesExtender {

  private final CertificateVerifier verifier;
  private final @Nullable TimestampSource timestampSource;

  private PadesExtender(Builder b) {
    this.verifier = Objects.requireNonNull(b.verifier, "certificateVerifier");
    this.timestampSource = b.timestampSource;
  }

  /**
   * Starts an extender.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extends a PDF held in memory.
   *
   * @param pdf the signed PDF
   * @param level {@link SignatureLevel#B_LT} or {@link SignatureLevel#B_LTA}
   * @return the extended PDF
   * @throws InvalidInputException if the level is not B-LT or B-LTA ({@code LT-SIG-0803}), B-LTA
   *     without a timestamp source ({@code LT-SIG-0704}), the PDF is unreadable or encrypted, or
   *     has no signature ({@code LT-SIG-0801})
   * @throws vn.lienthong.core.LienThongException if a certificate cannot be proven now ({@code
   *     LT-SIG-0802}) or the timestamp authority fails ({@code LT-SIG-07xx})
   * @throws NullPointerException if an argument is null
   */
  public byte[] extend(byte[] pdf, SignatureLevel level) {
    Objects.requireNonNull(pdf, "pdf");
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
    extend(new RandomAccessReadBuffer(pdf), level, out);
    return out.toByteArray();
  }

  /**
   * Extends a PDF file, streaming: intermediate revisions go to a temporary file (deleted
   * afterwards), never to memory.
   *
   * @param pdf the signed PDF file
   * @param level {@link SignatureLevel#B_LT} or {@link SignatureLevel#B_LTA}
   * @param out receives the extended PDF (not closed)
   * @throws InvalidInputException as {@link #extend(byte[], SignatureLevel)}
   * @throws vn.lienthong.core.LienThongException as {@link #extend(byte[], SignatureLevel)}
   * @throws vn.lienthong.core.LienThongException if reading or writing fails ({@code LT-SIG-0210})
   * @throws NullPointerException if an argument is null
   */
  public void extend(Path pdf, SignatureLevel level, OutputStream out) {
    Objects.requireNonNull(pdf, "pdf");
    RandomAccessRead file;
    try {
      file = new RandomAccessReadBufferedFile(pdf.toFile());
    } catch (IOException e) {
      throw PdfErrors.io("pdf", e);
    }
    extend(file, level, out);
  }

  private void extend(RandomAccessRead source, SignatureLevel level, OutputStream out) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(out, "out");
    try {
      check(level);
    } catch (RuntimeException e) {
      try {
        source.close();
      } catch (IOException ignored) {
        // nothing was read
      }
      throw e;
    }
    if (level == SignatureLevel.B_LT) {
      DssUpdate.run(source, verifier, out);
      return;
    }
    Path spool = null;
    try {
      spool = Files.createTempFile("lienthong-pades-lt-", ".pdf");
      try (OutputStream o = Files.newOutputStream(spool)) {
        DssUpdate.run(source, verifier, o);
      }
      TimestampSource tsa = Objects.requireNonNull(timestampSource, "timestampSource");
      DocumentTimestamping.run(new RandomAccessReadBufferedFile(spool.toFile()), tsa, out);
    } catch (IOException e) {
      throw PdfErrors.io("document", e);
    } finally {
      deleteQuietly(spool);
    }
  }

  private void check(SignatureLevel level) {
    if (level != SignatureLevel.B_LT && level != SignatureLevel.B_LTA) {
      throw new InvalidInputException(
          SignatureErrorCode.PADES_LEVEL_NOT_EXTENSIBLE,
          ErrorDetails.field("level").rule("pades.extend.level").rejectedValue(level.etsiName()));
    }
    if (level == SignatureLevel.B_LTA && timestampSource == null) {
      throw new InvalidInputException(
          SignatureErrorCode.LEVEL_REQUIREMENTS_MISSING,
          ErrorDetails.field("level")
              .rejectedValue(level.etsiName())
              .with("reason", "a timestamp source"));
    }
  }

  static void deleteQuietly(@Nullable Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file left behind is harmless; the system cleans its temp directory
      }
    }
  }

  /**
   * Builds {@link PadesExtender}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable CertificateVerifier verifier;
    private @Nullable TimestampSource timestampSource;

    private Builder() {}

    /**
     * Sets the verifier that gathers the chains and revocation proofs (required).
     *
     * @param verifier the verifier, with revocation checking on
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder certificateVerifier(CertificateVerifier verifier) {
      this.verifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * Sets the timestamp authority for document timestamps (required for B-LTA).
     *
     * @param source the source
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder timestampSource(TimestampSource source) {
      this.timestampSource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Builds the extender.
     *
     * @return the extender
     * @throws IllegalStateException if no certificate verifier was given
     */
    public PadesExtender build() {
      if (verifier == null) {
        throw new IllegalStateException("certificateVerifier required");
      }
      return new PadesExtender(this);
    }
  }
}
