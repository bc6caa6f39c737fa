package vn.lienthong.core.dossier;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import vn.lienthong.core.LienThongException;

/**
 * Fuzz tests of the portal parsers and of the lifecycle: whatever the input, only {@link
 * LienThongException} may escape. In the normal build they replay the committed corpus in {@code
 * src/test/resources/vn/lienthong/core/dossier/DossierFuzzTestInputs/<method>/}; with {@code
 * JAZZER_FUZZ=1} they fuzz for real.
 */
class DossierFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void portalParsers(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 2);
    String input = data.consumeRemainingAsString();
    try {
      switch (which) {
        case 0 -> PortalCodes.formatDate(PortalCodes.parseDate(input));
        case 1 -> PortalCodes.parseStatus(input).allowedTargets();
        default -> PortalCodes.parseChannel(input);
      }
    } catch (LienThongException expected) {
      // Rejected with a code: fine.
    }
  }

  @FuzzTest(maxDuration = "30s")
  void transitionSequences(FuzzedDataProvider data) {
    Dossier d = TestDossiers.newDossier();
    Instant at = d.receivedAt();
    while (data.remainingBytes() > 0) {
      DossierStatus target = DossierStatus.values()[data.consumeInt(0, 9)];
      String id = data.consumeString(8);
      at = at.plusSeconds(data.consumeInt(-3600, 86_400 * 3));
      String reason = data.consumeString(16);
      try {
        d =
            d.moveTo(target, id, "officer", at, reason.isEmpty() ? null : reason, TestDossiers.DAYS)
                .dossier();
        d.isOverdue(at);
        d.workingDaysOverdue(at, TestDossiers.DAYS);
      } catch (LienThongException expected) {
        // Rejected with a code: fine.
      }
    }
  }
}
