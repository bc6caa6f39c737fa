package vn.lienthong.refapp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.ErrorCatalogue;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.ReferenceApp;
import vn.lienthong.refapp.store.AuditEvent;
import vn.lienthong.refapp.store.AuditStore;
import vn.lienthong.refapp.store.StoredDossier;
import vn.lienthong.sandbox.persona.Personas;

class DossierServiceTest {

  @TempDir static Path dataDir;

  private static ReferenceApp app;
  private static DossierService dossiers;

  static final String LAN = "001192004521";
  static final Officer RECEIVER = DemoData.officer(Personas.require("officer-receiver"));
  static final Officer PROCESSOR = DemoData.officer(Personas.require("officer-processor"));
  static final Officer APPROVER = DemoData.officer(Personas.require("officer-approver"));
  static final Officer CLERK = DemoData.officer(Personas.require("officer-clerk"));
  static final Officer MOVED = DemoData.officer(Personas.require("officer-moved"));
  static final Officer PROVINCE = DemoData.officer(Personas.require("officer-province-admin"));

  @BeforeAll
  static void start() {
    app =
        ReferenceApp.start(
            AppConfig.of(
                Map.of(
                    AppConfig.HTTP_PORT, "0",
                    AppConfig.DATA_DIR, dataDir.toString(),
                    AppConfig.DEMO_DATA, "false")));
    dossiers = app.context().require(DossierService.class);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Submission.Builder birth(String form) {
    return Submission.builder()
        .procedure(ProcedureCode.parse("1.001193"))
        .formData(form)
        .applicant(
            Applicant.citizen(PersonalIdNumber.parse(LAN), PersonName.parse("Nguyễn Thị Lan")))
        .competentCommune("00004");
  }

  static String validBirthForm() {
    return DemoData.resource("/vn/lienthong/core/forms/birth-registration/examples/valid.json");
  }

  @Test
  void filesABirthRegistrationWithCodeDueDateAndAuditEntry() {
    SubmissionReceipt r = dossiers.submit(birth(validBirthForm()).receivingOffice("00008").build());
    assertThat(r.created()).isTrue();
    assertThat(r.status()).isEqualTo(DossierStatus.NEW);
    assertThat(r.code().agency().value()).isEqualTo("000.08.01.H26");
    assertThat(r.dueAt()).isAfter(r.receivedAt());
    StoredDossier d = dossiers.details(Requester.applicant(LAN), r.code());
    assertThat(d.dossier().competentCommune().code()).isEqualTo("00004");
    assertThat(d.dossier().receivingOffice().code()).isEqualTo("00008");
    assertThat(d.procedureName()).isEqualTo("Đăng ký khai sinh");
    // The outbox dispatcher may already have delivered the portal sync; it comes after the filing.
    assertThat(dossiers.auditTrail(Requester.system("test"), r.code()))
        .extracting(AuditEvent::type)
        .startsWith("submitted")
        .containsOnlyOnce("submitted")
        .isSubsetOf("submitted", "portal-sync");
  }

  @Test
  void doubleSubmitWithTheSameIdempotencyKeyMakesOneDossier() {
    Submission s = birth(validBirthForm()).idempotencyKey("web", "key-double-submit-1").build();
    SubmissionReceipt first = dossiers.submit(s);
    SubmissionReceipt second = dossiers.submit(s);
    assertThat(second.code()).isEqualTo(first.code());
    assertThat(second.created()).isFalse();
    Submission other =
        birth(validBirthForm().replace("\"copiesRequested\": 2", "\"copiesRequested\": 3"))
            .idempotencyKey("web", "key-double-submit-1")
            .build();
    assertThatThrownBy(() -> dossiers.submit(other))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.IDEMPOTENCY_CONFLICT.code()));
  }

  @Test
  void concurrentDoubleSubmitsMakeOneDossier() throws Exception {
    Submission s = birth(validBirthForm()).idempotencyKey("portal", "key-concurrent-1").build();
    List<java.util.concurrent.Callable<SubmissionReceipt>> calls =
        java.util.Collections.nCopies(6, () -> dossiers.submit(s));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<DossierCode> codes =
          pool.invokeAll(calls).stream()
              .map(
                  f -> {
                    try {
                      return f.get().code();
                    } catch (Exception e) {
                      throw new AssertionError(e);
                    }
                  })
              .distinct()
              .toList();
      assertThat(codes).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invalidFormGivesFieldLevelVietnameseErrors() {
    String bad =
        DemoData.resource(
            "/vn/lienthong/core/forms/birth-registration/examples/invalid-missing-child-name.json");
    assertThatThrownBy(() -> dossiers.submit(birth(bad).build()))
        .isInstanceOfSatisfying(
            FormRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("LT-APP-0101");
              assertThat(e.errors()).isNotEmpty();
              assertThat(e.errors().get(0).pointer()).startsWith("/child");
              assertThat(e.errors().get(0).messageVi()).isNotBlank();
            });
  }

  @Test
  void officerOfAnotherCommuneCanNeitherSeeNorAct() {
    DossierCode code = dossiers.submit(birth(validBirthForm()).build()).code();
    assertThatThrownBy(() -> dossiers.details(Requester.officer(MOVED), code))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.OUT_OF_JURISDICTION.code()));
    assertThatThrownBy(() -> dossiers.act(MOVED, code, OfficerCommand.of(DossierAction.ACCEPT)))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.OUT_OF_JURISDICTION.code()));
    assertThat(dossiers.inbox(MOVED)).noneMatch(i -> i.dossier().code().equals(code));
    assertThat(dossiers.inbox(RECEIVER)).anyMatch(i -> i.dossier().code().equals(code));
    assertThat(dossiers.details(Requester.officer(RECEIVER), code).dossier().status())
        .isEqualTo(DossierStatus.NEW);
  }

  @Test
  void officerWithoutTheRoleIsRefused() {
    DossierCode code = dossiers.submit(birth(validBirthForm()).build()).code();
    assertThatThrownBy(() -> dossiers.act(PROCESSOR, code, OfficerCommand.of(DossierAction.ACCEPT)))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.OUT_OF_JURISDICTION.code()));
  }

  @Test
  void applicantSeesOnlyOwnDossiers() {
    DossierCode code = dossiers.submit(birth(validBirthForm()).build()).code();
    assertThatThrownBy(() -> dossiers.details(Requester.applicant("001090017384"), code))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.NOT_THE_APPLICANT.code()));
    assertThat(dossiers.dossiersOf(LAN)).anyMatch(r -> r.code().equals(code));
  }

  @Test
  void illegalTransitionIsRejectedWithItsCode() {
    DossierCode code = dossiers.submit(birth(validBirthForm()).build()).code();
    assertThatThrownBy(
            () -> dossiers.act(RECEIVER, code, OfficerCommand.of(DossierAction.HAND_OVER)))
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo("LT-CORE-0601"));
    assertThatThrownBy(() -> dossiers.act(RECEIVER, code, OfficerCommand.of(DossierAction.REFUSE)))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.INVALID_REQUEST.code()));
  }

  @Test
  void approveWithoutResultIssuerAnswersUnavailable() {
    DossierCode code = dossiers.submit(birth(validBirthForm()).build()).code();
    dossiers.act(RECEIVER, code, OfficerCommand.of(DossierAction.ACCEPT));
    dossiers.act(PROCESSOR, code, OfficerCommand.of(DossierAction.PROCESS));
    if (app.context().find(ResultIssuer.class).isEmpty()) {
      assertThatThrownBy(
              () -> dossiers.act(APPROVER, code, OfficerCommand.of(DossierAction.APPROVE_AND_SIGN)))
          .isInstanceOfSatisfying(
              LienThongException.class,
              e -> {
                assertThat(e.code()).isEqualTo(RefappErrorCode.RESULT_ISSUER_UNAVAILABLE.code());
                assertThat(e.errorCode().httpStatus()).isEqualTo(503);
              });
    }
  }

  @Test
  void clerkOfAnotherCommuneCannotSeal() {
    if (app.context().find(ResultIssuer.class).isEmpty()) {
      app.context().register(ResultIssuer.class, new TestPdfIssuer());
    }
    DossierCode code = dossiers.submit(birth(validBirthForm()).build()).code();
    dossiers.act(RECEIVER, code, OfficerCommand.of(DossierAction.ACCEPT));
    dossiers.act(PROCESSOR, code, OfficerCommand.of(DossierAction.PROCESS));
    dossiers.act(APPROVER, code, OfficerCommand.of(DossierAction.APPROVE_AND_SIGN));
    java.util.Set<vn.lienthong.identity.officer.OfficerRole> clerk =
        java.util.EnumSet.of(vn.lienthong.identity.officer.OfficerRole.CLERK);
    Officer elsewhere =
        Officer.builder()
            .subject("clerk-ngoc-ha")
            .officerId("CB-00008-0009")
            .fullName("Đỗ Thị Hạnh")
            .agency(CLERK.agency())
            .roles(clerk)
            .assignments(
                List.of(
                    new vn.lienthong.identity.officer.Assignment(
                        "00008",
                        vn.lienthong.identity.officer.UnitLevel.COMMUNE,
                        clerk,
                        java.time.LocalDate.of(2025, 7, 1),
                        null)))
            .build();
    assertThatThrownBy(
            () -> dossiers.act(elsewhere, code, OfficerCommand.of(DossierAction.AGENCY_SEAL)))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.OUT_OF_JURISDICTION.code()));
    assertThat(
            DossierService.awaitingSeal(dossiers.details(Requester.officer(CLERK), code).dossier()))
        .isTrue();
  }

  @Test
  void fullLifecycleReachesThePortalAndKeepsAnIntactAuditTrail() throws Exception {
    if (app.context().find(ResultIssuer.class).isEmpty()) {
      app.context().register(ResultIssuer.class, new TestPdfIssuer());
    }
    DossierCode code = dossiers.submit(birth(validBirthForm()).build()).code();
    dossiers.act(RECEIVER, code, OfficerCommand.of(DossierAction.ACCEPT));
    dossiers.act(PROCESSOR, code, OfficerCommand.of(DossierAction.PROCESS));
    StoredDossier asked =
        dossiers.act(
            PROCESSOR,
            code,
            OfficerCommand.of(DossierAction.REQUEST_SUPPLEMENT)
                .withReason("Thiếu giấy chứng sinh", List.of("Giấy chứng sinh bản chính")));
    assertThat(asked.dossier().status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    NewFile scan = new NewFile("giay-chung-sinh.pdf", "application/pdf", new byte[] {'%', 'P'});
    SupplementDelivery delivery = new SupplementDelivery("delivery-1", "Đã bổ sung", List.of(scan));
    StoredDossier resumed = dossiers.deliverSupplement(Requester.applicant(LAN), code, delivery);
    assertThat(resumed.dossier().status()).isEqualTo(DossierStatus.IN_PROGRESS);
    assertThat(resumed.dossier().attachments()).hasSize(1);
    StoredDossier again = dossiers.deliverSupplement(Requester.applicant(LAN), code, delivery);
    assertThat(again.dossier().history()).hasSize(resumed.dossier().history().size());
    StoredDossier signed =
        dossiers.act(
            APPROVER,
            code,
            OfficerCommand.of(DossierAction.APPROVE_AND_SIGN).withTransitionId("approve-1"));
    assertThat(signed.dossier().status()).isEqualTo(DossierStatus.PROCESSED);
    assertThat(signed.dossier().results()).isEmpty();
    assertThat(DossierService.awaitingSeal(signed.dossier())).isTrue();
    assertThatThrownBy(
            () -> dossiers.act(RECEIVER, code, OfficerCommand.of(DossierAction.HAND_OVER)))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.RESULT_AWAITING_SEAL.code()));
    assertThatThrownBy(
            () -> dossiers.act(APPROVER, code, OfficerCommand.of(DossierAction.AGENCY_SEAL)))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.OUT_OF_JURISDICTION.code()));
    StoredDossier sealed = dossiers.act(CLERK, code, OfficerCommand.of(DossierAction.AGENCY_SEAL));
    assertThat(sealed.dossier().status()).isEqualTo(DossierStatus.PROCESSED);
    assertThat(sealed.dossier().results()).hasSize(1);
    assertThat(DossierService.awaitingSeal(sealed.dossier())).isFalse();
    assertThatThrownBy(
            () -> dossiers.act(CLERK, code, OfficerCommand.of(DossierAction.AGENCY_SEAL)))
        .isInstanceOfSatisfying(
            LienThongException.class,
            e -> assertThat(e.code()).isEqualTo(RefappErrorCode.NOT_AWAITING_SEAL.code()));
    ResultFile result = dossiers.result(Requester.applicant(LAN), code);
    assertThat(new String(result.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    dossiers.act(RECEIVER, code, OfficerCommand.of(DossierAction.HAND_OVER));

    List<AuditEvent> trail = dossiers.auditTrail(Requester.officer(RECEIVER), code);
    assertThat(trail)
        .extracting(AuditEvent::type)
        .startsWith("submitted")
        .contains("supplement-delivered", "result-approved", "result-issued");
    assertThat(AuditStore.intact(code, trail)).isTrue();

    var portal = app.context().sandbox().orElseThrow().portal();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (portal.status(code.toString()).orElse(DossierStatus.NEW) != DossierStatus.RESULT_RETURNED
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertThat(portal.status(code.toString()))
        .as(
            () ->
                "portal got "
                    + portal.received(code.toString())
                    + "; dead letters "
                    + vn.lienthong.registry.outbox.OutboxOperations.create(
                            app.context().dataSource())
                        .deadLetters(10))
        .contains(DossierStatus.RESULT_RETURNED);
    assertThat(portal.received(code.toString())).hasSize(7);
  }

  @Test
  void concurrentOfficerStepsOnOneDossierApplyOnce() throws Exception {
    DossierCode code = dossiers.submit(birth(validBirthForm()).build()).code();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        outcomes.add(
            pool.submit(
                () -> {
                  try {
                    dossiers.act(RECEIVER, code, OfficerCommand.of(DossierAction.ACCEPT));
                    return "ok";
                  } catch (LienThongException e) {
                    return e.code();
                  }
                }));
      }
      List<String> codes = new java.util.ArrayList<>();
      for (var f : outcomes) {
        codes.add(f.get());
      }
      assertThat(codes).containsOnlyOnce("ok");
      assertThat(codes).filteredOn(c -> !c.equals("ok")).containsOnly("LT-CORE-0601");
    } finally {
      pool.shutdownNow();
    }
    StoredDossier d = dossiers.details(Requester.officer(RECEIVER), code);
    assertThat(d.dossier().history()).hasSize(1);
    assertThat(d.version()).isEqualTo(2);
  }

  @Test
  void publicStatusShowsOnlyTheMaskedName() {
    DossierCode code = dossiers.submit(birth(validBirthForm()).build()).code();
    PublicStatus s = dossiers.publicStatus(code).orElseThrow();
    assertThat(s.maskedApplicantName()).doesNotContain("Lan").isNotEqualTo("Nguyễn Thị Lan");
    assertThat(s.toString()).doesNotContain(LAN);
    assertThat(s.competentCommuneName()).isNotBlank();
  }

  @Test
  void inboxPutsOverdueDossiersFirstAndProvinceOfficersSeeTheirCommunes() {
    List<InboxItem> inbox = dossiers.inbox(PROVINCE);
    assertThat(inbox).isNotEmpty();
    for (int i = 1; i < inbox.size(); i++) {
      InboxItem a = inbox.get(i - 1);
      InboxItem b = inbox.get(i);
      assertThat(!a.overdue() && b.overdue()).isFalse();
    }
  }

  @Test
  void everyErrorCodeHasVietnameseAndEnglishTexts() {
    assertThat(ErrorCatalogue.problems(RefappErrorCode.class)).isEmpty();
  }
}
