package vn.lienthong.core.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a web application renders a form without per-procedure HTML: field order, groups, widgets and
 * Vietnamese help texts, keyed by JSON Pointer.
 *
 * <p>Declared in each schema under {@code x-lienthong-ui}: {@code {"order": [...], "groups":
 * [{"id", "title", "fields"}], "widgets": {pointer: widget}, "help": {pointer: text}}}. Widgets are
 * hints such as {@code date}, {@code radio}, {@code textarea}, {@code number}, {@code money},
 * {@code table}, {@code list}, {@code time}; a renderer falls back to the schema type for others.
 * Instances are immutable and thread-safe.
 *
 * @param order the top-level field pointers in display order; unmodifiable
 * @param groups the groups in display order; unmodifiable
 * @param widgets the widget hint per field pointer; unmodifiable
 * @param help the Vietnamese help text per field pointer; unmodifiable
 * @since 0.1.0
 */
public record UiHints(
    List<String> order,
    List<UiGroup> groups,
    Map<String, String> widgets,
    Map<String, String> help) {

  /**
   * Creates hints.
   *
   * @param order the order
   * @param groups the groups
   * @param widgets the widgets
   * @param help the help texts
   * @throws NullPointerException if any component, element, key or value is null
   */
  public UiHints {
    order = List.copyOf(order);
    groups = List.copyOf(groups);
    widgets = Map.copyOf(widgets);
    help = Map.copyOf(help);
  }

  /**
   * Returns the widget hint of a field.
   *
   * @param pointer the field's JSON Pointer
   * @return the widget, if one is hinted
   */
  public Optional<String> widget(String pointer) {
    return Optional.ofNullable(widgets.get(pointer));
  }

  /**
   * Returns the Vietnamese help text of a field.
   *
   * @param pointer the field's JSON Pointer
   * @return the help text, if any
   */
  public Optional<String> helpText(String pointer) {
    return Optional.ofNullable(help.get(pointer));
  }
}
