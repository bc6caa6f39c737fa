package vn.lienthong.refapp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.ReferenceApp;
import vn.lienthong.sandbox.persona.Personas;

/**
 * Runs a full scenario (demo data, filing, every officer step, supplement, result, portal sync)
 * with the log captured, and finds no personal id number in clear in it.
 */
class LogPrivacyTest {

  @TempDir Path dataDir;

  @Test
  void logsOfAFullScenarioHoldNoUnmaskedPersonalId() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
    try (ReferenceApp app =
        ReferenceApp.start(
            AppConfig.of(
                Map.of(AppConfig.HTTP_PORT, "0", AppConfig.DATA_DIR, dataDir.toString())))) {
      // The documents module registers the real issuer (signed PDFs); it logs nothing personal
      // either.
      DossierService dossiers = app.context().require(DossierService.class);
      Officer receiver = DemoData.officer(Personas.require("officer-receiver"));
      Officer processor = DemoData.officer(Personas.require("officer-processor"));
      Officer approver = DemoData.officer(Personas.require("officer-approver"));
      DossierCode code =
          dossiers
              .submit(DossierServiceTest.birth(DossierServiceTest.validBirthForm()).build())
              .code();
      dossiers.act(receiver, code, OfficerCommand.of(DossierAction.ACCEPT));
      dossiers.act(processor, code, OfficerCommand.of(DossierAction.PROCESS));
      dossiers.act(
          processor,
          code,
          OfficerCommand.of(DossierAction.REQUEST_SUPPLEMENT)
              .withReason("Thiếu giấy tờ", List.of("Giấy chứng sinh")));
      dossiers.deliverSupplement(
          Requester.applicant(DossierServiceTest.LAN),
          code,
          new SupplementDelivery(null, null, List.of()));
      dossiers.act(approver, code, OfficerCommand.of(DossierAction.APPROVE_AND_SIGN));
      dossiers.act(
          DemoData.officer(Personas.require("officer-clerk")),
          code,
          OfficerCommand.of(DossierAction.AGENCY_SEAL));
      dossiers.act(receiver, code, OfficerCommand.of(DossierAction.HAND_OVER));
      try {
        dossiers.act(receiver, code, OfficerCommand.of(DossierAction.ACCEPT));
      } catch (RuntimeException expected) {
        // an illegal step: its error must not leak either
      }
      var portal = app.context().sandbox().orElseThrow().portal();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (portal.status(code.toString()).orElse(DossierStatus.NEW)
              != DossierStatus.RESULT_RETURNED
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
      }
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).as("the log was captured").contains("reference app listening");
    Matcher m = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])").matcher(log);
    StringBuilder found = new StringBuilder();
    while (m.find()) {
      found.append(m.group()).append(' ');
    }
    assertThat(found.toString()).as("12-digit numbers in the log").isEmpty();
    for (String id : List.of(DossierServiceTest.LAN, "001090017384", "001096009917")) {
      assertThat(log).doesNotContain(id);
    }
    assertThat(log).doesNotContain("Nguyễn Thị Lan");
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public synchronized void write(int c) throws java.io.IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }
}
