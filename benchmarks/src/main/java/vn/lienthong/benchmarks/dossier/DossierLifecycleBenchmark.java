package vn.lienthong.benchmarks.dossier;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.Channel;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.dossier.PortalCodes;
import vn.lienthong.core.dossier.WorkingDays;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.text.PersonName;

/**
 * A whole dossier lifecycle (1 -> 2 -> 4 -> 5 -> 4 -> 9 -> 10, with the supplement moving the due
 * date) on the immutable {@link Dossier}, against the baseline of a mutable status field and event
 * list checked against the same transition table, with no idempotency, ordering or copy. Both use
 * the same weekends-only calendar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DossierLifecycleBenchmark {

  private static final WorkingDays WEEKENDS =
      new WorkingDays() {
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
      };

  private static final DossierStatus[] STEPS = {
    DossierStatus.ACCEPTED,
    DossierStatus.IN_PROGRESS,
    DossierStatus.SUPPLEMENT_REQUESTED,
    DossierStatus.IN_PROGRESS,
    DossierStatus.PROCESSED,
    DossierStatus.RESULT_RETURNED
  };

  private static final Map<DossierStatus, Set<DossierStatus>> TABLE =
      new EnumMap<>(DossierStatus.class);

  static {
    for (DossierStatus s : DossierStatus.values()) {
      TABLE.put(
          s,
          EnumSet.copyOf(
              s.allowedTargets().isEmpty()
                  ? EnumSet.noneOf(DossierStatus.class)
                  : s.allowedTargets()));
    }
  }

  Dossier fresh;
  Instant[] times;

  @Setup
  public void setUp() {
    Instant received = LocalDateTime.of(2026, 3, 2, 9, 0).atZone(PortalCodes.VIET_NAM).toInstant();
    fresh =
        Dossier.builder()
            .code(DossierCode.parse("000.00.01.H22-260302-0001"))
            .procedure(ProcedureCode.parse("1.004222"))
            .applicant(
                Applicant.citizen(
                    PersonalIdNumber.parse("001099012345"), PersonName.parse("Nguyễn Văn An")))
            .receivingOffice("00004")
            .competentCommune("00004")
            .channel(Channel.IN_PERSON)
            .receivedAt(received)
            .dueAt(WEEKENDS.dueAt(received, ProcessingDeadline.workingDays(7)))
            .build();
    times = new Instant[STEPS.length];
    for (int i = 0; i < STEPS.length; i++) {
      times[i] = received.plusSeconds(86_400L * (i + 1));
    }
  }

  /** The subject: six immutable transitions with history, supplement pause and due-date move. */
  @Benchmark
  public Dossier lifecycle() {
    Dossier d = fresh;
    for (int i = 0; i < STEPS.length; i++) {
      d = d.moveTo(STEPS[i], ID[i], "officer", times[i], "r", WEEKENDS).dossier();
    }
    return d;
  }

  /** The baseline: a mutable status and event list checked against the same table. */
  @Benchmark
  public List<Object[]> baselineMutableStatus() {
    DossierStatus status = DossierStatus.NEW;
    List<Object[]> events = new ArrayList<>();
    LocalDate due = fresh.dueAt().atZone(PortalCodes.VIET_NAM).toLocalDate();
    int left = 0;
    for (int i = 0; i < STEPS.length; i++) {
      if (!TABLE.get(status).contains(STEPS[i])) {
        throw new IllegalStateException();
      }
      LocalDate day = times[i].atZone(PortalCodes.VIET_NAM).toLocalDate();
      if (STEPS[i] == DossierStatus.SUPPLEMENT_REQUESTED) {
        left = WEEKENDS.workingDaysBetween(day, due);
      } else if (status == DossierStatus.SUPPLEMENT_REQUESTED) {
        due = WEEKENDS.addWorkingDays(day, left);
      }
      events.add(new Object[] {ID[i], status, STEPS[i], "officer", times[i], "r"});
      status = STEPS[i];
    }
    events.add(new Object[] {due});
    return events;
  }

  private static final String[] ID = {"t0", "t1", "t2", "t3", "t4", "t5"};
}
