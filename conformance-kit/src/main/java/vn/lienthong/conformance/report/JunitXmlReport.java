package vn.lienthong.conformance.report;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.lienthong.conformance.CheckOutcome;
import vn.lienthong.conformance.Outcome;
import vn.lienthong.conformance.RequirementResult;
import vn.lienthong.conformance.RunReport;
import vn.lienthong.conformance.Text;
import vn.lienthong.conformance.internal.report.Markup;

/**
 * Renders a {@link RunReport} as JUnit XML (the Ant/Surefire schema Jenkins and GitLab read): one
 * {@code testsuite} per area, one {@code testcase} per requirement, {@code failure} with what was
 * expected and observed, {@code error} when a check could not run, {@code skipped} otherwise.
 *
 * <p>Characters XML forbids are replaced, so a hostile target cannot break the file. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * Files.write(dir.resolve("junit.xml"), JunitXmlReport.render(report));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JunitXmlReport {

  private JunitXmlReport() {}

  /**
   * Renders the report.
   *
   * @param report the report
   * @return UTF-8 XML
   */
  public static byte[] render(RunReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      w.writeAttribute("name", "LienThong conformance " + report.target());
      Map<Outcome, Integer> all = report.counts();
      counts(w, all);
      w.writeCharacters("\n");
      for (Map.Entry<String, Text> area : report.areas().entrySet()) {
        List<RequirementResult> in =
            report.results().stream()
                .filter(r -> r.requirement().area().equals(area.getKey()))
                .toList();
        if (in.isEmpty()) {
          continue;
        }
        w.writeStartElement("testsuite");
        w.writeAttribute("name", "LT-" + area.getKey() + " " + area.getValue().en());
        counts(w, report.counts(area.getKey()));
        w.writeAttribute(
            "time", seconds(in.stream().mapToLong(r -> r.duration().toMillis()).sum()));
        w.writeAttribute("timestamp", report.startedAt().toString());
        w.writeCharacters("\n");
        for (RequirementResult r : in) {
          testcase(w, area.getKey(), r);
        }
        w.writeEndElement();
        w.writeCharacters("\n");
      }
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static void testcase(XMLStreamWriter w, String area, RequirementResult r)
      throws XMLStreamException {
    w.writeStartElement("testcase");
    w.writeAttribute("classname", "lienthong.conformance." + area.toLowerCase(Locale.ROOT));
    w.writeAttribute("name", r.requirement().id() + " " + r.requirement().title().en());
    w.writeAttribute("time", seconds(r.duration().toMillis()));
    Outcome o = r.outcome();
    if (o != Outcome.PASSED) {
      StringBuilder text = new StringBuilder();
      String message = "";
      for (CheckOutcome c : r.checks()) {
        if (c.result().outcome() == Outcome.PASSED) {
          continue;
        }
        text.append(c.checkId()).append(": ").append(c.result().outcome()).append('\n');
        c.result()
            .expected()
            .ifPresent(
                t ->
                    text.append(
                            c.result().outcome() == Outcome.SKIPPED ? "  reason: " : "  expected: ")
                        .append(t.en())
                        .append('\n'));
        if (!c.result().observed().isEmpty()) {
          text.append("  observed: ").append(c.result().observed()).append('\n');
        }
        c.result().evidence().forEach(e -> text.append("  ").append(e.summary()).append('\n'));
        if (message.isEmpty() && c.result().outcome() == o) {
          message =
              c.result().outcome() == Outcome.SKIPPED
                  ? c.result().expected().map(Text::en).orElse("skipped")
                  : c.result().observed();
        }
      }
      text.append("source: ").append(r.requirement().source());
      String element =
          switch (o) {
            case FAILED -> "failure";
            case ERROR -> "error";
            default -> "skipped";
          };
      w.writeStartElement(element);
      w.writeAttribute("message", Markup.xmlSafe(message));
      if (o != Outcome.SKIPPED) {
        w.writeAttribute("type", o.name());
      }
      w.writeCharacters(Markup.xmlSafe(text.toString()));
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeCharacters("\n");
  }

  private static void counts(XMLStreamWriter w, Map<Outcome, Integer> c) throws XMLStreamException {
    int total = c.values().stream().mapToInt(Integer::intValue).sum();
    w.writeAttribute("tests", Integer.toString(total));
    w.writeAttribute("failures", Integer.toString(c.get(Outcome.FAILED)));
    w.writeAttribute("errors", Integer.toString(c.get(Outcome.ERROR)));
    w.writeAttribute("skipped", Integer.toString(c.get(Outcome.SKIPPED)));
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
