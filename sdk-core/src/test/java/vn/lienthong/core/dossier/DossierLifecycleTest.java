package vn.lienthong.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.core.dossier.TestDossiers.DAYS;
import static vn.lienthong.core.dossier.TestDossiers.vn;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.calendar.ProcessingDeadline;

class DossierLifecycleTest {

  private static Dossier inProgress() {
    Dossier d = TestDossiers.newDossier();
    d =
        d.moveTo(DossierStatus.ACCEPTED, "t1", "one-stop", vn(2026, 3, 2, 9, 5), null, DAYS)
            .dossier();
    return d.moveTo(DossierStatus.IN_PROGRESS, "t2", "officer", vn(2026, 3, 2, 10, 0), null, DAYS)
        .dossier();
  }

  @Test
  void sevenWorkingDayDossierReceivedMondayIsDueNextWednesdayAtFive() {
    Dossier d = TestDossiers.newDossier();
    assertThat(d.status()).isEqualTo(DossierStatus.NEW);
    assertThat(d.dueAt()).isEqualTo(vn(2026, 3, 11, 17, 0));
  }

  @Test
  void keepsHistoryWithActorTimeAndReason() {
    Dossier d = inProgress();
    d =
        d.moveTo(DossierStatus.PROCESSED, "t3", "chairman", vn(2026, 3, 5, 8, 0), "signed", DAYS)
            .dossier();
    assertThat(d.history())
        .extracting(Transition::id, Transition::from, Transition::to, Transition::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "t1", DossierStatus.NEW, DossierStatus.ACCEPTED, "one-stop"),
            org.assertj.core.groups.Tuple.tuple(
                "t2", DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS, "officer"),
            org.assertj.core.groups.Tuple.tuple(
                "t3", DossierStatus.IN_PROGRESS, DossierStatus.PROCESSED, "chairman"));
    assertThat(d.history().get(2).at()).isEqualTo(vn(2026, 3, 5, 8, 0));
    assertThat(d.history().get(2).reason()).isEqualTo("signed");
  }

  @Test
  void supplementPausesAndMovesTheDueDateByThePausedWorkingDays() {
    // 7 working days from Monday 2 March: due Wednesday 11 March.
    Dossier d = inProgress();
    // Supplement requested after 2 working days (Wednesday 4 March): 5 working days left.
    d =
        d.requestSupplement(
                "s1",
                "officer",
                vn(2026, 3, 4, 10, 0),
                "Thiếu giấy tờ",
                List.of("Giấy xác nhận chỗ ở hợp pháp"),
                DAYS)
            .dossier();
    assertThat(d.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(d.openSupplementRequest())
        .get()
        .extracting(SupplementRequest::remainingWorkingDays)
        .isEqualTo(5);
    // Paused: not overdue even long after the original due date.
    assertThat(d.isOverdue(vn(2026, 3, 20, 9, 0))).isFalse();

    // Answered 5 working days later (Wednesday 11 March): due 5 working days after that.
    Instant answered = vn(2026, 3, 11, 14, 0);
    d =
        d.moveTo(DossierStatus.IN_PROGRESS, "s1-answer", "one-stop", answered, null, DAYS)
            .dossier();
    assertThat(d.dueAt()).isEqualTo(vn(2026, 3, 18, 17, 0));
    assertThat(
            DAYS.workingDaysBetween(
                vn(2026, 3, 11, 0, 0).atZone(PortalCodes.VIET_NAM).toLocalDate(),
                d.dueAt().atZone(PortalCodes.VIET_NAM).toLocalDate()))
        .isEqualTo(5);
    assertThat(d.supplementRequests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.answeredAt()).isEqualTo(answered);
              assertThat(r.isOpen()).isFalse();
              assertThat(r.items()).containsExactly("Giấy xác nhận chỗ ở hợp pháp");
            });
    assertThat(d.openSupplementRequest()).isEmpty();
  }

  @Test
  void supplementRequestedAfterTheDueDateDoesNotMoveIt() {
    Dossier d = inProgress();
    Instant due = d.dueAt();
    d =
        d.moveTo(
                DossierStatus.SUPPLEMENT_REQUESTED,
                "s",
                "officer",
                vn(2026, 3, 13, 9, 0),
                "Thiếu ảnh",
                DAYS)
            .dossier();
    assertThat(d.supplementRequests().get(0).remainingWorkingDays())
        .isEqualTo(SupplementRequest.OVERDUE);
    d =
        d.moveTo(DossierStatus.IN_PROGRESS, "a", "officer", vn(2026, 3, 16, 9, 0), null, DAYS)
            .dossier();
    assertThat(d.dueAt()).isEqualTo(due);
    assertThat(d.isOverdue(vn(2026, 3, 16, 9, 0))).isTrue();
  }

  @Test
  void withdrawalWhileAwaitingSupplementClosesTheRequestWithoutMovingTheDueDate() {
    Dossier d = inProgress();
    Instant due = d.dueAt();
    d =
        d.moveTo(
                DossierStatus.SUPPLEMENT_REQUESTED,
                "s",
                "officer",
                vn(2026, 3, 4, 9, 0),
                "Thiếu ảnh",
                DAYS)
            .dossier()
            .moveTo(
                DossierStatus.WITHDRAWN,
                "w",
                "citizen",
                vn(2026, 3, 5, 9, 0),
                "Không cần nữa",
                DAYS)
            .dossier();
    assertThat(d.dueAt()).isEqualTo(due);
    assertThat(d.supplementRequests().get(0).isOpen()).isFalse();
    assertThat(d.isOverdue(vn(2026, 4, 1, 9, 0))).isFalse();
  }

  @Test
  void isOverdueAfterTheDueInstantAndCountsWorkingDays() {
    Dossier d = inProgress();
    assertThat(d.isOverdue(vn(2026, 3, 11, 16, 59))).isFalse();
    assertThat(d.isOverdue(vn(2026, 3, 11, 17, 1))).isTrue();
    assertThat(d.workingDaysOverdue(vn(2026, 3, 11, 17, 1), DAYS)).isZero();
    // Thursday 12, Friday 13, Monday 16 March: 3 working days late.
    assertThat(d.workingDaysOverdue(vn(2026, 3, 16, 9, 0), DAYS)).isEqualTo(3);
    assertThat(d.workingDaysOverdue(vn(2026, 3, 5, 9, 0), DAYS)).isZero();
  }

  @Test
  void processedDossierIsOverdueOnlyIfProcessedLate() {
    Dossier onTime =
        inProgress()
            .moveTo(DossierStatus.PROCESSED, "p", "officer", vn(2026, 3, 10, 9, 0), null, DAYS)
            .dossier();
    assertThat(onTime.isOverdue(vn(2027, 1, 1, 0, 0))).isFalse();
    Dossier late =
        inProgress()
            .moveTo(DossierStatus.PROCESSED, "p", "officer", vn(2026, 3, 13, 9, 0), null, DAYS)
            .dossier()
            .moveTo(
                DossierStatus.RESULT_RETURNED, "r", "one-stop", vn(2026, 3, 20, 9, 0), null, DAYS)
            .dossier();
    assertThat(late.isOverdue(vn(2027, 1, 1, 0, 0))).isTrue();
    assertThat(late.workingDaysOverdue(vn(2027, 1, 1, 0, 0), DAYS)).isEqualTo(2);
  }

  @Test
  void refusedWithdrawnAndStoppedDossiersAreNeverOverdue() {
    Instant later = vn(2027, 1, 1, 0, 0);
    assertThat(TestDossiers.inStatus(DossierStatus.NOT_ACCEPTED).isOverdue(later)).isFalse();
    assertThat(TestDossiers.inStatus(DossierStatus.WITHDRAWN).isOverdue(later)).isFalse();
    assertThat(TestDossiers.inStatus(DossierStatus.STOPPED).isOverdue(later)).isFalse();
    assertThat(TestDossiers.inStatus(DossierStatus.FINANCIAL_OBLIGATION_REQUESTED).isOverdue(later))
        .isTrue();
  }

  @Test
  void repeatingATransitionIdIsANoOp() {
    Dossier d = inProgress();
    TransitionResult first =
        d.moveTo(DossierStatus.PROCESSED, "p", "officer", vn(2026, 3, 5, 9, 0), null, DAYS);
    TransitionResult again =
        first
            .dossier()
            .moveTo(DossierStatus.PROCESSED, "p", "officer", vn(2026, 3, 5, 9, 1), null, DAYS);
    assertThat(first.applied()).isTrue();
    assertThat(again.applied()).isFalse();
    assertThat(again.dossier()).isSameAs(first.dossier());
    assertThat(again.transition()).isEqualTo(first.transition());
    assertThat(again.dossier().history()).hasSize(3);
    // Even an old id, replayed after later transitions, is a no-op rather than an illegal move.
    assertThat(
            again
                .dossier()
                .moveTo(DossierStatus.ACCEPTED, "t1", "x", Instant.EPOCH, null, DAYS)
                .applied())
        .isFalse();
  }

  @Test
  void rejectsATransitionIdReusedForAnotherTransition() {
    Dossier d = inProgress();
    assertThatThrownBy(
            () ->
                d.moveTo(
                    DossierStatus.PROCESSED, "t2", "officer", vn(2026, 3, 5, 9, 0), null, DAYS))
        .isInstanceOf(LienThongException.class)
        .extracting(e -> ((LienThongException) e).errorCode())
        .isEqualTo(CoreErrorCode.TRANSITION_ID_CONFLICT);
  }

  @Test
  void rejectsATransitionDatedBeforeTheLastEvent() {
    Dossier d = inProgress();
    assertThatThrownBy(
            () ->
                d.moveTo(
                    DossierStatus.PROCESSED, "p", "officer", vn(2026, 3, 2, 9, 30), null, DAYS))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errorCode())
        .isEqualTo(CoreErrorCode.TRANSITION_OUT_OF_ORDER);
  }

  @Test
  void supplementRequestNeedsAReasonAndItems() {
    Dossier d = inProgress();
    assertThatThrownBy(
            () ->
                d.moveTo(
                    DossierStatus.SUPPLEMENT_REQUESTED, "s", "o", vn(2026, 3, 3, 9, 0), null, DAYS))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errorCode())
        .isEqualTo(CoreErrorCode.REQUIRED);
    assertThatThrownBy(
            () -> d.requestSupplement("s", "o", vn(2026, 3, 3, 9, 0), "Thiếu", List.of(), DAYS))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void restoresAStoredDossierFromItsHistory() {
    Dossier d = inProgress();
    Dossier restored = TestDossiers.newDossier().toBuilder().history(d.history()).build();
    assertThat(restored).isEqualTo(d);
    assertThat(restored.status()).isEqualTo(DossierStatus.IN_PROGRESS);
  }

  @Test
  void rejectsAStoredHistoryWithAnIllegalStep() {
    Transition bad =
        new Transition(
            "x", DossierStatus.NEW, DossierStatus.PROCESSED, "o", vn(2026, 3, 3, 9, 0), null);
    assertThatThrownBy(() -> TestDossiers.newDossier().toBuilder().history(List.of(bad)).build())
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void birthRegistrationReceivedFridayAfterThreeIsDueMonday() {
    ProcessingDeadline sameDay = ProcessingDeadline.sameDay();
    assertThat(DAYS.dueAt(vn(2026, 3, 6, 16, 0), sameDay)).isEqualTo(vn(2026, 3, 9, 17, 0));
    assertThat(DAYS.dueAt(vn(2026, 3, 6, 14, 59), sameDay)).isEqualTo(vn(2026, 3, 6, 17, 0));
    assertThat(DAYS.dueAt(vn(2026, 3, 7, 10, 0), sameDay)).isEqualTo(vn(2026, 3, 9, 17, 0));
  }

  @Test
  void dossierReceivedOnAWeekendCountsFromTheNextWorkingDay() {
    ProcessingDeadline three = ProcessingDeadline.workingDays(3);
    assertThat(DAYS.dueAt(vn(2026, 3, 7, 10, 0), three))
        .isEqualTo(DAYS.dueAt(vn(2026, 3, 9, 10, 0), three));
  }
}
