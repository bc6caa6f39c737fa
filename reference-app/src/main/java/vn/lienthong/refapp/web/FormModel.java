package vn.lienthong.refapp.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.forms.FormDefinition;
import vn.lienthong.core.forms.UiGroup;
import vn.lienthong.core.text.VietnameseText;

/**
 * A standard e-form read from its JSON Schema and UI hints into what a page renders: groups of
 * nested fieldsets and leaf fields with label, widget, choices and help, keyed by JSON Pointer; and
 * back from posted field values into the JSON document the validator checks.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class FormModel {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COMMON_ID = "urn:lienthong:form:common:1.0";
  private static final String COMMON_RESOURCE = "/vn/lienthong/core/forms/common/1.0.json";
  private static final int MAX_DEPTH = 6;

  /**
   * The most rows a list field (a JSON array) offers on the page; the schema's {@code maxItems}
   * lowers it. Without scripts the page cannot add rows, so it renders them all, the first open and
   * the others folded under "Thêm ..." (HTML {@code details}).
   */
  static final int MAX_ROWS = 10;

  /** Labels of the closed code lists the standard forms use. */
  private static final Map<String, String> CHOICE_LABELS =
      Map.of(
          "1", "Nam",
          "2", "Nữ",
          "CAN_CUOC", "Thẻ căn cước",
          "CCCD", "Căn cước công dân",
          "CMND", "Chứng minh nhân dân",
          "HO_CHIEU", "Hộ chiếu",
          "KHAC", "Giấy tờ khác");

  /** A node of the form: a fieldset (children), a list (rows as children) or a leaf field. */
  record Item(
      String pointer,
      String label,
      String type,
      String widget,
      List<String> choices,
      boolean required,
      @Nullable String help,
      @Nullable Integer maxLength,
      List<Item> children) {

    boolean isGroup() {
      return type.equals("object");
    }

    boolean isList() {
      return type.equals("array");
    }

    String id() {
      return fieldId(pointer);
    }
  }

  /** A titled section of the form. */
  record Section(String title, List<Item> items) {}

  private final FormDefinition definition;
  private final List<Section> sections;
  private final Map<String, Item> leaves = new LinkedHashMap<>();

  /** The pointers of list fields, the deepest first (their rows are compacted in that order). */
  private final List<String> lists = new ArrayList<>();

  FormModel(FormDefinition definition) {
    this.definition = definition;
    JsonNode schema = read(definition.schemaJson());
    JsonNode common = readCommon();
    Function<JsonNode, JsonNode> resolve = n -> resolve(n, schema, common);
    JsonNode props = schema.path("properties");
    Set<String> required = names(schema.path("required"));
    Map<String, Item> top = new LinkedHashMap<>();
    props
        .fieldNames()
        .forEachRemaining(
            name ->
                top.put(
                    "/" + name,
                    item(
                        "/" + name,
                        resolve.apply(props.get(name)),
                        required.contains(name),
                        resolve,
                        0)));
    List<Section> out = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    for (UiGroup g : definition.uiHints().groups()) {
      List<Item> items = new ArrayList<>();
      for (String p : g.fields()) {
        Item i = top.get(p);
        if (i != null && placed.add(p)) {
          items.add(i);
        }
      }
      out.add(new Section(g.title(), items));
    }
    List<Item> rest = new ArrayList<>();
    List<String> order = new ArrayList<>(definition.uiHints().order());
    top.keySet().stream().filter(p -> !order.contains(p)).forEach(order::add);
    for (String p : order) {
      Item i = top.get(p);
      if (i != null && placed.add(p)) {
        rest.add(i);
      }
    }
    if (!rest.isEmpty()) {
      out.add(new Section("Thông tin khác", rest));
    }
    this.sections = List.copyOf(out);
    lists.sort(Comparator.comparingInt(String::length).reversed());
  }

  FormDefinition definition() {
    return definition;
  }

  List<Section> sections() {
    return sections;
  }

  /** Leaf fields by pointer. */
  Map<String, Item> leaves() {
    return leaves;
  }

  private Item item(
      String pointer,
      JsonNode schema,
      boolean required,
      Function<JsonNode, JsonNode> resolve,
      int depth) {
    String title = schema.path("title").asText(pointer.substring(pointer.lastIndexOf('/') + 1));
    String help = definition.uiHints().helpText(pointer).orElse(null);
    String type = schema.path("type").asText("string");
    if (type.equals("object") && depth < MAX_DEPTH) {
      Set<String> req = names(schema.path("required"));
      List<Item> children = new ArrayList<>();
      JsonNode props = schema.path("properties");
      props
          .fieldNames()
          .forEachRemaining(
              name ->
                  children.add(
                      item(
                          pointer + "/" + name,
                          resolve.apply(props.get(name)),
                          required && req.contains(name),
                          resolve,
                          depth + 1)));
      return new Item(
          pointer, title, "object", "fieldset", List.of(), required, help, null, children);
    }
    if (type.equals("array") && depth < MAX_DEPTH) {
      JsonNode rowSchema = resolve.apply(schema.path("items"));
      String rowTitle = rowSchema.path("title").asText("Mục");
      int rows = Math.max(0, Math.min(MAX_ROWS, schema.path("maxItems").asInt(MAX_ROWS)));
      List<Item> children = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        ObjectNode row =
            rowSchema.isObject()
                ? ((ObjectNode) rowSchema).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        row.put("title", rowTitle + " thứ " + (r + 1));
        // A row's fields are required only once the row is used: the validator says so then.
        children.add(item(pointer + "/" + r, row, false, resolve, depth + 1));
      }
      lists.add(pointer);
      return new Item(pointer, title, "array", "list", List.of(), required, help, null, children);
    }
    List<String> choices = new ArrayList<>();
    schema.path("enum").forEach(v -> choices.add(v.asText()));
    String hinted = definition.uiHints().widget(pointer).orElse("");
    String widget;
    if (type.equals("array")) {
      widget = "unsupported"; // a list nested deeper than MAX_DEPTH
    } else if (!choices.isEmpty()) {
      widget = hinted.equals("radio") || choices.size() <= 3 ? "radio" : "select";
    } else if (hinted.equals("date") || "date".equals(schema.path("format").asText())) {
      widget = "date";
    } else if (hinted.equals("textarea")) {
      widget = "textarea";
    } else if (type.equals("integer") || type.equals("number") || hinted.equals("number")) {
      widget = "number";
    } else {
      widget = "text";
    }
    Integer max = schema.has("maxLength") ? schema.path("maxLength").asInt() : null;
    Item leaf = new Item(pointer, title, type, widget, choices, required, help, max, List.of());
    if (!widget.equals("unsupported")) {
      leaves.put(pointer, leaf);
    }
    return leaf;
  }

  /**
   * Renumbers the rows of every list so the rows holding a value come first, in order, as the JSON
   * document will have them; the validator's error pointers then name the rows the page shows.
   *
   * @param posted values by pointer
   * @return the values with list rows renumbered from 0 (blank values dropped from list rows)
   */
  Map<String, String> compactRows(Map<String, String> posted) {
    Map<String, String> current = new LinkedHashMap<>(posted);
    for (String list : lists) {
      String prefix = list + "/";
      java.util.TreeMap<Integer, Integer> renumber = new java.util.TreeMap<>();
      for (Map.Entry<String, String> e : current.entrySet()) {
        Integer row = row(e.getKey(), prefix);
        if (row != null && !e.getValue().isBlank()) {
          renumber.put(row, 0);
        }
      }
      int next = 0;
      for (Map.Entry<Integer, Integer> e : renumber.entrySet()) {
        e.setValue(next++);
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : current.entrySet()) {
        Integer row = row(e.getKey(), prefix);
        if (row == null) {
          out.put(e.getKey(), e.getValue());
        } else if (renumber.containsKey(row) && !e.getValue().isBlank()) {
          String rest = e.getKey().substring(prefix.length() + String.valueOf(row).length());
          out.put(prefix + renumber.get(row) + rest, e.getValue());
        }
      }
      current = out;
    }
    return current;
  }

  /** The row number of a pointer inside a list ({@code prefix} = the list's pointer + "/"). */
  private static @Nullable Integer row(String pointer, String prefix) {
    if (!pointer.startsWith(prefix)) {
      return null;
    }
    int end = pointer.indexOf('/', prefix.length());
    String n =
        end < 0 ? pointer.substring(prefix.length()) : pointer.substring(prefix.length(), end);
    return n.matches("[0-9]{1,3}") ? Integer.valueOf(n) : null;
  }

  /** Builds the JSON document from posted values (blank values left out). */
  String document(Function<String, String> posted) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (Item leaf : leaves.values()) {
      String raw = VietnameseText.nfc(posted.apply(leaf.pointer()).strip());
      if (raw.isEmpty()) {
        continue;
      }
      String[] parts = leaf.pointer().substring(1).split("/");
      ObjectNode node = root;
      for (int i = 0; i < parts.length - 1; i++) {
        JsonNode next = node.get(parts[i]);
        node = next instanceof ObjectNode o ? o : node.putObject(parts[i]);
      }
      String last = parts[parts.length - 1];
      if (leaf.type().equals("integer") && raw.matches("-?[0-9]{1,9}")) {
        node.put(last, Integer.parseInt(raw));
      } else if (leaf.type().equals("number") && raw.matches("-?[0-9]{1,12}([.][0-9]{1,6})?")) {
        node.put(last, new java.math.BigDecimal(raw));
      } else {
        node.put(last, raw);
      }
    }
    for (String list : lists) {
      compact(root, list);
    }
    return root.toString();
  }

  /**
   * Turns the rows of a list, built as an object keyed by row number, into a JSON array in row
   * order; rows left blank are absent, so the array has no holes.
   */
  private static void compact(ObjectNode root, String pointer) {
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = cut == 0 ? root : root.at(pointer.substring(0, cut));
    String name = pointer.substring(cut + 1);
    if (!(parent instanceof ObjectNode owner) || !(owner.get(name) instanceof ObjectNode rows)) {
      return;
    }
    java.util.TreeMap<Integer, JsonNode> ordered = new java.util.TreeMap<>();
    for (Map.Entry<String, JsonNode> e : rows.properties()) {
      if (e.getKey().matches("[0-9]{1,3}")) {
        ordered.put(Integer.parseInt(e.getKey()), e.getValue());
      }
    }
    com.fasterxml.jackson.databind.node.ArrayNode array = owner.putArray(name);
    ordered.values().forEach(array::add);
  }

  /** Reads the values of a stored JSON document back by pointer (to show it again). */
  Map<String, String> values(String document) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode root = read(document);
    for (String pointer : leaves.keySet()) {
      JsonNode v = root.at(pointer);
      if (!v.isMissingNode() && !v.isNull() && v.isValueNode()) {
        out.put(pointer, v.asText());
      }
    }
    return out;
  }

  static String choiceLabel(String value) {
    return CHOICE_LABELS.getOrDefault(value, value);
  }

  static String fieldId(String pointer) {
    return "f" + pointer.replaceAll("[^A-Za-z0-9]", "-");
  }

  private static Set<String> names(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode resolve(JsonNode node, JsonNode schema, JsonNode common) {
    JsonNode current = node;
    for (int i = 0; i < 8 && current.has("$ref"); i++) {
      String ref = current.path("$ref").asText();
      JsonNode base;
      String fragment;
      if (ref.startsWith(COMMON_ID + "#")) {
        base = common;
        fragment = ref.substring(COMMON_ID.length() + 1);
      } else if (ref.startsWith("#")) {
        base = schema;
        fragment = ref.substring(1);
      } else {
        return current;
      }
      JsonNode target = base.at(fragment);
      if (target.isMissingNode()) {
        return current;
      }
      // Keep a title given beside the $ref (the schema's wording wins over the shared one).
      if (current.has("title") && target.isObject()) {
        ObjectNode copy = ((ObjectNode) target).deepCopy();
        copy.put("title", current.path("title").asText());
        target = copy;
      }
      current = target;
    }
    return current;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable bundled form", e);
    }
  }

  private static JsonNode readCommon() {
    try (InputStream in = FormDefinition.class.getResourceAsStream(COMMON_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + COMMON_RESOURCE);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable " + COMMON_RESOURCE, e);
    }
  }
}
