package vn.lienthong.refapp.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.calendar.WorkingCalendar;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.forms.CatalogueEntry;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.DossierCodeGenerator;
import vn.lienthong.core.id.InMemoryDossierSequenceSource;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * A dossier desk held in memory, used while the app has no dossier service (the store and service
 * modules register one); it follows the sdk-core status lifecycle and working-day deadlines so the
 * pages behave as they will with the real service.
 *
 * <p>Instances are thread-safe.
 */
final class InterimDossierDesk implements DossierDesk {

  private final Clock clock;
  private final AgencyCode agency;
  private final WorkingCalendar calendar = WorkingCalendar.create();
  private final DossierCodeGenerator codes;
  private final Map<String, Record> dossiers = new LinkedHashMap<>();
  private final Map<String, String> byIdempotencyKey = new LinkedHashMap<>();

  private static final class Record {
    Summary summary;
    final String personalId;
    final String procedureCode;
    String formJson;
    final List<String> attachments;
    final List<Event> history = new ArrayList<>();
    boolean sealed;

    Record(
        Summary summary,
        String personalId,
        String procedureCode,
        String formJson,
        List<String> attachments) {
      this.summary = summary;
      this.personalId = personalId;
      this.procedureCode = procedureCode;
      this.formJson = formJson;
      this.attachments = attachments;
    }
  }

  InterimDossierDesk(Clock clock, AgencyCode agency) {
    this.clock = clock;
    this.agency = agency;
    this.codes =
        DossierCodeGenerator.builder()
            .sequenceSource(InMemoryDossierSequenceSource.create())
            .clock(clock)
            .build();
  }

  @Override
  public synchronized Filed submit(
      Principal.Citizen citizen,
      CatalogueEntry procedure,
      String commune,
      String formJson,
      List<Upload> attachments,
      String idempotencyKey) {
    String existing = byIdempotencyKey.get(citizen.personalId() + "|" + idempotencyKey);
    if (existing != null) {
      Record r = dossiers.get(existing);
      return new Filed(existing, r.summary.dueAt());
    }
    Instant now = clock.instant();
    String code = codes.next(agency).toString();
    Instant due = calendar.dueAt(now, procedure.deadline()).toInstant();
    Summary s =
        new Summary(
            code, procedure.name(), citizen.fullName(), commune, DossierStatus.NEW, now, due);
    Record r =
        new Record(
            s,
            citizen.personalId(),
            procedure.code().value(),
            formJson,
            attachments.stream().map(Upload::fileName).toList());
    r.history.add(new Event(now, citizen.fullName(), "Nộp hồ sơ trực tuyến", ""));
    dossiers.put(code, r);
    byIdempotencyKey.put(citizen.personalId() + "|" + idempotencyKey, code);
    return new Filed(code, due);
  }

  @Override
  public synchronized List<Summary> ofCitizen(Principal.Citizen citizen) {
    List<Summary> out = new ArrayList<>();
    dossiers.values().stream()
        .filter(r -> r.personalId.equals(citizen.personalId()))
        .forEach(r -> out.add(0, r.summary));
    return out;
  }

  @Override
  public synchronized List<Summary> inbox(
      Principal.Staff officer, Set<String> communes, Instant now) {
    return dossiers.values().stream()
        .map(r -> r.summary)
        .filter(s -> communes.contains(s.commune()) && !s.status().isTerminal())
        .sorted(inboxOrder(now))
        .toList();
  }

  static Comparator<Summary> inboxOrder(Instant now) {
    return Comparator.comparing((Summary s) -> !s.dueAt().isBefore(now))
        .thenComparing(Summary::dueAt)
        .thenComparing(Summary::code);
  }

  @Override
  public synchronized Detail forCitizen(Principal.Citizen citizen, String code) {
    Record r = dossiers.get(code);
    if (r == null || !r.personalId.equals(citizen.personalId())) {
      throw new InvalidInputException(
          RefappErrorCode.PAGE_NOT_FOUND, ErrorDetails.field("/cong-dan/ho-so/" + code));
    }
    return detail(r);
  }

  @Override
  public synchronized Detail forOfficer(
      Principal.Staff officer, Set<String> communes, String code) {
    Record r = require(code);
    if (!communes.contains(r.summary.commune())) {
      throw new InvalidInputException(
          RefappErrorCode.ACCESS_DENIED,
          ErrorDetails.field(code).rule("hồ sơ thuộc xã khác ngoài phạm vi được phân công"));
    }
    return detail(r);
  }

  @Override
  public synchronized Optional<PublicView> lookup(String code) {
    return Optional.ofNullable(dossiers.get(code))
        .map(
            r ->
                new PublicView(
                    r.summary.code(),
                    r.summary.procedureName(),
                    vn.lienthong.core.privacy.Masking.personName(r.summary.applicantName()),
                    r.summary.status(),
                    r.summary.dueAt()));
  }

  @Override
  public Optional<Download> result(Principal.Citizen citizen, String code) {
    forCitizen(citizen, code);
    return Optional.empty(); // no signed results without the documents module
  }

  @Override
  public synchronized Detail answerSupplement(Principal.Citizen citizen, String code, String note) {
    Record r = require(code);
    if (!r.personalId.equals(citizen.personalId())) {
      throw new InvalidInputException(
          RefappErrorCode.PAGE_NOT_FOUND, ErrorDetails.field("/cong-dan/ho-so/" + code));
    }
    move(r, DossierStatus.IN_PROGRESS, citizen.fullName(), "Bổ sung hồ sơ", note, "SUPPLEMENT");
    return detail(r);
  }

  @Override
  public synchronized Detail act(Principal.Staff officer, String code, Action action, String note) {
    Record r = require(code);
    if (!allowed(r).contains(action)) {
      throw new InvalidInputException(
          RefappErrorCode.ACTION_NOT_ALLOWED, ErrorDetails.field(code).rule(action.name()));
    }
    String who = officer.fullName();
    switch (action) {
      case ACCEPT -> move(r, DossierStatus.ACCEPTED, who, action.label(), note, action.name());
      case REFUSE -> move(r, DossierStatus.NOT_ACCEPTED, who, action.label(), note, action.name());
      case PROCESS -> move(r, DossierStatus.IN_PROGRESS, who, action.label(), note, action.name());
      case REQUEST_SUPPLEMENT ->
          move(r, DossierStatus.SUPPLEMENT_REQUESTED, who, action.label(), note, action.name());
      case APPROVE_AND_SIGN ->
          move(r, DossierStatus.PROCESSED, who, action.label(), note, action.name());
      case AGENCY_SEAL -> {
        if (r.sealed || r.summary.status() != DossierStatus.PROCESSED) {
          throw new InvalidInputException(
              RefappErrorCode.ACTION_NOT_ALLOWED, ErrorDetails.field(code).rule(action.name()));
        }
        r.sealed = true;
        r.history.add(new Event(clock.instant(), who, action.label(), note));
      }
      case HAND_OVER -> {
        if (!r.sealed) {
          throw new InvalidInputException(
              RefappErrorCode.ACTION_NOT_ALLOWED, ErrorDetails.field(code).rule(action.name()));
        }
        move(r, DossierStatus.RESULT_RETURNED, who, action.label(), note, action.name());
      }
    }
    return detail(r);
  }

  private void move(
      Record r, DossierStatus to, String who, String what, String note, String action) {
    if (!r.summary.status().canMoveTo(to)) {
      throw new InvalidInputException(
          RefappErrorCode.ACTION_NOT_ALLOWED, ErrorDetails.field(r.summary.code()).rule(action));
    }
    Summary s = r.summary;
    r.summary =
        new Summary(
            s.code(),
            s.procedureName(),
            s.applicantName(),
            s.commune(),
            to,
            s.receivedAt(),
            s.dueAt());
    r.history.add(new Event(clock.instant(), who, what, note));
  }

  private Record require(String code) {
    Record r = dossiers.get(code);
    if (r == null) {
      throw new InvalidInputException(RefappErrorCode.PAGE_NOT_FOUND, ErrorDetails.field(code));
    }
    return r;
  }

  private static Set<Action> allowed(Record r) {
    Set<Action> out = EnumSet.noneOf(Action.class);
    switch (r.summary.status()) {
      case NEW -> {
        out.add(Action.ACCEPT);
        out.add(Action.REFUSE);
      }
      case ACCEPTED -> out.add(Action.PROCESS);
      case IN_PROGRESS -> {
        out.add(Action.REQUEST_SUPPLEMENT);
        out.add(Action.APPROVE_AND_SIGN);
      }
      case PROCESSED -> out.add(r.sealed ? Action.HAND_OVER : Action.AGENCY_SEAL);
      default -> {
        // Terminal or waiting for the citizen: nothing for the officer.
      }
    }
    return out;
  }

  private Detail detail(Record r) {
    return new Detail(
        r.summary,
        r.personalId,
        r.procedureCode,
        r.formJson,
        r.attachments,
        List.copyOf(r.history),
        allowed(r),
        false);
  }
}
