package vn.lienthong.core.dossier;

import java.util.Objects;

/**
 * The outcome of applying a transition: the dossier's new state and the transition record.
 *
 * <p>When the transition id was already applied, {@code applied} is false, {@code dossier} is the
 * unchanged dossier and {@code transition} the record made the first time. Records are immutable
 * and thread-safe.
 *
 * @param dossier the dossier after the transition
 * @param transition the transition record
 * @param applied false when the call was a repeat of an earlier transition (a no-op)
 * @since 0.1.0
 */
public record TransitionResult(Dossier dossier, Transition transition, boolean applied) {

  /**
   * Creates a result.
   *
   * @param dossier the dossier
   * @param transition the transition
   * @param applied whether it changed the dossier
   * @throws NullPointerException if an argument is null
   */
  public TransitionResult {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(transition, "transition");
  }
}
