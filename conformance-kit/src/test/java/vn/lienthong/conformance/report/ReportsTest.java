package vn.lienthong.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.lienthong.conformance.CheckOutcome;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Profile;
import vn.lienthong.conformance.Requirement;
import vn.lienthong.conformance.RequirementCatalogue;
import vn.lienthong.conformance.RequirementResult;
import vn.lienthong.conformance.RunReport;
import vn.lienthong.conformance.Text;

class ReportsTest {

  static final String HOSTILE =
      "<script>alert(1)</script>\"><img src=x onerror=alert(2)>&amp;\u0001\u0007 ]]> '";

  /** A report with one requirement of each outcome; the failure carries a hostile value. */
  static RunReport sample() {
    RequirementCatalogue c = RequirementCatalogue.standard();
    Requirement rob = c.find("LT-ROB-001").orElseThrow();
    Requirement priv = c.find("LT-PRIV-001").orElseThrow();
    Requirement sig = c.find("LT-SIG-001").orElseThrow();
    Requirement aud = c.find("LT-AUD-001").orElseThrow();
    HttpExchange hostile =
        new HttpExchange("POST", "http://127.0.0.1/api?<x>", 400, "text/html\"><b>", HOSTILE);
    List<RequirementResult> results =
        List.of(
            new RequirementResult(
                rob,
                List.of(
                    new CheckOutcome(
                        rob.checks().get(0),
                        CheckResult.failed(
                            new Text("Có mã lỗi", "has a code"),
                            HOSTILE + " CCCD 001090123456",
                            List.of(hostile)))),
                Duration.ofMillis(12)),
            new RequirementResult(
                priv,
                List.of(
                    new CheckOutcome(priv.checks().get(0), CheckResult.passed("ok", List.of())),
                    new CheckOutcome(
                        priv.checks().get(1),
                        CheckResult.skipped(new Text("Chưa cài đặt", "not yet")))),
                Duration.ofMillis(3)),
            new RequirementResult(
                sig,
                sig.checks().stream()
                    .map(id -> new CheckOutcome(id, CheckResult.passed("", List.of())))
                    .toList(),
                Duration.ofMillis(40)),
            new RequirementResult(
                aud,
                List.of(
                    new CheckOutcome(
                        aud.checks().get(0),
                        CheckResult.error("LT-CONF-0001 unreachable", List.of()))),
                Duration.ofMillis(1)));
    return new RunReport(
        URI.create("http://127.0.0.1:8080"),
        Profile.FULL,
        Instant.parse("2026-11-23T03:00:00Z"),
        Instant.parse("2026-11-23T03:00:05Z"),
        "0.1.0-TEST",
        c.areas(),
        results,
        Map.of("/idp", URI.create("http://127.0.0.1:9/idp")));
  }

  @Test
  void htmlEscapesEveryHostileValueAndHasNoScriptOrExternalAsset() {
    String html = new String(HtmlReport.render(sample()), StandardCharsets.UTF_8);
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .doesNotContain("\u0001")
        .doesNotContain("001090123456")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
        .doesNotContainPattern("(?i)(src|href)=\"(https?:)?//")
        .contains("Content-Security-Policy");
  }

  @Test
  void htmlReadsInVietnameseWithExpectedSeenAndTheLegalSource() {
    String html = new String(HtmlReport.render(sample()), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<html lang=\"vi\">")
        .contains("CHƯA ĐẠT")
        .contains("Yêu cầu (kết quả mong đợi)")
        .contains("Thực tế quan sát được")
        .contains("Căn cứ pháp lý:</strong> RFC 9457")
        .contains("23/11/2026 10:00:00 (giờ Việt Nam, UTC+07:00)")
        .contains("0.1.0-TEST")
        .contains("<svg")
        .contains("role=\"img\"")
        .contains("<desc id=\"chart-desc\">")
        .contains("<caption>");
  }

  @Test
  void htmlIsWellFormedEnoughForAnXmlParser() throws Exception {
    // XHTML-compatible output: void elements aside, the page parses; a cheap structural check.
    String html = new String(HtmlReport.render(sample()), StandardCharsets.UTF_8);
    String xml = html.replace("<!DOCTYPE html>", "").replaceAll("<meta([^>]*)>", "<meta$1/>");
    parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void junitXmlHasOneSuitePerAreaAndOneCasePerRequirement() throws Exception {
    Document d = parse(JunitXmlReport.render(sample()));
    Element root = d.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("4");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    NodeList suites = d.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(4);
    NodeList failures = d.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    String text = failures.item(0).getTextContent();
    assertThat(text).contains("expected: has a code").contains("observed: ").contains("RFC 9457");
    assertThat(text).doesNotContain("001090123456");
    assertThat(d.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(d.getElementsByTagName("skipped").getLength()).isEqualTo(1);
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    JsonNode j = new ObjectMapper().readTree(JsonReport.render(sample()));
    assertThat(j.path("format").asText()).isEqualTo(JsonReport.FORMAT);
    assertThat(j.path("conforms").asBoolean()).isFalse();
    assertThat(j.path("summary").path("FAILED").asInt()).isEqualTo(1);
    JsonNode rob = j.path("requirements").get(0);
    assertThat(rob.path("id").asText()).isEqualTo("LT-ROB-001");
    assertThat(rob.path("outcome").asText()).isEqualTo("FAILED");
    JsonNode check = rob.path("checks").get(0);
    assertThat(check.path("expected").path("vi").asText()).isEqualTo("Có mã lỗi");
    assertThat(check.path("observed").asText()).contains("<script>").doesNotContain("001090123456");
    assertThat(check.path("evidence").get(0).path("status").asInt()).isEqualTo(400);
    JsonNode skipped = j.path("requirements").get(1).path("checks").get(1);
    assertThat(skipped.path("reason").path("en").asText()).isEqualTo("not yet");
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
