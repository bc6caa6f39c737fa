package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.Channel;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.dossier.PortalCodes;
import vn.lienthong.core.dossier.TransitionResult;
import vn.lienthong.core.dossier.WorkingDays;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.text.PersonName;

/** Examples of docs/sdk-core.md, section "Dossiers". */
class SdkCoreDossierExamples {

  /** Weekends only: a stand-in for the real calendar in these examples. */
  static final class Weekends implements WorkingDays {
    @Override
    public boolean isWorkingDay(LocalDate d) {
      return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
      LocalDate d = from;
      for (int left = days; left > 0; ) {
        d = d.plusDays(1);
        left -= isWorkingDay(d) ? 1 : 0;
      }
      return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
      int n = 0;
      for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
        n += isWorkingDay(d) ? 1 : 0;
      }
      return n;
    }
  }

  private static Instant vn(int y, int mo, int d, int h, int mi) {
    return LocalDateTime.of(y, mo, d, h, mi).atZone(PortalCodes.VIET_NAM).toInstant();
  }

  @Test
  void lifecycle() {
    // tag::lifecycle[]
    WorkingDays workingDays = new Weekends(); // in production: the sdk-core working calendar
    Instant received = vn(2026, 3, 2, 9, 0); // Monday 09:00, Viet Nam time

    Dossier dossier =
        Dossier.builder()
            .code(DossierCode.parse("000.00.01.H22-260302-0001"))
            .procedure(ProcedureCode.parse("1.004222")) // permanent residence, 7 working days
            .applicant(
                Applicant.citizen(
                    PersonalIdNumber.parse("001099012345"), PersonName.parse("Nguyễn Văn An")))
            .receivingOffice("31891") // filed in Cà Mau...
            .competentCommune("00004") // ...for Phường Ba Đình, Hà Nội
            .channel(Channel.IN_PERSON)
            .receivedAt(received)
            .dueAt(workingDays.dueAt(received, ProcessingDeadline.workingDays(7)))
            .build(); // status NEW, due Wednesday 11 March 17:00

    // Each step returns a new dossier; the id makes a retried request harmless.
    TransitionResult accepted =
        dossier.moveTo(DossierStatus.ACCEPTED, "a1b2", "one-stop-3", received, null, workingDays);
    TransitionResult retried =
        accepted
            .dossier()
            .moveTo(DossierStatus.ACCEPTED, "a1b2", "one-stop-3", received, null, workingDays);
    retried.applied(); // false: same id, nothing changed

    try {
      accepted
          .dossier()
          .moveTo(DossierStatus.PROCESSED, "x", "officer", received, null, workingDays);
    } catch (LienThongException e) {
      e.code(); // "LT-CORE-0601": from 2 ACCEPTED to 9 PROCESSED; allowed: 4 IN_PROGRESS, 7
      // WITHDRAWN
    }
    // end::lifecycle[]

    assertThat(dossier.dueAt()).isEqualTo(vn(2026, 3, 11, 17, 0));
    assertThat(accepted.dossier().status()).isEqualTo(DossierStatus.ACCEPTED);
    assertThat(retried.applied()).isFalse();
    assertThat(retried.dossier().history()).hasSize(1);
  }

  @Test
  void supplement() {
    WorkingDays workingDays = new Weekends();
    Instant received = vn(2026, 3, 2, 9, 0);
    Dossier dossier =
        Dossier.builder()
            .code(DossierCode.parse("000.00.01.H22-260302-0001"))
            .procedure(ProcedureCode.parse("1.004222"))
            .applicant(
                Applicant.citizen(
                    PersonalIdNumber.parse("001099012345"), PersonName.parse("Nguyễn Văn An")))
            .receivingOffice("00004")
            .competentCommune("00004")
            .channel(Channel.ONLINE)
            .receivedAt(received)
            .dueAt(workingDays.dueAt(received, ProcessingDeadline.workingDays(7)))
            .build()
            .moveTo(DossierStatus.ACCEPTED, "t1", "one-stop", received, null, workingDays)
            .dossier()
            .moveTo(DossierStatus.IN_PROGRESS, "t2", "officer", received, null, workingDays)
            .dossier();
    // tag::supplement[]
    // Due Wednesday 11 March. On Wednesday 4 March, 5 working days are left:
    dossier =
        dossier
            .requestSupplement(
                "t3",
                "officer",
                vn(2026, 3, 4, 10, 0),
                "Thiếu giấy tờ chứng minh chỗ ở hợp pháp",
                List.of("Hợp đồng thuê nhà có công chứng"),
                workingDays)
            .dossier();
    dossier.isOverdue(vn(2026, 3, 20, 9, 0)); // false: the deadline is paused

    // The supplement arrives on Wednesday 11 March: the 5 days left count again from then.
    dossier =
        dossier
            .moveTo(
                DossierStatus.IN_PROGRESS,
                "t4",
                "one-stop",
                vn(2026, 3, 11, 14, 0),
                null,
                workingDays)
            .dossier();
    PortalCodes.formatDate(dossier.dueAt()); // "20260318170000": NgayHenTra for the portal
    // end::supplement[]

    assertThat(PortalCodes.formatDate(dossier.dueAt())).isEqualTo("20260318170000");
    assertThat(dossier.history()).hasSize(4);
  }

  @Test
  void portal() {
    // tag::portal[]
    DossierStatus status = PortalCodes.parseStatus("5"); // SUPPLEMENT_REQUESTED
    status.vietnameseLabel(); // "Yêu cầu bổ sung"
    status.allowedTargets(); // [IN_PROGRESS, WITHDRAWN, STOPPED]
    Channel channel = PortalCodes.parseChannel("2"); // ONLINE
    Instant receivedAt = PortalCodes.parseDate("20260302090000"); // NgayTiepNhan, Viet Nam time
    // end::portal[]

    assertThat(status).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(channel).isEqualTo(Channel.ONLINE);
    assertThat(receivedAt).isEqualTo(vn(2026, 3, 2, 9, 0));
  }
}
