package vn.lienthong.refapp.service;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.calendar.WorkingCalendar;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.dossier.ResultDocument;
import vn.lienthong.core.dossier.Transition;
import vn.lienthong.core.dossier.TransitionResult;
import vn.lienthong.core.dossier.WorkingDays;
import vn.lienthong.core.forms.CatalogueEntry;
import vn.lienthong.core.forms.FormId;
import vn.lienthong.core.forms.FormValidationResult;
import vn.lienthong.core.forms.FormValidator;
import vn.lienthong.core.forms.ProcedureCatalogue;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.DossierCodeGenerator;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.Decision;
import vn.lienthong.identity.officer.JurisdictionPolicy;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.identity.officer.OfficerAction;
import vn.lienthong.identity.officer.OfficerRole;
import vn.lienthong.identity.officer.UnitLevel;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.store.AuditEvent;
import vn.lienthong.refapp.store.AuditStore;
import vn.lienthong.refapp.store.DossierRow;
import vn.lienthong.refapp.store.DossierStore;
import vn.lienthong.refapp.store.FileStore;
import vn.lienthong.refapp.store.IdempotencyStore;
import vn.lienthong.refapp.store.Jdbc;
import vn.lienthong.refapp.store.PendingResultStore;
import vn.lienthong.refapp.store.StoredDossier;
import vn.lienthong.refapp.store.StoredFile;

/**
 * The dossier service of the reference app: files dossiers (from the citizen pages or the portal,
 * idempotently), lets officers act on them within their jurisdiction through the sdk-core
 * lifecycle, takes supplements, hands out signed results, answers the public look-up, and keeps an
 * audit trail. Every change commits together with its audit event and its portal message (the SDK
 * outbox), so the portal learns every status change exactly as stored.
 *
 * <p>Instances are thread-safe and hold no state besides the database: several app nodes may run on
 * one PostgreSQL. The app creates one and registers it in the {@code AppContext}.
 *
 * <pre>{@code
 * DossierService dossiers = context.require(DossierService.class);
 * SubmissionReceipt r = dossiers.submit(submission);
 * dossiers.act(officer, r.code(), OfficerCommand.of(DossierAction.ACCEPT));
 * List<InboxItem> inbox = dossiers.inbox(officer);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DossierService {

  /** The most dossiers an inbox or a citizen's list shows. */
  public static final int MAX_LIST = 200;

  /** Statuses in which a dossier still needs an officer. */
  public static final Set<DossierStatus> OPEN =
      EnumSet.of(
          DossierStatus.NEW,
          DossierStatus.ACCEPTED,
          DossierStatus.IN_PROGRESS,
          DossierStatus.SUPPLEMENT_REQUESTED,
          DossierStatus.FINANCIAL_OBLIGATION_REQUESTED,
          DossierStatus.PROCESSED);

  /** The officer id of the conformance test driver. */
  public static final String DRIVER_ID = "conformance-driver";

  private static final SafeLogger LOG = SafeLogger.of(DossierService.class);
  private static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

  private final DataSource dataSource;
  private final Clock clock;
  private final DossierStore dossiers;
  private final FileStore files;
  private final AuditStore audit;
  private final IdempotencyStore keys;
  private final PendingResultStore pending = PendingResultStore.create();
  private final PortalOutbox portal;
  private final FormValidator validator;
  private final ProcedureCatalogue catalogue;
  private final WorkingDays days;
  private final DossierCodeGenerator codes;
  private final JurisdictionPolicy jurisdiction;
  private final AdministrativeUnits units;
  private final Function<String, AgencyCode> agencyOfCommune;
  private final Supplier<Optional<ResultIssuer>> issuer;

  DossierService(
      DataSource dataSource,
      Clock clock,
      DossierStore dossiers,
      FileStore files,
      PortalOutbox portal,
      DossierCodeGenerator codes,
      Function<String, AgencyCode> agencyOfCommune,
      Supplier<Optional<ResultIssuer>> issuer) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.dossiers = dossiers;
    this.files = files;
    this.audit = AuditStore.create();
    this.keys = IdempotencyStore.create();
    this.portal = portal;
    this.validator = FormValidator.create();
    this.catalogue = ProcedureCatalogue.bundled();
    this.days = WorkingDays.of(WorkingCalendar.create());
    this.codes = codes;
    this.units = AdministrativeUnits.current();
    this.jurisdiction = JurisdictionPolicy.of(units);
    this.agencyOfCommune = agencyOfCommune;
    this.issuer = issuer;
  }

  // ---------------------------------------------------------------- filing

  /**
   * Files a dossier: checks the procedure and the e-form (field-level Vietnamese errors), numbers
   * it, computes its due date in working days, stores it with its files, and enqueues it to the
   * portal. With an idempotency key, a repeated submission returns the first one's dossier.
   *
   * @param submission the submission
   * @return the receipt
   * @throws FormRejectedException ({@code LT-APP-0101}) if the form is invalid
   * @throws LienThongException {@code LT-APP-0102} for an unknown procedure, {@code LT-APP-0105} if
   *     the idempotency key was used for another request, {@code LT-CORE-0604} for an unknown
   *     commune, {@code LT-APP-0114} if the database fails
   */
  public SubmissionReceipt submit(Submission submission) {
    CatalogueEntry entry =
        catalogue
            .find(submission.procedure())
            .filter(e -> e.form().isPresent())
            .orElseThrow(
                () ->
                    new LienThongException(
                        RefappErrorCode.UNKNOWN_PROCEDURE,
                        ErrorDetails.field("procedure")
                            .rejectedValue(submission.procedure().value())));
    FormId form = entry.form().orElseThrow();
    Instant now = now();
    FormValidationResult checked =
        validator.validate(
            form, submission.formData(), LocalDate.ofInstant(now, WorkingCalendar.ZONE));
    if (!checked.valid()) {
      throw new FormRejectedException(form, checked.errors());
    }
    Commune competent = commune("competentCommune", submission.competentCommune());
    Commune receiving = commune("receivingOffice", submission.receivingOffice());
    String requestHash = requestHash(submission);
    String scope = submission.idempotencyScope();
    String key = submission.idempotencyKey();
    if (scope != null && key != null) {
      Optional<SubmissionReceipt> earlier = earlier(scope, key, requestHash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    DossierCode code = codes.next(agencyOfCommune.apply(receiving.code()));
    Dossier dossier =
        Dossier.builder()
            .code(code)
            .procedure(submission.procedure())
            .applicant(submission.applicant())
            .receivingOffice(receiving)
            .competentCommune(competent)
            .channel(submission.channel())
            .receivedAt(now)
            .dueAt(Jdbc.micros(days.dueAt(now, entry.deadline())))
            .build();
    try {
      StoredDossier stored =
          Jdbc.inTransaction(
              dataSource,
              "storing a new dossier",
              c -> {
                if (scope != null && key != null) {
                  try {
                    keys.insert(c, scope, key, requestHash, code.toString(), now);
                  } catch (SQLException e) {
                    if (Jdbc.isDuplicateKey(e)) {
                      throw new KeyTaken();
                    }
                    throw e;
                  }
                }
                StoredDossier s =
                    new StoredDossier(dossier, entry.name(), form, submission.formData(), 1);
                dossiers.insert(c, s, now);
                Dossier withFiles = dossier;
                for (NewFile f : submission.files()) {
                  StoredFile sf =
                      files.put(
                          c, code, FileStore.ATTACHMENT, f.name(), f.mediaType(), f.content(), now);
                  withFiles = withFiles.withAttachment(sf.attachment());
                }
                s = s.with(withFiles);
                audit.append(
                    c,
                    code,
                    now,
                    submission.actor(),
                    "submitted",
                    entry.code()
                        + " "
                        + submission.channel()
                        + ", received at "
                        + receiving.code()
                        + " for "
                        + competent.code()
                        + ", "
                        + submission.files().size()
                        + " file(s)");
                portal.enqueue(c, s, false, submission.actor());
                return s;
              });
      // DEBUG, not INFO, and only the code: a line per filing with the whole (masked) dossier was
      // a measurable share of the CPU under load; the audit trail keeps the event. A dossier code
      // is not personal data.
      LOG.debug("dossier received: {} ({})", stored.dossier().code(), entry.code());
      Dossier d = stored.dossier();
      return new SubmissionReceipt(d.code(), d.status(), d.receivedAt(), d.dueAt(), true);
    } catch (KeyTaken e) {
      return earlier(Objects.requireNonNull(scope), Objects.requireNonNull(key), requestHash)
          .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
    }
  }

  private Optional<SubmissionReceipt> earlier(String scope, String key, String requestHash) {
    return Jdbc.inTransaction(
        dataSource,
        "reading an idempotency key",
        c -> {
          Optional<IdempotencyStore.Entry> e = keys.find(c, scope, key);
          if (e.isEmpty()) {
            return Optional.empty();
          }
          if (!e.get().requestSha256().equals(requestHash)) {
            throw new LienThongException(
                RefappErrorCode.IDEMPOTENCY_CONFLICT,
                ErrorDetails.field("Idempotency-Key")
                    .rejectedValue(key)
                    .with("dossier", e.get().dossierCode()));
          }
          Dossier d =
              dossiers
                  .find(c, dossiers.format().parse(e.get().dossierCode()), false)
                  .orElseThrow()
                  .dossier();
          return Optional.of(
              new SubmissionReceipt(d.code(), d.status(), d.receivedAt(), d.dueAt(), false));
        });
  }

  // ---------------------------------------------------------------- reading

  /**
   * Returns a dossier with its history, for someone allowed to see it.
   *
   * @param who who asks
   * @param code the dossier code
   * @return the dossier
   * @throws LienThongException {@code LT-APP-0103} if there is no such dossier, {@code LT-APP-0104}
   *     if an officer's jurisdiction does not cover it, {@code LT-APP-0109} if an applicant did not
   *     file it
   */
  public StoredDossier details(Requester who, DossierCode code) {
    StoredDossier d = read(code);
    authorizeRead(who, d);
    return d;
  }

  /**
   * Returns an officer's inbox: the open dossiers of the communes their assignments cover today,
   * overdue first, then by due date.
   *
   * @param officer the officer
   * @return at most {@link #MAX_LIST} items
   * @throws LienThongException {@code LT-APP-0114} if the database fails
   */
  public List<InboxItem> inbox(Officer officer) {
    Instant now = now();
    LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
    Set<String> communes = new LinkedHashSet<>();
    for (Assignment a : officer.assignments()) {
      if (!a.activeOn(today)) {
        continue;
      }
      if (a.level() == UnitLevel.COMMUNE) {
        communes.add(a.unit());
      } else {
        units
            .province(a.unit())
            .ifPresent(p -> units.communesOf(p).forEach(c -> communes.add(c.code())));
      }
    }
    List<DossierRow> rows =
        Jdbc.inTransaction(
            dataSource, "reading an inbox", c -> dossiers.byCommunes(c, communes, OPEN, MAX_LIST));
    List<InboxItem> items = new ArrayList<>();
    for (DossierRow r : rows) {
      boolean overdue =
          now.isAfter(r.dueAt())
              && r.status() != DossierStatus.SUPPLEMENT_REQUESTED
              && r.status() != DossierStatus.PROCESSED;
      items.add(new InboxItem(r, overdue));
    }
    items.sort(
        Comparator.comparing((InboxItem i) -> !i.overdue())
            .thenComparing(i -> i.dossier().dueAt())
            .thenComparing(i -> i.dossier().code().toString()));
    return items;
  }

  /**
   * Lists the dossiers an applicant filed, newest first.
   *
   * @param subjectCode the applicant's personal id number or tax code
   * @return at most {@link #MAX_LIST} rows
   * @throws LienThongException {@code LT-APP-0114} if the database fails
   */
  public List<DossierRow> dossiersOf(String subjectCode) {
    return Jdbc.inTransaction(
        dataSource,
        "listing an applicant's dossiers",
        c -> dossiers.byApplicant(c, subjectCode, MAX_LIST));
  }

  /**
   * Answers the public look-up by dossier code: status and dates, the applicant's name masked, no
   * other personal data.
   *
   * @param code the dossier code
   * @return the public status, if the dossier exists
   * @throws LienThongException {@code LT-APP-0114} if the database fails
   */
  public Optional<PublicStatus> publicStatus(DossierCode code) {
    return Jdbc.inTransaction(dataSource, "public look-up", c -> dossiers.find(c, code, false))
        .map(
            s -> {
              Dossier d = s.dossier();
              Instant returned =
                  d.history().stream()
                      .filter(t -> t.to() == DossierStatus.RESULT_RETURNED)
                      .map(Transition::at)
                      .findFirst()
                      .orElse(null);
              return new PublicStatus(
                  d.code(),
                  s.procedureName(),
                  Masking.personName(d.applicant().name().value()),
                  d.status(),
                  d.receivedAt(),
                  d.dueAt(),
                  returned,
                  d.competentCommune().name());
            });
  }

  /**
   * Returns a dossier's audit trail.
   *
   * @param who who asks (officer in jurisdiction, the applicant, or a system party)
   * @param code the dossier code
   * @return the entries in order
   * @throws LienThongException as {@link #details}
   */
  public List<AuditEvent> auditTrail(Requester who, DossierCode code) {
    details(who, code);
    return Jdbc.inTransaction(dataSource, "reading an audit trail", c -> audit.list(c, code));
  }

  /**
   * Returns the latest signed result of a dossier.
   *
   * @param who who asks
   * @param code the dossier code
   * @return the result with its PDF
   * @throws LienThongException as {@link #details}, and {@code LT-APP-0108} if no result was issued
   *     yet
   */
  public ResultFile result(Requester who, DossierCode code) {
    StoredDossier d = details(who, code);
    List<ResultDocument> results = d.dossier().results();
    Optional<byte[]> bytes =
        Jdbc.inTransaction(
            dataSource,
            "reading a result",
            c -> {
              Optional<String> id = dossiers.latestResultFile(c, code);
              return id.isPresent() ? files.read(c, id.get()) : Optional.<byte[]>empty();
            });
    if (results.isEmpty() || bytes.isEmpty()) {
      throw new LienThongException(
          RefappErrorCode.RESULT_NOT_ISSUED,
          ErrorDetails.field("code")
              .rejectedValue(code.toString())
              .with("status", d.dossier().status().portalCode()));
    }
    return new ResultFile(results.get(results.size() - 1), bytes.get());
  }

  // ---------------------------------------------------------------- changing

  /**
   * Performs an officer step on a dossier of the officer's jurisdiction, through the sdk-core
   * lifecycle. A step repeated with the same transition id changes nothing.
   *
   * @param officer the officer
   * @param code the dossier code
   * @param command the step
   * @return the dossier after the step
   * @throws LienThongException {@code LT-APP-0103} no such dossier, {@code LT-APP-0104} outside the
   *     officer's jurisdiction or role, {@code LT-CORE-0601} a step the lifecycle does not allow
   *     from the current status, {@code LT-APP-0110} a reason is missing, {@code LT-APP-0106} no
   *     result issuer for approve-and-sign or agency-seal, {@code LT-APP-0113} a concurrent change,
   *     {@code LT-APP-0601} hand-over before the clerk sealed the result, {@code LT-APP-0602}
   *     agency-seal on a dossier with no result awaiting the seal
   */
  public StoredDossier act(Officer officer, DossierCode code, OfficerCommand command) {
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(command, "command");
    DossierAction action = command.action();
    String actor = "officer:" + officer.officerId();
    String id =
        command.transitionId() != null ? command.transitionId() : UUID.randomUUID().toString();
    if ((action == DossierAction.REFUSE || action == DossierAction.REQUEST_SUPPLEMENT)
        && command.reason() == null) {
      throw Requests.invalid("reason", "required to " + action.wireName());
    }
    if (action == DossierAction.APPROVE_AND_SIGN) {
      return approve(officer, code, command, id, actor);
    }
    if (action == DossierAction.AGENCY_SEAL) {
      return seal(officer, code, actor);
    }
    return change(
        code,
        actor,
        "status",
        before -> {
          authorize(officer, action.officerAction(), before);
          if (action == DossierAction.HAND_OVER && awaitingSeal(before.dossier())) {
            throw new LienThongException(
                RefappErrorCode.RESULT_AWAITING_SEAL,
                ErrorDetails.field("code").rejectedValue(code.toString()));
          }
        },
        (c, before, now) -> step(before.dossier(), command, id, actor, now));
  }

  /**
   * Tells whether a dossier's result is signed by the approver and waits for the clerk's agency
   * seal: the dossier is processed (status 9) and has no sealed result yet.
   *
   * @param dossier the dossier
   * @return true if the next step is {@link DossierAction#AGENCY_SEAL}
   */
  public static boolean awaitingSeal(Dossier dossier) {
    return dossier.status() == DossierStatus.PROCESSED && dossier.results().isEmpty();
  }

  /**
   * Performs a step as the conformance test driver, an officer with every role in the dossier's
   * commune (only reachable when {@code conformance.enabled=true}). Driving approve-and-sign also
   * applies the agency seal (the driver holds the clerk role too), so the result can be fetched
   * with both signatures at once, as the Commune API contract describes.
   *
   * @param code the dossier code
   * @param command the step
   * @return the dossier after the step
   * @throws LienThongException as {@link #act}
   */
  public StoredDossier drive(DossierCode code, OfficerCommand command) {
    String commune = read(code).dossier().competentCommune().code();
    Set<OfficerRole> all = EnumSet.allOf(OfficerRole.class);
    Officer driver =
        Officer.builder()
            .subject(DRIVER_ID)
            .officerId(DRIVER_ID)
            .fullName("Trình điều khiển kiểm thử")
            .agency(agencyOfCommune.apply(commune))
            .roles(all)
            .assignments(List.of(new Assignment(commune, UnitLevel.COMMUNE, all, REFORM_DAY, null)))
            .build();
    StoredDossier after = act(driver, code, command);
    if (command.action() == DossierAction.APPROVE_AND_SIGN && awaitingSeal(after.dossier())) {
      after = act(driver, code, OfficerCommand.of(DossierAction.AGENCY_SEAL));
    }
    return after;
  }

  /**
   * Takes a supplement for an open supplement request and resumes processing (status 5 to 4; the
   * due date moves by the working days that were left). Redelivering the same delivery id changes
   * nothing.
   *
   * @param who the applicant, a system party (the portal) or an officer in jurisdiction
   * @param code the dossier code
   * @param delivery the supplement
   * @return the dossier after it
   * @throws LienThongException as {@link #details}, and {@code LT-APP-0112} if no supplement is
   *     requested
   */
  public StoredDossier deliverSupplement(
      Requester who, DossierCode code, SupplementDelivery delivery) {
    String id =
        delivery.deliveryId() != null
            ? "supplement:" + delivery.deliveryId()
            : "supplement:" + UUID.randomUUID();
    return change(
        code,
        who.actor(),
        "supplement-delivered",
        before -> authorizeRead(who, before),
        (c, before, now) -> {
          Dossier d = before.dossier();
          for (Transition t : d.history()) {
            if (t.id().equals(id)) {
              return d;
            }
          }
          if (d.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw new LienThongException(
                RefappErrorCode.NO_SUPPLEMENT_REQUESTED,
                ErrorDetails.field("code")
                    .rejectedValue(code.toString())
                    .with("status", d.status().portalCode()));
          }
          Dossier after =
              d.moveTo(DossierStatus.IN_PROGRESS, id, who.actor(), now, delivery.note(), days)
                  .dossier();
          for (NewFile f : delivery.files()) {
            after =
                after.withAttachment(
                    files
                        .put(
                            c,
                            code,
                            FileStore.ATTACHMENT,
                            f.name(),
                            f.mediaType(),
                            f.content(),
                            now)
                        .attachment());
          }
          return after;
        });
  }

  private StoredDossier approve(
      Officer officer, DossierCode code, OfficerCommand command, String id, String actor) {
    StoredDossier current = read(code);
    authorize(officer, OfficerAction.APPROVE, current);
    for (Transition t : current.dossier().history()) {
      if (t.id().equals(id)) {
        return current;
      }
    }
    current.dossier().status().checkMoveTo(DossierStatus.PROCESSED);
    ResultIssuer.IssuedResult issued =
        resultIssuer(code).issue(new ResultIssuer.IssueRequest(current, officer, now()));
    return change(
        code,
        actor,
        "result-approved",
        before -> authorize(officer, OfficerAction.APPROVE, before),
        (c, before, now) -> {
          TransitionResult t =
              before
                  .dossier()
                  .moveTo(DossierStatus.PROCESSED, id, actor, now, command.reason(), days);
          if (!t.applied()) {
            return before.dossier();
          }
          StoredFile f =
              files.put(
                  c,
                  code,
                  FileStore.APPROVED,
                  resultFileName(code),
                  "application/pdf",
                  issued.pdf(),
                  now);
          pending.insert(
              c,
              new PendingResultStore.Pending(
                  code, issued.title(), issued.number(), now, officer.officerId(), f.id()));
          return t.dossier();
        });
  }

  /**
   * The clerk's step: reads the approver-signed result, has the agency signature applied outside
   * any transaction, then stores the sealed PDF as the dossier's result under the row lock.
   */
  private StoredDossier seal(Officer officer, DossierCode code, String actor) {
    StoredDossier current = read(code);
    authorize(officer, OfficerAction.KEEP_RECORDS, current);
    Optional<PendingResultStore.Pending> waiting =
        awaitingSeal(current.dossier())
            ? Jdbc.inTransaction(dataSource, "reading a pending result", c -> pending.find(c, code))
            : Optional.empty();
    if (waiting.isEmpty()) {
      throw notAwaitingSeal(current.dossier());
    }
    PendingResultStore.Pending p = waiting.get();
    byte[] approved =
        Jdbc.inTransaction(dataSource, "reading a result", c -> files.read(c, p.fileId()))
            .orElseThrow(() -> notAwaitingSeal(current.dossier()));
    byte[] sealed =
        resultIssuer(code).seal(new ResultIssuer.SealRequest(current, approved, officer, now()));
    return change(
        code,
        actor,
        "result-issued",
        before -> authorize(officer, OfficerAction.KEEP_RECORDS, before),
        (c, before, now) -> {
          Optional<PendingResultStore.Pending> still = pending.find(c, code);
          if (!awaitingSeal(before.dossier())
              || still.isEmpty()
              || !still.get().fileId().equals(p.fileId())) {
            throw notAwaitingSeal(before.dossier());
          }
          StoredFile f =
              files.put(
                  c, code, FileStore.RESULT, resultFileName(code), "application/pdf", sealed, now);
          dossiers.addResult(
              c, code, before.dossier().results().size(), p.title(), p.number(), now, f.id());
          pending.delete(c, code);
          return before
              .dossier()
              .withResult(new ResultDocument(p.title(), p.number(), now, f.attachment()));
        });
  }

  private ResultIssuer resultIssuer(DossierCode code) {
    return issuer
        .get()
        .orElseThrow(
            () ->
                new LienThongException(
                    RefappErrorCode.RESULT_ISSUER_UNAVAILABLE,
                    ErrorDetails.field("code").rejectedValue(code.toString())));
  }

  private static String resultFileName(DossierCode code) {
    return "ket-qua-" + code.toString().replace('.', '-') + ".pdf";
  }

  private static LienThongException notAwaitingSeal(Dossier d) {
    return new LienThongException(
        RefappErrorCode.NOT_AWAITING_SEAL,
        ErrorDetails.field("code")
            .rejectedValue(d.code().toString())
            .with("status", d.status().portalCode()));
  }

  private Dossier step(Dossier d, OfficerCommand command, String id, String actor, Instant now) {
    DossierAction action = command.action();
    if (action == DossierAction.REQUEST_SUPPLEMENT) {
      String reason = Objects.requireNonNull(command.reason());
      List<String> items = command.items().isEmpty() ? List.of(reason) : command.items();
      return d.requestSupplement(id, actor, now, reason, items, days).dossier();
    }
    return d.moveTo(action.target(), id, actor, now, command.reason(), days).dossier();
  }

  /** A change applied under the row lock. */
  @FunctionalInterface
  private interface Mutation {
    Dossier apply(Connection c, StoredDossier before, Instant now) throws SQLException;
  }

  private StoredDossier change(
      DossierCode code,
      String actor,
      String eventType,
      java.util.function.Consumer<StoredDossier> check,
      Mutation mutation) {
    StoredDossier result =
        Jdbc.inTransaction(
            dataSource,
            "changing a dossier",
            c -> {
              StoredDossier before = dossiers.find(c, code, true).orElseThrow(() -> notFound(code));
              check.accept(before);
              Instant now = later(now(), before.dossier());
              Dossier after = mutation.apply(c, before, now);
              if (after.equals(before.dossier())) {
                return before;
              }
              StoredDossier stored = dossiers.update(c, before, after, now);
              Dossier b = before.dossier();
              String detail = b.status().portalCode() + " -> " + after.status().portalCode();
              Transition last = after.history().get(after.history().size() - 1);
              if (last.reason() != null && b.history().size() < after.history().size()) {
                detail += ": " + last.reason();
              }
              audit.append(c, code, now, actor, eventType, detail);
              if (after.status() != b.status()) {
                portal.enqueue(c, stored, true, actor);
              }
              return stored;
            });
    LOG.info("dossier changed by {}: {}", actor, result.dossier());
    return result;
  }

  // ---------------------------------------------------------------- access

  private void authorize(Officer officer, OfficerAction action, StoredDossier d) {
    String commune = d.dossier().competentCommune().code();
    Decision decision = jurisdiction.decide(officer, action, commune, today());
    if (!decision.allowed()) {
      throw denied(officer, action.name().toLowerCase(java.util.Locale.ROOT), commune, decision);
    }
  }

  private void authorizeRead(Requester who, StoredDossier d) {
    if (who instanceof Requester.OfficerRequester o) {
      String commune = d.dossier().competentCommune().code();
      Decision first = null;
      for (OfficerAction a : OfficerAction.values()) {
        Decision decision = jurisdiction.decide(o.officer(), a, commune, today());
        if (decision.allowed()) {
          return;
        }
        first = first == null ? decision : first;
      }
      throw denied(o.officer(), "view", commune, Objects.requireNonNull(first));
    }
    if (who instanceof Requester.ApplicantRequester a
        && !a.subjectCode().equals(d.dossier().applicant().subjectCode())) {
      throw new LienThongException(
          RefappErrorCode.NOT_THE_APPLICANT,
          ErrorDetails.field("code").rejectedValue(d.dossier().code().toString()));
    }
  }

  private static LienThongException denied(
      Officer officer, String action, String commune, Decision decision) {
    return new LienThongException(
        RefappErrorCode.OUT_OF_JURISDICTION,
        ErrorDetails.none()
            .with("officer", officer.officerId())
            .with("action", action)
            .with("commune", commune)
            .with("explanation", decision.english())
            .with("explanationVi", decision.vietnamese()));
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Parses a dossier code in the app's format.
   *
   * @param raw the code as text
   * @return the code
   * @throws vn.lienthong.core.InvalidInputException if it is not a dossier code
   */
  public DossierCode parseCode(String raw) {
    return dossiers.format().parse(raw);
  }

  /**
   * Tells whether the portal sync is configured (an embedded sandbox or a portal endpoint).
   *
   * @return true if status changes are sent to the portal
   */
  public boolean portalSyncEnabled() {
    return portal.enabled();
  }

  private StoredDossier read(DossierCode code) {
    return Jdbc.inTransaction(dataSource, "reading a dossier", c -> dossiers.find(c, code, false))
        .orElseThrow(() -> notFound(code));
  }

  private static LienThongException notFound(DossierCode code) {
    return new LienThongException(
        RefappErrorCode.DOSSIER_NOT_FOUND,
        ErrorDetails.field("code").rejectedValue(code.toString()));
  }

  private Commune commune(String field, String code) {
    return units
        .commune(code)
        .orElseThrow(
            () ->
                new vn.lienthong.core.InvalidInputException(
                    vn.lienthong.core.CoreErrorCode.UNKNOWN_COMMUNE,
                    ErrorDetails.field(field)
                        .rule("dossier.commune-exists")
                        .rejectedValue(code)
                        .with("list", units.version().effectiveDate())));
  }

  private Instant now() {
    return Jdbc.micros(clock.instant());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
  }

  private static Instant later(Instant now, Dossier d) {
    Instant last =
        d.history().isEmpty() ? d.receivedAt() : d.history().get(d.history().size() - 1).at();
    return now.isBefore(last) ? last : now;
  }

  private static String requestHash(Submission s) {
    StringBuilder b =
        new StringBuilder()
            .append(s.procedure().value())
            .append('\n')
            .append(s.applicant().kind())
            .append(s.applicant().subjectCode())
            .append('\n')
            .append(s.applicant().name().value())
            .append('\n')
            .append(s.competentCommune())
            .append('\n')
            .append(s.receivingOffice())
            .append('\n')
            .append(s.channel())
            .append('\n')
            .append(s.formData());
    for (NewFile f : s.files()) {
      b.append('\n').append(f.name()).append(' ').append(FileStore.sha256(f.content()));
    }
    return FileStore.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Another transaction took the idempotency key first. */
  private static final class KeyTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KeyTaken() {
      super(null, null, false, false);
    }
  }
}
