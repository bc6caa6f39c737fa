package vn.lienthong.conformance.internal.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.TargetResponse;
import vn.lienthong.conformance.Text;
import vn.lienthong.conformance.internal.report.PerRunKey;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.pades.PadesValidator;

/**
 * The result PDF under examination and its validation, computed once per run and shared by the
 * {@code sig.result.*} checks. Immutable and thread-safe.
 *
 * <p>Exactly one of: {@link #notConfigured} (nothing to examine), {@link #unusable} (the kit could
 * not get the PDF: an error), {@link #notAPdf} (the target's PDF is unreadable: a failure), or
 * {@link #reports} (one validation report per signature, in signing order).
 */
final class ResultPdf {

  static final String KEY = "sig.result";

  final @Nullable Text notConfigured;
  final @Nullable String unusable;
  final @Nullable String notAPdf;
  final List<ValidationReport> reports;
  final List<HttpExchange> evidence;
  final String source;

  /** The PDF's bytes, empty when there is none (for the appearance check). */
  private byte[] bytes = new byte[0];

  private ResultPdf(
      @Nullable Text notConfigured,
      @Nullable String unusable,
      @Nullable String notAPdf,
      List<ValidationReport> reports,
      List<HttpExchange> evidence,
      String source) {
    this.notConfigured = notConfigured;
    this.unusable = unusable;
    this.notAPdf = notAPdf;
    this.reports = List.copyOf(reports);
    this.evidence = List.copyOf(evidence);
    this.source = source;
  }

  static ResultPdf of(CheckContext context) {
    return context.shared(KEY, ResultPdf.class, () -> load(context));
  }

  private static ResultPdf load(CheckContext context) {
    Optional<String> file = context.setting(CheckContext.RESULT_PDF_FILE);
    Optional<String> path = context.setting(CheckContext.RESULT_PDF_PATH);
    if (file.isEmpty() && path.isEmpty() && context.operator().isPresent()) {
      file =
          context
              .operator()
              .get()
              .ask(
                  new Text(
                      "Nhập đường dẫn tệp PDF kết quả (văn bản đã ký số) tải từ hệ thống, hoặc để"
                          + " trống để bỏ qua:",
                      "Path of a result PDF (signed document) downloaded from the system, or"
                          + " empty to skip:"))
              .map(String::strip)
              .filter(s -> !s.isEmpty());
    }
    if (file.isPresent()) {
      return fromFile(context, file.get());
    }
    if (path.isPresent()) {
      TargetResponse r = context.http().get(context.resolve(path.get()));
      if (r.status() != 200) {
        return new ResultPdf(
            null,
            "the result PDF could not be fetched: status " + r.status(),
            null,
            List.of(),
            List.of(r.exchange()),
            r.exchange().uri());
      }
      return validate(context, r.body(), List.of(r.exchange()), r.exchange().uri());
    }
    Optional<CommuneApi.Call> scenario = Walkthrough.of(context).call(Walkthrough.RESULT);
    if (scenario.isPresent() && scenario.get().status() == 200) {
      // The result of the dossier the Commune API scenario took through: the signed PDF in JSON.
      try {
        byte[] pdf =
            java.util.Base64.getDecoder()
                .decode(scenario.get().json().path("contentBase64").asText(""));
        return validate(
            context, pdf, List.of(scenario.get().exchange()), scenario.get().exchange().uri());
      } catch (IllegalArgumentException e) {
        // not base64: api.result.returns-signed-pdf reports it
      }
    }
    return new ResultPdf(
        Checks.notConfigured(CheckContext.RESULT_PDF_FILE + " / " + CheckContext.RESULT_PDF_PATH),
        null,
        null,
        List.of(),
        List.of(),
        "");
  }

  /** The PDF's bytes, empty when none was read and validated. */
  byte[] bytes() {
    return bytes.clone();
  }

  private static ResultPdf fromFile(CheckContext context, String name) {
    byte[] bytes;
    try {
      Path p = Path.of(name);
      if (Files.size(p) > PadesValidator.MAX_IN_MEMORY_BYTES) {
        return new ResultPdf(null, "the PDF file is too large", null, List.of(), List.of(), name);
      }
      try (InputStream in = Files.newInputStream(p)) {
        bytes = in.readNBytes(PadesValidator.MAX_IN_MEMORY_BYTES);
      }
    } catch (IOException | InvalidPathException e) {
      return new ResultPdf(
          null,
          "the PDF file cannot be read: " + e.getClass().getSimpleName(),
          null,
          List.of(),
          List.of(),
          name);
    }
    return validate(context, bytes, List.of(), Path.of(name).getFileName().toString());
  }

  private static ResultPdf validate(
      CheckContext context, byte[] pdf, List<HttpExchange> evidence, String source) {
    // Without configured anchors, an anchor nothing chains to: the other checks still run, and
    // sig.result.signature-valid reports that it cannot judge validity.
    List<java.security.cert.X509Certificate> anchors =
        context.trustAnchors().isEmpty()
            ? List.of(PerRunKey.generate().certificateChain().get(1))
            : context.trustAnchors();
    PadesValidator validator =
        PadesValidator.builder().trustAnchors(anchors).clock(context.clock()).build();
    try {
      ResultPdf r = new ResultPdf(null, null, null, validator.validate(pdf), evidence, source);
      r.bytes = pdf.clone();
      return r;
    } catch (LienThongException e) {
      return new ResultPdf(
          null, null, "not a readable PDF (" + e.code() + ")", List.of(), evidence, source);
    }
  }
}
