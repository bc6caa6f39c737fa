package vn.lienthong.conformance;

import java.util.List;
import java.util.Objects;

/**
 * One requirement of the conformance catalogue, e.g. {@code LT-SIG-003} "two signatures in order".
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the stable id, {@code LT-<AREA>-NNN}
 * @param area the area code, e.g. {@code SIG}
 * @param level how binding it is
 * @param title a short title
 * @param statement what the system must do
 * @param rationale why (English; shown to programmers)
 * @param source the legal or standard source, as cited in reports
 * @param checks the ids of the checks that verify it (at least one)
 * @since 0.1.0
 */
public record Requirement(
    String id,
    String area,
    Level level,
    Text title,
    Text statement,
    String rationale,
    String source,
    List<String> checks) {

  /**
   * Checks the parts are present and copies the list.
   *
   * @param id the stable id
   * @param area the area code
   * @param level how binding it is
   * @param title a short title
   * @param statement what the system must do
   * @param rationale why
   * @param source the legal or standard source
   * @param checks the check ids
   * @throws IllegalArgumentException if the id does not match its area or there is no check
   */
  public Requirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(source, "source");
    checks = List.copyOf(checks);
    if (!id.matches("LT-[A-Z]{2,5}-[0-9]{3}") || !id.startsWith("LT-" + area + "-")) {
      throw new IllegalArgumentException("requirement id " + id + " must be LT-" + area + "-NNN");
    }
    if (checks.isEmpty()) {
      throw new IllegalArgumentException("requirement " + id + " has no check");
    }
    if (source.isBlank() || rationale.isBlank()) {
      throw new IllegalArgumentException("requirement " + id + " needs a rationale and a source");
    }
  }

  /**
   * Tells whether a failure of this requirement makes the whole run fail.
   *
   * @return true for {@link Level#REQUIRED}
   */
  public boolean required() {
    return level == Level.REQUIRED;
  }
}
