package vn.lienthong.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.calendar.ProcessingDeadline;

/** Random sequences of attempted transitions never leave the graph. */
class DossierPropertiesTest {

  private static final DossierStatus[] STATUSES = DossierStatus.values();

  @Test
  void randomTransitionSequencesStayInTheGraphAndHistoryCountsAcceptedSteps() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 2 * STATUSES.length - 1)).ofSizeBetween(0, 30))
        .checkAssert(
            attempts -> {
              Dossier d = TestDossiers.newDossier();
              Instant at = d.receivedAt();
              int accepted = 0;
              int n = 0;
              for (int a : attempts) {
                at = at.plusSeconds(3600 * 7);
                DossierStatus before = d.status();
                // Values above 9 replay an earlier id to exercise idempotency.
                boolean replay = a >= STATUSES.length && !d.history().isEmpty();
                DossierStatus target = STATUSES[a % STATUSES.length];
                String id = replay ? d.history().get(a % d.history().size()).id() : "t" + n++;
                try {
                  TransitionResult r =
                      d.moveTo(target, id, "officer", at, "why", TestDossiers.DAYS);
                  if (r.applied()) {
                    assertThat(before.canMoveTo(target)).isTrue();
                    accepted++;
                  } else {
                    assertThat(r.dossier()).isSameAs(d);
                  }
                  d = r.dossier();
                } catch (InvalidInputException e) {
                  assertThat(e.errorCode())
                      .isIn(CoreErrorCode.ILLEGAL_TRANSITION, CoreErrorCode.TRANSITION_ID_CONFLICT);
                  assertThat(d.status()).isEqualTo(before);
                }
                assertReachable(d);
              }
              assertThat(d.history()).hasSize(accepted);
            });
  }

  private static void assertReachable(Dossier d) {
    DossierStatus s = DossierStatus.NEW;
    for (Transition t : d.history()) {
      assertThat(t.from()).isEqualTo(s);
      assertThat(s.canMoveTo(t.to())).isTrue();
      s = t.to();
    }
    assertThat(d.status()).isEqualTo(s);
    long open = d.supplementRequests().stream().filter(SupplementRequest::isOpen).count();
    assertThat(open).isEqualTo(d.status() == DossierStatus.SUPPLEMENT_REQUESTED ? 1 : 0);
    List<Transition> toFive =
        d.history().stream().filter(t -> t.to() == DossierStatus.SUPPLEMENT_REQUESTED).toList();
    assertThat(d.supplementRequests()).hasSameSizeAs(toFive);
  }

  @Test
  void dueDateNeverMovesEarlierThroughASupplement() {
    qt().withExamples(300)
        .forAll(integers().between(0, 15), integers().between(0, 20), integers().between(0, 20))
        .checkAssert(
            (deadline, requestAfter, answerAfter) -> {
              Instant received = TestDossiers.RECEIVED;
              Dossier d = TestDossiers.newDossier(received, new ProcessingDeadline(deadline));
              d =
                  d.moveTo(DossierStatus.ACCEPTED, "a", "o", received, null, TestDossiers.DAYS)
                      .dossier();
              d =
                  d.moveTo(DossierStatus.IN_PROGRESS, "b", "o", received, null, TestDossiers.DAYS)
                      .dossier();
              Instant due = d.dueAt();
              Instant requested = received.plusSeconds(86_400L * requestAfter);
              Instant answered = requested.plusSeconds(86_400L * answerAfter);
              d =
                  d.moveTo(
                          DossierStatus.SUPPLEMENT_REQUESTED,
                          "s",
                          "o",
                          requested,
                          "r",
                          TestDossiers.DAYS)
                      .dossier()
                      .moveTo(
                          DossierStatus.IN_PROGRESS, "c", "o", answered, null, TestDossiers.DAYS)
                      .dossier();
              assertThat(d.dueAt()).isAfterOrEqualTo(due);
            });
  }
}
