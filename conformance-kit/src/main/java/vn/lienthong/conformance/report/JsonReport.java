package vn.lienthong.conformance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import vn.lienthong.conformance.CheckOutcome;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Outcome;
import vn.lienthong.conformance.RequirementResult;
import vn.lienthong.conformance.RunReport;
import vn.lienthong.conformance.Text;

/**
 * Renders a {@link RunReport} as machine-readable JSON, format {@value #FORMAT} (documented in
 * {@code docs/conformance-kit.md}).
 *
 * <p>Shape: {@code format, kitVersion, target, profile, startedAt, finishedAt} (ISO 8601 UTC),
 * {@code conforms}, {@code summary} (outcome to count), {@code sandbox} (name to URI), and {@code
 * requirements[]} each with {@code id, area, level, title{vi,en}, source, outcome, durationMillis}
 * and {@code checks[]} each with {@code id, outcome}, {@code expected{vi,en}} (failures) or {@code
 * reason{vi,en}} (skipped checks), {@code observed} (English), {@code observedVi} and {@code
 * evidence[]} ({@code method, uri, status, contentType, bodyExcerpt}). Stateless and thread-safe.
 *
 * <pre>{@code
 * Files.write(dir.resolve("report.json"), JsonReport.render(report));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonReport {

  /** The format identifier written in every report. */
  public static final String FORMAT = "lienthong-conformance-report/1";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /**
   * Renders the report.
   *
   * @param report the report
   * @return UTF-8 JSON
   */
  public static byte[] render(RunReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("kitVersion", report.kitVersion());
    root.put("target", report.target().toString());
    root.put("profile", report.profile().name());
    root.put("startedAt", report.startedAt().toString());
    root.put("finishedAt", report.finishedAt().toString());
    root.put("conforms", report.conforms());
    ObjectNode summary = root.putObject("summary");
    report.counts().forEach((o, n) -> summary.put(o.name(), n));
    ObjectNode sandbox = root.putObject("sandbox");
    report.sandbox().forEach((k, v) -> sandbox.put(k, v.toString()));
    ArrayNode requirements = root.putArray("requirements");
    for (RequirementResult r : report.results()) {
      ObjectNode n = requirements.addObject();
      n.put("id", r.requirement().id());
      n.put("area", r.requirement().area());
      n.put("level", r.requirement().level().name());
      text(n.putObject("title"), r.requirement().title());
      n.put("source", r.requirement().source());
      n.put("outcome", r.outcome().name());
      n.put("durationMillis", r.duration().toMillis());
      ArrayNode checks = n.putArray("checks");
      for (CheckOutcome c : r.checks()) {
        ObjectNode cn = checks.addObject();
        cn.put("id", c.checkId());
        cn.put("outcome", c.result().outcome().name());
        if (c.result().expected().isPresent()) {
          text(
              cn.putObject(c.result().outcome() == Outcome.SKIPPED ? "reason" : "expected"),
              c.result().expected().get());
        }
        cn.put("observed", c.result().observed());
        cn.put("observedVi", c.result().observedVi());
        ArrayNode evidence = cn.putArray("evidence");
        for (HttpExchange e : c.result().evidence()) {
          ObjectNode en = evidence.addObject();
          en.put("method", e.method());
          en.put("uri", e.uri());
          en.put("status", e.status());
          en.put("contentType", e.contentType());
          en.put("bodyExcerpt", e.bodyExcerpt());
        }
      }
    }
    try {
      return JSON.writeValueAsString(root).concat("\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static void text(ObjectNode n, Text t) {
    n.put("vi", t.vi());
    n.put("en", t.en());
  }
}
