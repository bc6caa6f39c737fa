package vn.lienthong.conformance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.CheckRegistry;
import vn.lienthong.conformance.ConformanceRun;
import vn.lienthong.conformance.Operator;
import vn.lienthong.conformance.Outcome;
import vn.lienthong.conformance.Profile;
import vn.lienthong.conformance.Requirement;
import vn.lienthong.conformance.RequirementCatalogue;
import vn.lienthong.conformance.RunReport;
import vn.lienthong.conformance.TargetHttp;
import vn.lienthong.conformance.internal.cli.ConsoleProgress;
import vn.lienthong.conformance.internal.cli.Options;
import vn.lienthong.conformance.report.ReportFiles;
import vn.lienthong.conformance.report.ReportSigner;
import vn.lienthong.conformance.report.ReportVerification;
import vn.lienthong.conformance.report.ReportVerifier;
import vn.lienthong.core.LienThongException;
import vn.lienthong.sandbox.Sandbox;

/**
 * The runner: {@code java -jar conformance-kit.jar run --target <base-url>} starts the sandbox
 * services for the target to use, prints their endpoints, runs the checks with one line of progress
 * per requirement, writes the HTML, JSON and JUnit XML reports with their signatures, and exits 0
 * only if every REQUIRED requirement passed (1 if one did not, 2 on usage or environment errors).
 * {@code list} shows the catalogue, {@code verify} checks a report against its signature.
 *
 * <p>Thread-safe: every invocation has its own state.
 *
 * <pre>{@code
 * java -jar conformance-kit.jar run --target http://127.0.0.1:8080 --only 'LT-SIG-*' \
 *     --set sig.result.file=ket-qua.pdf --trust-anchor vgca-root.pem --out bao-cao
 * java -jar conformance-kit.jar verify bao-cao/report.html
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ConformanceKitCli {

  /** Exit status: every REQUIRED requirement passed, or the report verified. */
  public static final int OK = 0;

  /** Exit status: a REQUIRED requirement did not pass, or the report did not verify. */
  public static final int NOT_CONFORMING = 1;

  /** Exit status: usage or environment error. */
  public static final int USAGE = 2;

  private ConformanceKitCli() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    boolean ansi = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    System.exit(execute(args, System.in, System.out, System.err, System.getenv(), ansi));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @param in the operator's input ({@code --interactive})
   * @param out standard output
   * @param err standard error
   * @param env the environment (for {@code --sign-password-env})
   * @param ansi true to colour the progress (only on a terminal)
   * @return the exit status: {@link #OK}, {@link #NOT_CONFORMING} or {@link #USAGE}
   */
  public static int execute(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      boolean ansi) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      usage(err);
      return USAGE;
    }
    if (o.has("--help") || o.has("-h") || "help".equals(o.command)) {
      usage(out);
      return OK;
    }
    try {
      return switch (o.command) {
        case "run" -> run(o, in, out, err, env, ansi);
        case "list" -> list(o, out);
        case "verify" -> verify(o, out, err);
        default -> {
          err.println("Lệnh không hợp lệ: " + o.command + " / Unknown command: " + o.command);
          usage(err);
          yield USAGE;
        }
      };
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return USAGE;
    } catch (LienThongException e) {
      err.println(e.code() + " " + e.message(Locale.forLanguageTag("vi")));
      err.println(e.code() + " " + e.message(Locale.ENGLISH));
      return USAGE;
    }
  }

  private static int run(
      Options o,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      boolean ansi) {
    String targetText = o.value("--target");
    if (targetText == null) {
      throw new IllegalArgumentException(
          "Thiếu --target <địa chỉ hệ thống>. / Missing --target <base-url>.");
    }
    URI target = uri(targetText);
    Profile profile = profile(o.value("--profile"));
    ReportSigner signer = signer(o, env);
    List<X509Certificate> anchors = anchors(o.trustAnchors);
    Duration timeout = Duration.ofSeconds(number(o.value("--timeout"), 15, "--timeout"));
    Path dir = Path.of(Optional.ofNullable(o.value("--out")).orElse("conformance-report"));
    Sandbox sandbox = null;
    try {
      Map<String, URI> endpoints = new LinkedHashMap<>();
      if (!o.has("--no-sandbox")) {
        sandbox =
            Sandbox.builder()
                .port(number(o.value("--sandbox-port"), 0, "--sandbox-port"))
                .build()
                .start();
        out.println("Dịch vụ giả lập (sandbox) đang chạy; cấu hình hệ thống được kiểm tra dùng:");
        out.println("Sandbox services are running; configure the system under test with:");
        for (Map.Entry<String, String> s : sandbox.services().entrySet()) {
          URI u = sandbox.uri(s.getKey());
          endpoints.put(s.getKey(), u);
          out.println("  " + u + "  " + s.getValue());
        }
        Path root = ExchangeRoot.write(dir);
        out.println(
            "  "
                + root
                + "  edXML: chứng thư gốc ký văn bản thử / root of the kit's test edXML signer");
        out.println();
      }
      ConformanceRun run =
          build(o, target, profile, endpoints, sandbox, timeout, anchors, in, out, ansi);
      out.println(
          "Kiểm tra "
              + run.requirements().size()
              + " yêu cầu đối với "
              + target
              + " / Checking "
              + run.requirements().size()
              + " requirements against "
              + target);
      RunReport report = run.execute();
      List<Path> files = ReportFiles.write(report, dir, signer);
      Map<Outcome, Integer> c = report.counts();
      out.println();
      out.println(
          "Kết quả: "
              + c.get(Outcome.PASSED)
              + " đạt, "
              + c.get(Outcome.FAILED)
              + " không đạt, "
              + c.get(Outcome.SKIPPED)
              + " bỏ qua, "
              + c.get(Outcome.ERROR)
              + " lỗi khi kiểm tra.");
      out.println(
          report.conforms()
              ? "KẾT LUẬN: ĐẠT (mọi yêu cầu bắt buộc đều đạt) / VERDICT: CONFORMS"
              : "KẾT LUẬN: CHƯA ĐẠT / VERDICT: DOES NOT CONFORM"
                  + " (a REQUIRED requirement failed or was not checked)");
      out.println("Báo cáo / Reports:");
      files.forEach(f -> out.println("  " + f));
      if (signer.integrityOnly()) {
        out.println(
            "Lưu ý: báo cáo được ký bằng khóa tạo riêng cho lần chạy này; chữ ký chỉ chứng minh báo"
                + " cáo không bị sửa, không chứng minh ai đã ký (dùng --sign-key để ký bằng khóa của"
                + " đơn vị).");
        out.println(
            "Note: signed with a per-run key: proves integrity only, not origin (use --sign-key).");
      }
      return report.conforms() ? OK : NOT_CONFORMING;
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }

  private static ConformanceRun build(
      Options o,
      URI target,
      Profile profile,
      Map<String, URI> endpoints,
      @Nullable Sandbox sandbox,
      Duration timeout,
      List<X509Certificate> anchors,
      InputStream in,
      PrintStream out,
      boolean ansi) {
    ConformanceRun.Builder b =
        ConformanceRun.builder()
            .target(target)
            .profile(profile)
            .only(o.value("--only"))
            .sandbox(endpoints)
            .http(TargetHttp.create(timeout))
            .trustAnchors(anchors)
            .operator(o.has("--interactive") ? operator(in, out) : null)
            .listener(new ConsoleProgress(out, ansi));
    if (sandbox != null) {
      b.sandbox(sandbox);
    }
    o.settings.forEach(b::setting);
    return b.build();
  }

  private static int list(Options o, PrintStream out) {
    RequirementCatalogue catalogue = RequirementCatalogue.standard();
    CheckRegistry registry = CheckRegistry.standard().verify(catalogue);
    Profile profile = profile(o.value("--profile"));
    String only = o.value("--only");
    List<Requirement> selected = only == null ? catalogue.all() : select(catalogue, only);
    for (Requirement r : selected) {
      if (!profile.includes(r)) {
        continue;
      }
      long done = r.checks().stream().filter(id -> registry.find(id).isPresent()).count();
      out.println(
          r.id()
              + "  "
              + String.format("%-11s", r.level().vietnamese())
              + "  "
              + r.title().vi()
              + "  ["
              + done
              + "/"
              + r.checks().size()
              + " phép kiểm tra đã cài đặt / checks implemented]");
    }
    return OK;
  }

  private static List<Requirement> select(RequirementCatalogue catalogue, String only) {
    try {
      return catalogue.select(only);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--only không khớp yêu cầu nào / --only matches nothing: " + e.getMessage(), e);
    }
  }

  private static int verify(Options o, PrintStream out, PrintStream err) {
    if (o.positional.isEmpty()) {
      throw new IllegalArgumentException(
          "Thiếu tệp báo cáo cần kiểm tra. / Missing the report file to verify.");
    }
    List<X509Certificate> anchors = anchors(o.trustAnchors);
    boolean all = true;
    for (String name : o.positional) {
      Path report = Path.of(name);
      ReportVerification v = ReportVerifier.verify(report, anchors);
      if (v.valid()) {
        out.println(
            name
                + ": chữ ký hợp lệ, báo cáo không bị sửa / signature valid, report unchanged"
                + (v.integrityOnly()
                    ? " (chỉ chứng minh tính toàn vẹn, không chứng minh người ký / integrity only)"
                    : " — người ký / signer: " + v.signer()));
      } else {
        all = false;
        out.println(
            name
                + ": CHỮ KÝ KHÔNG HỢP LỆ hoặc báo cáo đã bị sửa / SIGNATURE INVALID or report changed");
        v.messages().forEach(m -> out.println("  " + m));
      }
    }
    return all ? OK : NOT_CONFORMING;
  }

  private static Operator operator(InputStream in, PrintStream out) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return question -> {
      out.println(question.vi());
      out.println("(" + question.en() + ")");
      out.print("> ");
      out.flush();
      try {
        String line = reader.readLine();
        return line == null || line.isBlank() ? Optional.empty() : Optional.of(line.strip());
      } catch (IOException e) {
        return Optional.empty();
      }
    };
  }

  private static ReportSigner signer(Options o, Map<String, String> env) {
    String key = o.value("--sign-key");
    if (key == null) {
      return ReportSigner.perRun();
    }
    String var = o.value("--sign-password-env");
    if (var == null || env.get(var) == null) {
      throw new IllegalArgumentException(
          "--sign-key cần --sign-password-env <biến môi trường chứa mật khẩu>. / --sign-key needs"
              + " --sign-password-env <variable holding the password>.");
    }
    try {
      return ReportSigner.fromPkcs12(Files.readAllBytes(Path.of(key)), env.get(var).toCharArray());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Không đọc được tệp khóa " + key + " / Cannot read the key file " + key, e);
    }
  }

  private static List<X509Certificate> anchors(List<String> files) {
    List<X509Certificate> out = new ArrayList<>();
    for (String f : files) {
      try (InputStream in = Files.newInputStream(Path.of(f))) {
        for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          out.add((X509Certificate) c);
        }
      } catch (IOException | CertificateException e) {
        throw new IllegalArgumentException(
            "Không đọc được chứng thư gốc " + f + " / Cannot read the trust anchor " + f, e);
      }
    }
    return out;
  }

  private static URI uri(String text) {
    try {
      URI u = new URI(text);
      if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
        throw new URISyntaxException(text, "not an absolute http(s) URL");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Địa chỉ --target không hợp lệ (cần http:// hoặc https://): "
              + text
              + " / Invalid --target (an absolute http(s) URL): "
              + text,
          e);
    }
  }

  private static Profile profile(@Nullable String text) {
    if (text == null) {
      return Profile.FULL;
    }
    try {
      return Profile.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--profile phải là FULL hoặc REQUIRED_ONLY / --profile must be FULL or REQUIRED_ONLY: "
              + text,
          e);
    }
  }

  private static int number(@Nullable String text, int fallback, String option) {
    if (text == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(text);
      if (n < 0) {
        throw new NumberFormatException(text);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " cần một số nguyên không âm / " + option + " needs a non-negative integer", e);
    }
  }

  private static void usage(PrintStream out) {
    out.println(
        """
        Bộ công cụ kiểm tra tuân thủ LienThong / LienThong conformance kit

          java -jar conformance-kit.jar run --target <địa-chỉ> [tùy chọn]
              --profile FULL|REQUIRED_ONLY   phạm vi kiểm tra / which requirements (FULL)
              --only LT-SIG-*,LT-ROB-001     chỉ các yêu cầu này / only these requirements
              --interactive                  hỏi người vận hành các bước không tự động được
              --out DIR                      thư mục báo cáo / report directory (conformance-report)
              --sign-key f.p12 --sign-password-env VAR   ký báo cáo bằng khóa EC P-256 của đơn vị
              --trust-anchor ca.pem          chứng thư gốc tin cậy cho chữ ký số / trust anchor
              --set khóa=giá-trị             tham số phép kiểm tra / check setting, e.g.
                                             rob.invalid-input.path=/api/v1/dossiers
              --no-sandbox, --sandbox-port N, --timeout SECONDS
          java -jar conformance-kit.jar list [--only P] [--profile P]
          java -jar conformance-kit.jar verify report.html [--trust-anchor ca.pem]

        Mã thoát / exit status: 0 đạt / conforms, 1 không đạt / does not conform,
        2 lỗi sử dụng hoặc môi trường / usage or environment error.""");
  }
}
