package vn.lienthong.core.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.dossier.DossierChecks;

/**
 * A request for the applicant to supplement or correct the dossier (yêu cầu bổ sung, hoàn thiện hồ
 * sơ), with the working days that were left until the due date when it was made.
 *
 * <p>While the request is open the due date is paused; when the supplement arrives the remaining
 * working days are counted again from that day. Records are immutable and thread-safe.
 *
 * @param transitionId the id of the transition to status 5 that made the request
 * @param requestedAt when it was made
 * @param reason why
 * @param items what is to be supplied, at least one
 * @param remainingWorkingDays the working days left until the due date when the request was made;
 *     {@link #OVERDUE} if the dossier was already overdue, in which case the due date does not move
 * @param answeredAt when the supplement arrived, or null while awaited
 * @since 0.1.0
 */
public record SupplementRequest(
    String transitionId,
    Instant requestedAt,
    String reason,
    List<String> items,
    int remainingWorkingDays,
    @Nullable Instant answeredAt) {

  /** The value of {@link #remainingWorkingDays()} for a request made after the due date. */
  public static final int OVERDUE = -1;

  /** The most items a request may list. */
  public static final int MAX_ITEMS = 100;

  /**
   * Creates a supplement request.
   *
   * @param transitionId the transition id
   * @param requestedAt when
   * @param reason why, not blank
   * @param items what is to be supplied, 1 to {@link #MAX_ITEMS}, none blank
   * @param remainingWorkingDays zero or more, or {@link #OVERDUE}
   * @param answeredAt when answered, or null
   * @throws NullPointerException if a non-null argument or an item is null
   * @throws InvalidInputException if a value breaks its rule
   */
  public SupplementRequest {
    DossierChecks.text("supplement.transitionId", transitionId, Transition.MAX_ID_LENGTH);
    Objects.requireNonNull(requestedAt, "requestedAt");
    DossierChecks.text("supplement.reason", reason, Transition.MAX_REASON_LENGTH);
    items = DossierChecks.copy("supplement.items", items);
    if (items.isEmpty()) {
      DossierChecks.text("supplement.items", "", 1);
    }
    DossierChecks.atMost("supplement.items", items.size(), MAX_ITEMS);
    for (String item : items) {
      DossierChecks.text("supplement.item", item, Transition.MAX_REASON_LENGTH);
    }
    if (remainingWorkingDays != OVERDUE) {
      DossierChecks.nonNegative("supplement.remainingWorkingDays", remainingWorkingDays);
    }
  }

  /**
   * Tells whether the supplement is still awaited.
   *
   * @return {@code true} while not answered
   */
  public boolean isOpen() {
    return answeredAt == null;
  }

  /**
   * Returns when the supplement arrived.
   *
   * @return the time, or empty while awaited
   */
  public Optional<Instant> answered() {
    return Optional.ofNullable(answeredAt);
  }

  SupplementRequest answer(Instant at) {
    return new SupplementRequest(
        transitionId, requestedAt, reason, items, remainingWorkingDays, at);
  }
}
