package vn.lienthong.core.forms;

import java.util.List;
import java.util.Objects;

/**
 * A group of form fields rendered together under a Vietnamese heading.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id a stable identifier of the group
 * @param title the Vietnamese heading
 * @param fields the JSON Pointers of the fields, in display order; unmodifiable
 * @since 0.1.0
 */
public record UiGroup(String id, String title, List<String> fields) {

  /**
   * Creates a group.
   *
   * @param id the identifier
   * @param title the heading
   * @param fields the field pointers
   * @throws NullPointerException if any component or field is null
   */
  public UiGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    fields = List.copyOf(fields);
  }
}
