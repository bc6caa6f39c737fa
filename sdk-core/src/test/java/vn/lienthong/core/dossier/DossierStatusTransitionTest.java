package vn.lienthong.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.core.dossier.DossierStatus.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;

/** Every one of the 10x10 status pairs, legal or not, on a real dossier. */
class DossierStatusTransitionTest {

  /** The expected graph, written out independently of {@link DossierStatus}. */
  private static final Map<DossierStatus, Set<DossierStatus>> LEGAL =
      Map.of(
          NEW, EnumSet.of(ACCEPTED, NOT_ACCEPTED, WITHDRAWN),
          ACCEPTED, EnumSet.of(IN_PROGRESS, WITHDRAWN),
          NOT_ACCEPTED, EnumSet.noneOf(DossierStatus.class),
          IN_PROGRESS,
              EnumSet.of(
                  SUPPLEMENT_REQUESTED,
                  FINANCIAL_OBLIGATION_REQUESTED,
                  WITHDRAWN,
                  STOPPED,
                  PROCESSED),
          SUPPLEMENT_REQUESTED, EnumSet.of(IN_PROGRESS, WITHDRAWN, STOPPED),
          FINANCIAL_OBLIGATION_REQUESTED, EnumSet.of(IN_PROGRESS, WITHDRAWN, STOPPED),
          WITHDRAWN, EnumSet.noneOf(DossierStatus.class),
          STOPPED, EnumSet.noneOf(DossierStatus.class),
          PROCESSED, EnumSet.of(RESULT_RETURNED),
          RESULT_RETURNED, EnumSet.noneOf(DossierStatus.class));

  static Stream<Arguments> allPairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (DossierStatus from : values()) {
      for (DossierStatus to : values()) {
        pairs.add(Arguments.of(from, to, LEGAL.get(from).contains(to)));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}: legal={2}")
  @MethodSource("allPairs")
  void appliesLegalAndRejectsIllegalTransitions(
      DossierStatus from, DossierStatus to, boolean legal) {
    Dossier d = TestDossiers.inStatus(from);
    assertThat(d.status()).isEqualTo(from);
    assertThat(from.canMoveTo(to)).isEqualTo(legal);
    Instant at =
        d.history().isEmpty() ? d.receivedAt() : d.history().get(d.history().size() - 1).at();
    if (legal) {
      TransitionResult r =
          d.moveTo(to, "t", "officer", at.plusSeconds(60), "why", TestDossiers.DAYS);
      assertThat(r.applied()).isTrue();
      assertThat(r.dossier().status()).isEqualTo(to);
      assertThat(r.transition().from()).isEqualTo(from);
      assertThat(r.transition().to()).isEqualTo(to);
      assertThat(r.dossier().history()).hasSize(d.history().size() + 1).endsWith(r.transition());
      assertThat(d.status()).as("the original is unchanged").isEqualTo(from);
    } else {
      assertThatThrownBy(
              () -> d.moveTo(to, "t", "officer", at.plusSeconds(60), "why", TestDossiers.DAYS))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(CoreErrorCode.ILLEGAL_TRANSITION);
                assertThat(e.details().arguments())
                    .containsEntry("from", from.portalCode() + " " + from.name())
                    .containsEntry("to", to.portalCode() + " " + to.name());
                for (DossierStatus allowed : LEGAL.get(from)) {
                  assertThat(e.details().arguments().get("allowed")).contains(allowed.name());
                }
              });
    }
  }

  @Test
  void terminalStatusesAreExactlyThreeSevenEightAndTen() {
    assertThat(EnumSet.allOf(DossierStatus.class).stream().filter(DossierStatus::isTerminal))
        .containsExactlyInAnyOrder(NOT_ACCEPTED, WITHDRAWN, STOPPED, RESULT_RETURNED);
  }

  @Test
  void noStatusLeadsBackToNew() {
    for (DossierStatus s : values()) {
      assertThat(s.allowedTargets()).doesNotContain(NEW);
    }
  }

  @Test
  void portalCodesRunOneToTenWithVietnameseLabels() {
    for (DossierStatus s : values()) {
      assertThat(s.portalCode()).isEqualTo(s.ordinal() + 1);
      assertThat(DossierStatus.ofPortalCode(s.portalCode())).isSameAs(s);
    }
    assertThat(IN_PROGRESS.vietnameseLabel()).isEqualTo("Đang xử lý");
    assertThat(FINANCIAL_OBLIGATION_REQUESTED.vietnameseLabel())
        .isEqualTo("Yêu cầu thực hiện nghĩa vụ tài chính");
  }

  @Test
  void illegalTransitionMessageNamesFromToAndAllowedTargets() {
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, () -> PROCESSED.checkMoveTo(IN_PROGRESS));
    assertThat(e.getMessage()).contains("9 PROCESSED", "4 IN_PROGRESS", "10 RESULT_RETURNED");
  }
}
