package vn.lienthong.core.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.internal.dossier.DossierChecks;
import vn.lienthong.core.privacy.LogSafe;

/**
 * A dossier of an administrative procedure (hồ sơ thủ tục hành chính) and its place in the national
 * lifecycle.
 *
 * <p>A dossier is immutable: {@link #moveTo moveTo}, {@link #requestSupplement requestSupplement}
 * and the {@code with...} methods return a new dossier and leave this one unchanged. Status changes
 * follow {@link DossierStatus}'s table; each is recorded in {@link #history()} and identified by a
 * caller-chosen id, so that repeating a transition (a retried request) is a no-op. The receiving
 * office and the competent commune may differ: dossiers are accepted regardless of administrative
 * boundary (Decree 118/2025/NĐ-CP).
 *
 * <p>The due date is paused while a supplement is awaited (status 5) and, when the supplement
 * arrives (5 to 4), moved to the working days that were left at the request counted again from the
 * day of arrival. A supplement requested after the due date does not move it. Whether status 6
 * (financial obligation) also pauses the deadline is not settled (unconfirmed): it does not pause
 * here.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} masks personal data.
 *
 * <pre>{@code
 * Dossier d = Dossier.builder()
 *     .code(DossierCode.parse("000.00.01.H22-260302-0001"))
 *     .procedure(ProcedureCode.parse("1.004222"))
 *     .applicant(applicant)
 *     .receivingOffice("00004").competentCommune("00004")
 *     .channel(Channel.IN_PERSON)
 *     .receivedAt(receivedAt)
 *     .dueAt(workingDays.dueAt(receivedAt, ProcessingDeadline.workingDays(7)))
 *     .build();
 * d = d.moveTo(DossierStatus.ACCEPTED, "t-1", "officer-7", at, null, workingDays).dossier();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Dossier implements LogSafe {

  private final DossierCode code;
  private final ProcedureCode procedure;
  private final Applicant applicant;
  private final Commune receivingOffice;
  private final Commune competentCommune;
  private final Channel channel;
  private final Instant receivedAt;
  private final Instant dueAt;
  private final DossierStatus status;
  private final List<Transition> history;
  private final List<SupplementRequest> supplementRequests;
  private final List<Fee> fees;
  private final List<Attachment> attachments;
  private final List<ResultDocument> results;

  private Dossier(Builder b, boolean restored) {
    this.code = required(b.code, "code");
    this.procedure = required(b.procedure, "procedure");
    this.applicant = required(b.applicant, "applicant");
    this.receivingOffice = required(b.receivingOffice, "receivingOffice");
    this.competentCommune = required(b.competentCommune, "competentCommune");
    this.channel = required(b.channel, "channel");
    this.receivedAt = required(b.receivedAt, "receivedAt");
    this.dueAt = required(b.dueAt, "dueAt");
    this.history = List.copyOf(b.history);
    this.supplementRequests = List.copyOf(b.supplementRequests);
    this.fees = List.copyOf(b.fees);
    this.attachments = List.copyOf(b.attachments);
    this.results = List.copyOf(b.results);
    this.status = history.isEmpty() ? DossierStatus.NEW : history.get(history.size() - 1).to();
    if (restored) {
      // A history from outside is checked step by step; one built here was checked as it grew.
      checkHistory();
    }
  }

  private static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " required");
    }
    return value;
  }

  private void checkHistory() {
    DossierStatus at = DossierStatus.NEW;
    Instant last = receivedAt;
    for (Transition t : history) {
      if (t.from() != at) {
        throw new IllegalStateException(
            "history broken at transition " + t.id() + ": from " + t.from() + ", expected " + at);
      }
      at.checkMoveTo(t.to());
      checkOrder(t.at(), last);
      at = t.to();
      last = t.at();
    }
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this dossier's values, to derive a variant.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.code = code;
    b.procedure = procedure;
    b.applicant = applicant;
    b.receivingOffice = receivingOffice;
    b.competentCommune = competentCommune;
    b.channel = channel;
    b.receivedAt = receivedAt;
    b.dueAt = dueAt;
    b.history = history;
    b.supplementRequests = supplementRequests;
    b.fees = fees;
    b.attachments = attachments;
    b.results = results;
    return b;
  }

  /**
   * Moves the dossier to another status.
   *
   * <p>Moving to {@link DossierStatus#SUPPLEMENT_REQUESTED} records a supplement request whose only
   * item is the reason; use {@link #requestSupplement requestSupplement} to list items. Moving from
   * status 5 back to 4 closes the open request and moves the due date.
   *
   * @param target the next status
   * @param transitionId the caller's id of this transition; repeating it is a no-op
   * @param actor who makes the change
   * @param at when
   * @param reason why, or null (required when moving to status 5)
   * @param days the working-day calendar, used when the due date moves
   * @return the new dossier and the transition record
   * @throws NullPointerException if a non-null argument is null
   * @throws InvalidInputException with {@code LT-CORE-0601} for an illegal transition, {@code
   *     LT-CORE-0602} if the id was used for another transition, {@code LT-CORE-0603} if {@code at}
   *     is before the last event, or a text rule code
   */
  public TransitionResult moveTo(
      DossierStatus target,
      String transitionId,
      String actor,
      Instant at,
      @Nullable String reason,
      WorkingDays days) {
    Objects.requireNonNull(target, "target");
    if (target == DossierStatus.SUPPLEMENT_REQUESTED) {
      String r = reason == null ? "" : reason;
      return requestSupplement(transitionId, actor, at, r, List.of(r), days);
    }
    Optional<TransitionResult> repeat = repeated(transitionId, target);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    Transition t = record(target, transitionId, actor, at, reason);
    Builder b = toBuilder();
    b.history = append(history, t);
    if (status == DossierStatus.SUPPLEMENT_REQUESTED) {
      int open = supplementRequests.size() - 1;
      SupplementRequest request = supplementRequests.get(open);
      List<SupplementRequest> requests = new ArrayList<>(supplementRequests);
      requests.set(open, request.answer(at));
      b.supplementRequests = requests;
      if (target == DossierStatus.IN_PROGRESS
          && request.remainingWorkingDays() != SupplementRequest.OVERDUE) {
        Objects.requireNonNull(days, "days");
        LocalDate resumed = localDate(at);
        b.dueAt = days.closingTimeOn(days.addWorkingDays(resumed, request.remainingWorkingDays()));
      }
    }
    return new TransitionResult(new Dossier(b, false), t, true);
  }

  /**
   * Asks the applicant for a supplement (status 4 to 5), pausing the due date.
   *
   * @param transitionId the caller's id of this transition; repeating it is a no-op
   * @param actor who asks
   * @param at when
   * @param reason why
   * @param items what is to be supplied, at least one
   * @param days the working-day calendar, to count the working days left
   * @return the new dossier and the transition record
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException as {@link #moveTo moveTo}, or if the reason or items break their
   *     rules
   */
  public TransitionResult requestSupplement(
      String transitionId,
      String actor,
      Instant at,
      String reason,
      List<String> items,
      WorkingDays days) {
    Objects.requireNonNull(days, "days");
    Optional<TransitionResult> repeat = repeated(transitionId, DossierStatus.SUPPLEMENT_REQUESTED);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    Transition t = record(DossierStatus.SUPPLEMENT_REQUESTED, transitionId, actor, at, reason);
    int remaining =
        at.isAfter(dueAt)
            ? SupplementRequest.OVERDUE
            : Math.max(0, days.workingDaysBetween(localDate(at), localDate(dueAt)));
    SupplementRequest request =
        new SupplementRequest(transitionId, at, reason, items, remaining, null);
    Builder b = toBuilder();
    b.history = append(history, t);
    b.supplementRequests = append(supplementRequests, request);
    return new TransitionResult(new Dossier(b, false), t, true);
  }

  private Optional<TransitionResult> repeated(String transitionId, DossierStatus target) {
    Objects.requireNonNull(transitionId, "transitionId");
    for (Transition t : history) {
      if (t.id().equals(transitionId)) {
        if (t.to() != target) {
          throw new InvalidInputException(
              CoreErrorCode.TRANSITION_ID_CONFLICT,
              ErrorDetails.field("transitionId")
                  .rule("dossier.transition-id")
                  .rejectedValue(transitionId)
                  .with("existing", t.from().portalCode() + " -> " + t.to().portalCode()));
        }
        return Optional.of(new TransitionResult(this, t, false));
      }
    }
    return Optional.empty();
  }

  private Transition record(
      DossierStatus target,
      String transitionId,
      String actor,
      Instant at,
      @Nullable String reason) {
    Objects.requireNonNull(at, "at");
    status.checkMoveTo(target);
    checkOrder(at, lastEventAt());
    return new Transition(transitionId, status, target, actor, at, reason);
  }

  private static void checkOrder(Instant at, Instant previous) {
    if (at.isBefore(previous)) {
      throw new InvalidInputException(
          CoreErrorCode.TRANSITION_OUT_OF_ORDER,
          ErrorDetails.field("at")
              .rule("dossier.transition-order")
              .rejectedValue(at.toString())
              .with("previous", previous));
    }
  }

  private Instant lastEventAt() {
    return history.isEmpty() ? receivedAt : history.get(history.size() - 1).at();
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(element);
    return copy;
  }

  private static LocalDate localDate(Instant instant) {
    return instant.atZone(DossierChecks.VIET_NAM).toLocalDate();
  }

  /**
   * Tells whether the dossier is overdue at {@code now}.
   *
   * <p>Open dossiers are overdue after their due instant; a dossier awaiting a supplement is not
   * (its deadline is paused); a processed (9) or returned (10) dossier is overdue if it was
   * processed after its due instant; refused, withdrawn and stopped dossiers never are.
   *
   * @param now the current time
   * @return {@code true} if overdue
   * @throws NullPointerException if {@code now} is null
   */
  public boolean isOverdue(Instant now) {
    Objects.requireNonNull(now, "now");
    switch (status) {
      case NOT_ACCEPTED:
      case WITHDRAWN:
      case STOPPED:
      case SUPPLEMENT_REQUESTED:
        return false;
      case PROCESSED:
      case RESULT_RETURNED:
        return processedAt().isAfter(dueAt);
      default:
        return now.isAfter(dueAt);
    }
  }

  /**
   * Counts the working days by which the dossier is overdue at {@code now} (for a processed
   * dossier: by which it was processed late).
   *
   * @param now the current time
   * @param days the working-day calendar
   * @return the working days after the due date, 0 if not overdue or overdue since today only
   * @throws NullPointerException if an argument is null
   */
  public int workingDaysOverdue(Instant now, WorkingDays days) {
    Objects.requireNonNull(days, "days");
    if (!isOverdue(now)) {
      return 0;
    }
    Instant end =
        status == DossierStatus.PROCESSED || status == DossierStatus.RESULT_RETURNED
            ? processedAt()
            : now;
    return Math.max(0, days.workingDaysBetween(localDate(dueAt), localDate(end)));
  }

  private Instant processedAt() {
    for (Transition t : history) {
      if (t.to() == DossierStatus.PROCESSED) {
        return t.at();
      }
    }
    throw new IllegalStateException("no transition to PROCESSED in history");
  }

  /**
   * Returns a copy with a fee added.
   *
   * @param fee the fee
   * @return the new dossier
   * @throws NullPointerException if {@code fee} is null
   */
  public Dossier withFee(Fee fee) {
    Builder b = toBuilder();
    b.fees = append(fees, Objects.requireNonNull(fee, "fee"));
    return new Dossier(b, false);
  }

  /**
   * Returns a copy with an attachment added.
   *
   * @param attachment the attachment's metadata
   * @return the new dossier
   * @throws NullPointerException if {@code attachment} is null
   */
  public Dossier withAttachment(Attachment attachment) {
    Builder b = toBuilder();
    b.attachments = append(attachments, Objects.requireNonNull(attachment, "attachment"));
    return new Dossier(b, false);
  }

  /**
   * Returns a copy with a result document added.
   *
   * @param result the result document
   * @return the new dossier
   * @throws NullPointerException if {@code result} is null
   */
  public Dossier withResult(ResultDocument result) {
    Builder b = toBuilder();
    b.results = append(results, Objects.requireNonNull(result, "result"));
    return new Dossier(b, false);
  }

  /**
   * Returns the dossier code.
   *
   * @return the code ({@code MaHoSo})
   */
  public DossierCode code() {
    return code;
  }

  /**
   * Returns the procedure.
   *
   * @return the procedure code ({@code MaTTHC})
   */
  public ProcedureCode procedure() {
    return procedure;
  }

  /**
   * Returns the applicant.
   *
   * @return the applicant ({@code ChuHoSo})
   */
  public Applicant applicant() {
    return applicant;
  }

  /**
   * Returns the commune whose one-stop shop received the dossier.
   *
   * @return the receiving office
   */
  public Commune receivingOffice() {
    return receivingOffice;
  }

  /**
   * Returns the commune competent to decide, which may differ from the receiving office.
   *
   * @return the competent commune
   */
  public Commune competentCommune() {
    return competentCommune;
  }

  /**
   * Returns how the dossier was submitted.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns when the dossier was received ({@code NgayTiepNhan}).
   *
   * @return the instant
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * Returns the due date and time ({@code NgayHenTra}); paused, not moved, while a supplement is
   * awaited.
   *
   * @return the instant
   */
  public Instant dueAt() {
    return dueAt;
  }

  /**
   * Returns the current status: the target of the last transition, or NEW.
   *
   * @return the status
   */
  public DossierStatus status() {
    return status;
  }

  /**
   * Returns the transitions applied, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<Transition> history() {
    return history;
  }

  /**
   * Returns the supplement requests, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<SupplementRequest> supplementRequests() {
    return supplementRequests;
  }

  /**
   * Returns the supplement request awaiting an answer.
   *
   * @return the open request, or empty
   */
  public Optional<SupplementRequest> openSupplementRequest() {
    return status == DossierStatus.SUPPLEMENT_REQUESTED
        ? Optional.of(supplementRequests.get(supplementRequests.size() - 1))
        : Optional.empty();
  }

  /**
   * Returns the fees.
   *
   * @return an unmodifiable list
   */
  public List<Fee> fees() {
    return fees;
  }

  /**
   * Returns the metadata of the submitted files.
   *
   * @return an unmodifiable list
   */
  public List<Attachment> attachments() {
    return attachments;
  }

  /**
   * Returns the result documents.
   *
   * @return an unmodifiable list
   */
  public List<ResultDocument> results() {
    return results;
  }

  /**
   * Returns a rendering with the code and applicant masked.
   *
   * @return for example {@code Dossier[***.**.**.***-******-0001 1.004222 IN_PROGRESS ...]}
   */
  @Override
  public String masked() {
    return "Dossier["
        + code.masked()
        + " "
        + procedure
        + " "
        + status
        + " "
        + applicant.masked()
        + " due "
        + dueAt
        + "]";
  }

  /**
   * Returns the masked rendering.
   *
   * @return {@link #masked()}
   */
  @Override
  public String toString() {
    return masked();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Dossier d
        && code.equals(d.code)
        && procedure.equals(d.procedure)
        && applicant.equals(d.applicant)
        && receivingOffice.equals(d.receivingOffice)
        && competentCommune.equals(d.competentCommune)
        && channel == d.channel
        && receivedAt.equals(d.receivedAt)
        && dueAt.equals(d.dueAt)
        && history.equals(d.history)
        && supplementRequests.equals(d.supplementRequests)
        && fees.equals(d.fees)
        && attachments.equals(d.attachments)
        && results.equals(d.results);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, status, history, dueAt);
  }

  /**
   * Builds a {@link Dossier}; code, procedure, applicant, both communes, channel, received-at and
   * due-at are required.
   *
   * <p>A builder is not thread-safe; the dossier it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable DossierCode code;
    private @Nullable ProcedureCode procedure;
    private @Nullable Applicant applicant;
    private @Nullable Commune receivingOffice;
    private @Nullable Commune competentCommune;
    private @Nullable Channel channel;
    private @Nullable Instant receivedAt;
    private @Nullable Instant dueAt;
    private List<Transition> history = List.of();
    private List<SupplementRequest> supplementRequests = List.of();
    private List<Fee> fees = List.of();
    private List<Attachment> attachments = List.of();
    private List<ResultDocument> results = List.of();

    private Builder() {}

    /**
     * Sets the dossier code.
     *
     * @param code the code
     * @return this builder
     */
    public Builder code(DossierCode code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets the procedure.
     *
     * @param procedure the procedure code
     * @return this builder
     */
    public Builder procedure(ProcedureCode procedure) {
      this.procedure = Objects.requireNonNull(procedure, "procedure");
      return this;
    }

    /**
     * Sets the applicant.
     *
     * @param applicant the applicant
     * @return this builder
     */
    public Builder applicant(Applicant applicant) {
      this.applicant = Objects.requireNonNull(applicant, "applicant");
      return this;
    }

    /**
     * Sets the receiving office.
     *
     * @param commune the commune whose one-stop shop received the dossier
     * @return this builder
     */
    public Builder receivingOffice(Commune commune) {
      this.receivingOffice = Objects.requireNonNull(commune, "receivingOffice");
      return this;
    }

    /**
     * Sets the receiving office by its 5-digit code in the current administrative unit list.
     *
     * @param communeCode the code, for example {@code "00004"}
     * @return this builder
     * @throws NullPointerException if {@code communeCode} is null
     * @throws InvalidInputException with {@code LT-CORE-0604} if no commune has the code, or an
     *     input code if it is not 5 digits
     */
    public Builder receivingOffice(String communeCode) {
      return receivingOffice(commune("receivingOffice", communeCode));
    }

    /**
     * Sets the competent commune.
     *
     * @param commune the commune competent to decide
     * @return this builder
     */
    public Builder competentCommune(Commune commune) {
      this.competentCommune = Objects.requireNonNull(commune, "competentCommune");
      return this;
    }

    /**
     * Sets the competent commune by its 5-digit code in the current administrative unit list.
     *
     * @param communeCode the code
     * @return this builder
     * @throws NullPointerException if {@code communeCode} is null
     * @throws InvalidInputException with {@code LT-CORE-0604} if no commune has the code, or an
     *     input code if it is not 5 digits
     */
    public Builder competentCommune(String communeCode) {
      return competentCommune(commune("competentCommune", communeCode));
    }

    private static Commune commune(String field, String code) {
      AdministrativeUnits units = AdministrativeUnits.current();
      return units
          .commune(code)
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      CoreErrorCode.UNKNOWN_COMMUNE,
                      ErrorDetails.field(field)
                          .rule("dossier.commune-exists")
                          .rejectedValue(code)
                          .with("list", units.version().effectiveDate())));
    }

    /**
     * Sets the channel.
     *
     * @param channel how the dossier was submitted
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets when the dossier was received.
     *
     * @param receivedAt the instant
     * @return this builder
     */
    public Builder receivedAt(Instant receivedAt) {
      this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
      return this;
    }

    /**
     * Sets the due date and time, usually from {@link WorkingDays#dueAt}.
     *
     * @param dueAt the instant
     * @return this builder
     */
    public Builder dueAt(Instant dueAt) {
      this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
      return this;
    }

    /**
     * Sets the history, to restore a stored dossier; the status is its last target.
     *
     * @param history the transitions, oldest first, each legal from the previous status
     * @return this builder
     */
    public Builder history(List<Transition> history) {
      this.history = DossierChecks.copy("history", history);
      return this;
    }

    /**
     * Sets the supplement requests, to restore a stored dossier.
     *
     * @param requests the requests, oldest first
     * @return this builder
     */
    public Builder supplementRequests(List<SupplementRequest> requests) {
      this.supplementRequests = DossierChecks.copy("supplementRequests", requests);
      return this;
    }

    /**
     * Sets the fees.
     *
     * @param fees the fees
     * @return this builder
     */
    public Builder fees(List<Fee> fees) {
      this.fees = DossierChecks.copy("fees", fees);
      return this;
    }

    /**
     * Sets the attachments' metadata.
     *
     * @param attachments the attachments
     * @return this builder
     */
    public Builder attachments(List<Attachment> attachments) {
      this.attachments = DossierChecks.copy("attachments", attachments);
      return this;
    }

    /**
     * Sets the result documents.
     *
     * @param results the results
     * @return this builder
     */
    public Builder results(List<ResultDocument> results) {
      this.results = DossierChecks.copy("results", results);
      return this;
    }

    /**
     * Builds the dossier.
     *
     * @return the dossier
     * @throws IllegalStateException if a required part is missing or the history is not a chain
     *     starting at NEW
     * @throws InvalidInputException if a history transition is illegal or out of order
     */
    public Dossier build() {
      Dossier d = new Dossier(this, true);
      if (d.status == DossierStatus.SUPPLEMENT_REQUESTED && d.supplementRequests.isEmpty()) {
        throw new IllegalStateException("status 5 requires an open supplement request");
      }
      return d;
    }
  }
}
