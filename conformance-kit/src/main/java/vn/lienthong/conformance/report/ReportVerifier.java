package vn.lienthong.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import vn.lienthong.conformance.ConformanceErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.jws.JwsValidator;

/**
 * Checks a report file against its detached JWS ({@code <file>.jws}, made by {@link ReportSigner}).
 *
 * <p>With trust anchors (the province's or the vendor's CA), a valid result proves who signed and
 * that nothing changed. Without, the last certificate of the signature's own {@code x5c} chain is
 * taken as anchor: a valid result then proves only that the report is unchanged since it was signed
 * ({@link ReportVerification#integrityOnly()}). Stateless and thread-safe.
 *
 * <pre>{@code
 * ReportVerification v = ReportVerifier.verify(Path.of("report.html"), List.of());
 * System.out.println(v.valid() + (v.integrityOnly() ? " (integrity only)" : ""));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportVerifier {

  /** The largest signature file read, in characters. */
  public static final int MAX_JWS_CHARS = 256 * 1024;

  private ReportVerifier() {}

  /**
   * Verifies a report file against {@code <file>.jws} beside it.
   *
   * @param report the report file
   * @param trustAnchors the anchors to trust, or empty to check integrity only
   * @return the verification
   * @throws LienThongException {@code LT-CONF-0201} if a file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static ReportVerification verify(Path report, List<X509Certificate> trustAnchors) {
    Path jws = report.resolveSibling(report.getFileName() + ReportSigner.SUFFIX);
    return verify(report, jws, trustAnchors);
  }

  /**
   * Verifies a report file against a signature file.
   *
   * @param report the report file
   * @param signature the detached JWS file
   * @param trustAnchors the anchors to trust, or empty to check integrity only
   * @return the verification
   * @throws LienThongException {@code LT-CONF-0201} if a file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static ReportVerification verify(
      Path report, Path signature, List<X509Certificate> trustAnchors) {
    byte[] content;
    String jws;
    try {
      content = Files.readAllBytes(report);
      if (Files.size(signature) > MAX_JWS_CHARS) {
        return new ReportVerification(false, false, "", List.of("the signature file is too large"));
      }
      jws = Files.readString(signature, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw io(Files.exists(report) ? signature : report, e);
    }
    return verify(content, jws, trustAnchors);
  }

  /**
   * Verifies report bytes against a detached JWS.
   *
   * @param content the report's bytes
   * @param jws the detached JWS
   * @param trustAnchors the anchors to trust, or empty to check integrity only
   * @return the verification
   * @throws NullPointerException if an argument is null
   */
  public static ReportVerification verify(
      byte[] content, String jws, List<X509Certificate> trustAnchors) {
    boolean integrityOnly = trustAnchors.isEmpty();
    List<X509Certificate> anchors = trustAnchors;
    if (integrityOnly) {
      List<X509Certificate> chain = x5c(jws);
      if (chain.isEmpty()) {
        return new ReportVerification(false, true, "", List.of("the signature carries no x5c"));
      }
      anchors = List.of(chain.get(chain.size() - 1));
    }
    try {
      ValidationReport r =
          JwsValidator.builder().trustAnchors(anchors).build().validate(jws, content);
      return new ReportVerification(
          r.indication() == Indication.PASSED,
          integrityOnly,
          r.signingCertificate().map(c -> c.getSubjectX500Principal().getName()).orElse(""),
          r.messages(Locale.ENGLISH));
    } catch (LienThongException e) {
      return new ReportVerification(
          false, integrityOnly, "", List.of(e.code() + " " + e.message(Locale.ENGLISH)));
    }
  }

  private static List<X509Certificate> x5c(String jws) {
    List<X509Certificate> out = new ArrayList<>();
    int dot = jws.indexOf('.');
    if (dot <= 0) {
      return out;
    }
    try {
      JsonNode header =
          new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jws.substring(0, dot)));
      CertificateFactory f = CertificateFactory.getInstance("X.509");
      for (JsonNode c : header.path("x5c")) {
        out.add(
            (X509Certificate)
                f.generateCertificate(
                    new ByteArrayInputStream(Base64.getDecoder().decode(c.asText()))));
      }
    } catch (IOException | CertificateException | IllegalArgumentException e) {
      return List.of();
    }
    return out;
  }

  static LienThongException io(Path file, IOException e) {
    return new LienThongException(
        ConformanceErrorCode.REPORT_IO_FAILED,
        ErrorDetails.field(String.valueOf(file.getFileName()))
            .with("reason", e.getClass().getSimpleName()),
        e);
  }
}
