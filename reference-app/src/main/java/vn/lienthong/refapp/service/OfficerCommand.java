package vn.lienthong.refapp.service;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One officer step with its parameters.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OfficerCommand c = OfficerCommand.of(DossierAction.REQUEST_SUPPLEMENT)
 *     .withReason("Thiếu giấy chứng sinh", List.of("Giấy chứng sinh bản chính"));
 * }</pre>
 *
 * @param action the step
 * @param transitionId an id that makes a retried step harmless (the same id applies once), or null
 *     for a fresh one
 * @param reason why (required to refuse or request a supplement), or null
 * @param items what to supplement (defaults to the reason)
 * @since 0.1.0
 */
public record OfficerCommand(
    DossierAction action,
    @Nullable String transitionId,
    @Nullable String reason,
    List<String> items) {

  /** The longest reason or item. */
  public static final int MAX_TEXT = 4000;

  /**
   * Checks the parts.
   *
   * @param action the step
   * @param transitionId the id, or null
   * @param reason the reason, or null
   * @param items the items
   * @throws NullPointerException if the action or items are null
   * @throws vn.lienthong.core.InvalidInputException {@code LT-APP-0110} if a text is blank or too
   *     long
   */
  public OfficerCommand {
    Objects.requireNonNull(action, "action");
    items = List.copyOf(items);
    if (transitionId != null) {
      Requests.text("transitionId", transitionId, 200);
    }
    if (reason != null) {
      Requests.text("reason", reason, MAX_TEXT);
    }
    if (items.size() > 100) {
      throw Requests.invalid("items", "at most 100 items");
    }
    items.forEach(i -> Requests.text("items", i, MAX_TEXT));
  }

  /**
   * Returns a step without parameters.
   *
   * @param action the step
   * @return the command
   */
  public static OfficerCommand of(DossierAction action) {
    return new OfficerCommand(action, null, null, List.of());
  }

  /**
   * Returns a copy with a reason and items.
   *
   * @param reason the reason
   * @param items what to supplement
   * @return the copy
   */
  public OfficerCommand withReason(String reason, List<String> items) {
    return new OfficerCommand(action, transitionId, reason, items);
  }

  /**
   * Returns a copy with a transition id.
   *
   * @param id the id
   * @return the copy
   */
  public OfficerCommand withTransitionId(String id) {
    return new OfficerCommand(action, id, reason, items);
  }
}
