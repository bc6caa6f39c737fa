package vn.lienthong.refapp.web;

import static vn.lienthong.refapp.web.Html.attr;
import static vn.lienthong.refapp.web.Html.el;
import static vn.lienthong.refapp.web.Html.flag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.core.forms.FormError;

/**
 * Renders forms accessibly: every input has a label bound by {@code for}/{@code id}, hints and
 * errors are tied to it with {@code aria-describedby}, invalid fields carry {@code aria-invalid},
 * and an error summary at the top links to each field in error.
 */
final class Forms {

  private Forms() {}

  /** The hidden synchroniser token of a state-changing form. */
  static Html.Element csrfField(String token) {
    return el(
        "input", attr("type", "hidden"), attr("name", Exchange.CSRF_FIELD), attr("value", token));
  }

  /**
   * The error summary: a heading and one link per error to its field (errors on a fieldset link to
   * the first field inside it).
   */
  static Html.Element errorSummary(List<FormError> errors, FormModel model) {
    List<Object> items = new ArrayList<>();
    for (FormError e : errors) {
      items.add(el("li", el("a", attr("href", "#" + anchor(e.pointer(), model)), label(e, model))));
    }
    return el(
        "div",
        attr("class", "error-summary"),
        attr("role", "alert"),
        attr("aria-labelledby", "error-summary-title"),
        attr("tabindex", "-1"),
        attr("id", "loi"),
        el("h2", attr("id", "error-summary-title"), "Có " + errors.size() + " lỗi cần sửa"),
        el("ul", items));
  }

  private static String label(FormError e, FormModel model) {
    FormModel.Item leaf = model.leaves().get(e.pointer());
    return leaf == null ? e.messageVi() : leaf.label() + ": " + e.messageVi();
  }

  static String anchor(String pointer, FormModel model) {
    if (model.leaves().containsKey(pointer)
        || pointer.equals("/" + CitizenPages.ATTACHMENTS_FIELD)) {
      return FormModel.fieldId(pointer);
    }
    for (String p : model.leaves().keySet()) {
      if (p.startsWith(pointer + "/")) {
        return FormModel.fieldId(p);
      }
    }
    return "loi";
  }

  /** Groups errors by the pointer of the leaf field (or fieldset) they belong to. */
  static Map<String, List<String>> byPointer(List<FormError> errors) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (FormError e : errors) {
      out.computeIfAbsent(e.pointer(), k -> new ArrayList<>()).add(e.messageVi());
    }
    return out;
  }

  /** Renders the sections of a form model with values, prefill sources and field errors. */
  static List<Html.Node> sections(
      FormModel model,
      Map<String, String> values,
      Map<String, Prefill.Value> prefilled,
      Map<String, List<String>> errors) {
    List<Html.Node> out = new ArrayList<>();
    for (FormModel.Section s : model.sections()) {
      List<Object> items = new ArrayList<>();
      for (FormModel.Item i : s.items()) {
        boolean sameAsHeading = s.items().size() == 1 && i.label().equals(s.title());
        items.add(item(i, values, prefilled, errors, sameAsHeading ? -1 : 0));
      }
      out.add(el("section", attr("class", "form-section"), el("h2", s.title()), items));
    }
    return out;
  }

  private static Html.Node item(
      FormModel.Item i,
      Map<String, String> values,
      Map<String, Prefill.Value> prefilled,
      Map<String, List<String>> errors,
      int depth) {
    if (i.isList()) {
      return list(i, values, prefilled, errors, depth);
    }
    if (i.isGroup()) {
      List<Object> children = new ArrayList<>();
      if (i.help() != null) {
        children.add(el("p", attr("class", "hint"), i.help()));
      }
      List<String> own = errors.get(i.pointer());
      if (own != null) {
        own.forEach(m -> children.add(el("p", attr("class", "field-error"), "Lỗi: " + m)));
      }
      for (FormModel.Item c : i.children()) {
        children.add(item(c, values, prefilled, errors, depth + 1));
      }
      if (depth < 0) {
        // The section heading already names this object: no second heading.
        return el("div", attr("class", "group"), children);
      }
      return el("fieldset", attr("class", "group"), el("legend", i.label()), children);
    }
    if (i.widget().equals("unsupported")) {
      return el(
          "p",
          attr("class", "hint"),
          i.label() + ": kê khai tại bộ phận một cửa (trang web chưa hỗ trợ danh sách).");
    }
    String id = i.id();
    String value = values.getOrDefault(i.pointer(), "");
    Prefill.Value source = prefilled.get(i.pointer());
    List<String> fieldErrors = errors.getOrDefault(i.pointer(), List.of());
    List<String> describedBy = new ArrayList<>();
    List<Object> parts = new ArrayList<>();
    if (i.help() != null) {
      describedBy.add(id + "-hint");
      parts.add(el("p", attr("class", "hint"), attr("id", id + "-hint"), i.help()));
    }
    if (source != null) {
      describedBy.add(id + "-source");
      parts.add(el("p", attr("class", "source"), attr("id", id + "-source"), source.sourceText()));
    }
    if (!fieldErrors.isEmpty()) {
      describedBy.add(id + "-error");
      parts.add(
          el(
              "p",
              attr("class", "field-error"),
              attr("id", id + "-error"),
              "Lỗi: " + String.join("; ", fieldErrors)));
    }
    String labelText = i.label() + (i.required() ? " (bắt buộc)" : "");
    Object described =
        describedBy.isEmpty() ? null : attr("aria-describedby", String.join(" ", describedBy));
    Object invalid = fieldErrors.isEmpty() ? null : attr("aria-invalid", "true");
    String css = "field" + (fieldErrors.isEmpty() ? "" : " has-error");
    if (i.widget().equals("radio") || i.widget().equals("select") && i.choices().size() <= 3) {
      List<Object> options = new ArrayList<>();
      for (String choice : i.choices()) {
        String optionId = id + "-" + choice.replaceAll("[^A-Za-z0-9]", "");
        options.add(
            el(
                "div",
                attr("class", "choice"),
                el(
                    "input",
                    attr("type", "radio"),
                    attr("id", optionId),
                    attr("name", i.pointer()),
                    attr("value", choice),
                    choice.equals(value) ? flag("checked") : null,
                    invalid,
                    described),
                el("label", attr("for", optionId), FormModel.choiceLabel(choice))));
      }
      return el(
          "fieldset",
          attr("class", css),
          el("legend", labelText),
          parts,
          el("div", attr("class", "choices"), options));
    }
    Html.Element control;
    if (i.widget().equals("select")) {
      List<Object> options = new ArrayList<>();
      options.add(el("option", attr("value", ""), "— Chọn —"));
      for (String choice : i.choices()) {
        options.add(
            el(
                "option",
                attr("value", choice),
                choice.equals(value) ? flag("selected") : null,
                FormModel.choiceLabel(choice)));
      }
      control =
          el("select", attr("id", id), attr("name", i.pointer()), invalid, described, options);
    } else if (i.widget().equals("textarea")) {
      control =
          el(
              "textarea",
              attr("id", id),
              attr("name", i.pointer()),
              attr("rows", "3"),
              i.maxLength() != null ? attr("maxlength", i.maxLength().toString()) : null,
              invalid,
              described,
              value);
    } else {
      String type =
          switch (i.widget()) {
            case "date" -> "date";
            case "number" -> "text";
            default -> "text";
          };
      control =
          el(
              "input",
              attr("type", type),
              attr("id", id),
              attr("name", i.pointer()),
              attr("value", value),
              i.widget().equals("number") ? attr("inputmode", "numeric") : null,
              i.maxLength() != null ? attr("maxlength", i.maxLength().toString()) : null,
              autocomplete(i.pointer()),
              invalid,
              described);
    }
    return el(
        "div",
        attr("class", css + (source != null ? " prefilled" : "")),
        el("label", attr("for", id), labelText),
        parts,
        control);
  }

  /**
   * A list field: its first row open, the others folded under "Thêm ..." ({@code details}, no
   * script needed), unfolded when they hold a value or an error.
   */
  private static Html.Node list(
      FormModel.Item i,
      Map<String, String> values,
      Map<String, Prefill.Value> prefilled,
      Map<String, List<String>> errors,
      int depth) {
    List<Object> children = new ArrayList<>();
    if (i.help() != null) {
      children.add(el("p", attr("class", "hint"), i.help()));
    }
    List<String> own = errors.get(i.pointer());
    if (own != null) {
      own.forEach(m -> children.add(el("p", attr("class", "field-error"), "Lỗi: " + m)));
    }
    List<FormModel.Item> rows = i.children();
    for (int r = 0; r < rows.size(); r++) {
      FormModel.Item row = rows.get(r);
      Html.Node rendered = item(row, values, prefilled, errors, depth + 1);
      if (r == 0) {
        children.add(rendered);
        continue;
      }
      boolean used =
          used(
                  values.entrySet().stream()
                      .filter(e -> !e.getValue().isBlank())
                      .map(Map.Entry::getKey),
                  row)
              || used(errors.keySet().stream(), row);
      String label = row.label();
      children.add(
          el(
              "details",
              attr("class", "more-row"),
              used ? flag("open") : null,
              el("summary", "Thêm " + Character.toLowerCase(label.charAt(0)) + label.substring(1)),
              rendered));
    }
    if (depth < 0) {
      return el("div", attr("class", "group list"), children);
    }
    return el("fieldset", attr("class", "group list"), el("legend", i.label()), children);
  }

  private static boolean used(java.util.stream.Stream<String> pointers, FormModel.Item row) {
    return pointers.anyMatch(p -> p.equals(row.pointer()) || p.startsWith(row.pointer() + "/"));
  }

  private static Html.@org.jspecify.annotations.Nullable Attr autocomplete(String pointer) {
    if (pointer.equals("/requester/fullName")) {
      return attr("autocomplete", "name");
    }
    if (pointer.endsWith("/phone")) {
      return attr("autocomplete", "tel");
    }
    if (pointer.endsWith("/email")) {
      return attr("autocomplete", "email");
    }
    return null;
  }
}
