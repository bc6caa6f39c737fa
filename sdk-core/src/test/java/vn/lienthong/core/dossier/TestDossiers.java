package vn.lienthong.core.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.text.PersonName;

/** Dossiers for tests. */
final class TestDossiers {

  static final WorkingDays DAYS = WeekendsOnly.INSTANCE;

  /** Monday 2 March 2026, 09:00 in Viet Nam. */
  static final Instant RECEIVED = vn(2026, 3, 2, 9, 0);

  /** The statuses passed through to reach each status from NEW. */
  static final Map<DossierStatus, List<DossierStatus>> PATHS =
      Map.of(
          DossierStatus.NEW, List.of(),
          DossierStatus.ACCEPTED, List.of(DossierStatus.ACCEPTED),
          DossierStatus.NOT_ACCEPTED, List.of(DossierStatus.NOT_ACCEPTED),
          DossierStatus.IN_PROGRESS, List.of(DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS),
          DossierStatus.SUPPLEMENT_REQUESTED,
              List.of(
                  DossierStatus.ACCEPTED,
                  DossierStatus.IN_PROGRESS,
                  DossierStatus.SUPPLEMENT_REQUESTED),
          DossierStatus.FINANCIAL_OBLIGATION_REQUESTED,
              List.of(
                  DossierStatus.ACCEPTED,
                  DossierStatus.IN_PROGRESS,
                  DossierStatus.FINANCIAL_OBLIGATION_REQUESTED),
          DossierStatus.WITHDRAWN, List.of(DossierStatus.WITHDRAWN),
          DossierStatus.STOPPED,
              List.of(DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS, DossierStatus.STOPPED),
          DossierStatus.PROCESSED,
              List.of(DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS, DossierStatus.PROCESSED),
          DossierStatus.RESULT_RETURNED,
              List.of(
                  DossierStatus.ACCEPTED,
                  DossierStatus.IN_PROGRESS,
                  DossierStatus.PROCESSED,
                  DossierStatus.RESULT_RETURNED));

  private TestDossiers() {}

  static Instant vn(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(PortalCodes.VIET_NAM).toInstant();
  }

  static Applicant citizen() {
    return Applicant.citizen(
        PersonalIdNumber.parse("001099012345"), PersonName.parse("Nguyễn Văn An"));
  }

  /** A new permanent-residence dossier (7 working days) received at {@link #RECEIVED}. */
  static Dossier newDossier() {
    return newDossier(RECEIVED, ProcessingDeadline.workingDays(7));
  }

  static Dossier newDossier(Instant receivedAt, ProcessingDeadline deadline) {
    return Dossier.builder()
        .code(DossierCode.parse("000.00.01.H22-260302-0001"))
        .procedure(ProcedureCode.parse("1.004222"))
        .applicant(citizen())
        .receivingOffice("31891")
        .competentCommune("00004")
        .channel(Channel.IN_PERSON)
        .receivedAt(receivedAt)
        .dueAt(DAYS.dueAt(receivedAt, deadline))
        .build();
  }

  /** A dossier brought to {@code status} along {@link #PATHS}, one hour per step. */
  static Dossier inStatus(DossierStatus status) {
    Dossier d = newDossier();
    Instant at = RECEIVED;
    int i = 0;
    for (DossierStatus s : PATHS.get(status)) {
      at = at.plusSeconds(3600);
      d = d.moveTo(s, "setup-" + i++, "officer", at, "setup", DAYS).dossier();
    }
    return d;
  }
}
