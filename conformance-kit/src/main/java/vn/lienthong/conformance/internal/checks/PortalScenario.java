package vn.lienthong.conformance.internal.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.Text;
import vn.lienthong.sandbox.Sandbox;

/**
 * What the kit's sandbox portal received for the {@link Walkthrough}'s dossier, once the portal has
 * seen every status of the dossier's history or the wait ({@link CheckContext#PORTAL_WAIT_SECONDS})
 * ran out; shared by the portal-sync checks. Immutable; thread-safe.
 */
final class PortalScenario {

  static final String KEY = "life.portal-scenario";

  /** Why the checks cannot judge (null when they can). */
  final @Nullable CheckResult unjudged;

  final String code;

  /** The dossier's statuses as the Commune API reports them: the receipt's, then each step's. */
  final List<Integer> expected;

  final List<PortalRecords.Entry> entries;
  final Duration waited;
  final @Nullable Instant receivedAt;
  final @Nullable Instant dueAt;

  private PortalScenario(
      @Nullable CheckResult unjudged,
      String code,
      List<Integer> expected,
      List<PortalRecords.Entry> entries,
      Duration waited,
      @Nullable Instant receivedAt,
      @Nullable Instant dueAt) {
    this.unjudged = unjudged;
    this.code = code;
    this.expected = List.copyOf(expected);
    this.entries = List.copyOf(entries);
    this.waited = waited;
    this.receivedAt = receivedAt;
    this.dueAt = dueAt;
  }

  static PortalScenario of(CheckContext context) {
    return context.shared(KEY, PortalScenario.class, () -> observe(context));
  }

  private static PortalScenario unjudged(CheckResult why) {
    return new PortalScenario(why, "", List.of(), List.of(), Duration.ZERO, null, null);
  }

  private static PortalScenario observe(CheckContext context) {
    Sandbox sandbox = context.runningSandbox().orElse(null);
    if (sandbox == null) {
      return unjudged(CheckResult.skipped(PortalRecords.NEEDS_SANDBOX));
    }
    Walkthrough w = Walkthrough.of(context);
    CommuneApi.Call receipt = w.calls.get(Walkthrough.RECEIVE);
    if (w.code == null || receipt == null) {
      Text why =
          w.stopped != null
              ? w.stopped
              : new Text("Kịch bản không nộp được hồ sơ", "the scenario filed no dossier");
      return unjudged(
          why.en().startsWith(Walkthrough.UNREACHABLE)
              ? CheckResult.error(why.en(), w.evidence(Walkthrough.RECEIVE))
              : CheckResult.skipped(
                  new Text(
                      "Không có hồ sơ để đối chiếu với Cổng: " + why.vi(),
                      "no dossier to compare with the portal: " + why.en())));
    }
    String code = w.code;
    List<Integer> expected = new ArrayList<>();
    expected.add(receipt.json().path("status").asInt(1));
    JsonNode latest = latestDossier(w);
    for (JsonNode h : latest.path("history")) {
      expected.add(h.path("to").asInt(-1));
    }
    long t0 = System.nanoTime();
    PortalRecords.await(
        () ->
            PortalRecords.missing(
                    expected, PortalRecords.statuses(PortalRecords.of(sandbox.portal(), code)))
                .isEmpty(),
        PortalRecords.portalWait(context));
    Duration waited = Duration.ofNanos(System.nanoTime() - t0);
    return new PortalScenario(
        null,
        code,
        expected,
        PortalRecords.of(sandbox.portal(), code),
        waited,
        instant(receipt.json().path("receivedAt")),
        instant(receipt.json().path("dueAt")));
  }

  private static JsonNode latestDossier(Walkthrough w) {
    for (String step :
        List.of(
            Walkthrough.FINAL,
            Walkthrough.SIGN,
            Walkthrough.SUPPLEMENT,
            Walkthrough.BEFORE_SUPPLEMENT,
            Walkthrough.REQUEST_SUPPLEMENT,
            Walkthrough.PROCESS,
            Walkthrough.ACCEPT,
            Walkthrough.STATUS)) {
      CommuneApi.Call c = w.calls.get(step);
      if (c != null && c.json().path("history").isArray()) {
        return c.json();
      }
    }
    return CommuneApi.JSON.missingNode();
  }

  static @Nullable Instant instant(JsonNode n) {
    try {
      return OffsetDateTime.parse(n.asText("")).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The expected statuses as text, {@code 1 → 2 → 4}. */
  String expectedText() {
    return join(expected);
  }

  String receivedText() {
    return join(PortalRecords.statuses(entries));
  }

  static String join(List<Integer> statuses) {
    return statuses.isEmpty()
        ? "(không có / none)"
        : String.join(" → ", statuses.stream().map(String::valueOf).toList());
  }
}
