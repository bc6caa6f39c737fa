package vn.lienthong.core.dossier;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.dossier.DossierChecks;

/**
 * One recorded status change of a dossier: who moved it from which status to which, when and why.
 *
 * <p>The id makes a transition idempotent: applying a transition whose id is already in the history
 * is a no-op. Records are immutable and thread-safe.
 *
 * @param id the caller's id of this transition (a UUID, a message id...), unique per dossier
 * @param from the status before
 * @param to the status after
 * @param actor who made the change (officer account, system name)
 * @param at when
 * @param reason why, or null
 * @since 0.1.0
 */
public record Transition(
    String id,
    DossierStatus from,
    DossierStatus to,
    String actor,
    Instant at,
    @Nullable String reason) {

  /** The longest id or actor accepted. */
  public static final int MAX_ID_LENGTH = 200;

  /** The longest reason accepted. */
  public static final int MAX_REASON_LENGTH = 4000;

  /**
   * Creates a transition record; it does not check that the transition is legal.
   *
   * @param id the id, not blank
   * @param from the status before
   * @param to the status after
   * @param actor who, not blank
   * @param at when
   * @param reason why, or null
   * @throws NullPointerException if a non-null argument is null
   * @throws InvalidInputException if a text is blank or too long
   */
  public Transition {
    DossierChecks.text("transition.id", id, MAX_ID_LENGTH);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    DossierChecks.text("transition.actor", actor, MAX_ID_LENGTH);
    Objects.requireNonNull(at, "at");
    if (reason != null) {
      DossierChecks.text("transition.reason", reason, MAX_REASON_LENGTH);
    }
  }
}
