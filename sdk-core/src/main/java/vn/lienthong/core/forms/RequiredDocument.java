package vn.lienthong.core.forms;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document a procedure requires (thành phần hồ sơ), and the registry whose data can replace it
 * (once-only: the office looks it up instead of asking for paper).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id a stable identifier, for example {@code birth-certificate}
 * @param name the Vietnamese name
 * @param replacedBy the registry whose data replaces the paper ({@code population}, {@code
 *     civil-status}, {@code land}...), or null if the paper is needed
 * @since 0.1.0
 */
public record RequiredDocument(String id, String name, @Nullable String replacedBy) {

  /**
   * Creates a required document.
   *
   * @param id the identifier
   * @param name the name
   * @param replacedBy the replacing registry, or null
   * @throws NullPointerException if {@code id} or {@code name} is null
   */
  public RequiredDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns the registry whose data can replace this document.
   *
   * @return the registry, empty if the paper itself is needed
   */
  public Optional<String> replacingRegistry() {
    return Optional.ofNullable(replacedBy);
  }
}
