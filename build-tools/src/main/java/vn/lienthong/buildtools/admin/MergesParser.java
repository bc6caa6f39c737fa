package vn.lienthong.buildtools.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code merges.json}: {@code data[]} of new provinces ({@code level1_id}, {@code name},
 * {@code merges[]}, {@code level2s[]}), each new commune with {@code level2_id}, {@code name} and
 * {@code merges[]} of {@code {old_id, name, type: full|partial}}.
 */
final class MergesParser {

  private MergesParser() {}

  static List<SourceModel.ProvinceMerge> parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new DataStepException("merges.json is not JSON", List.of(e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    List<SourceModel.ProvinceMerge> out = new ArrayList<>();
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw new DataStepException("merges.json", List.of("missing array 'data'"));
    }
    for (JsonNode p : data) {
      SourceModel.Merge province = merge(p, "level1_id", problems);
      List<SourceModel.Merge> communes = new ArrayList<>();
      JsonNode level2s = p.path("level2s");
      if (!level2s.isArray()) {
        problems.add("province " + province.newCode() + ": missing array 'level2s'");
      }
      for (JsonNode c : level2s) {
        communes.add(merge(c, "level2_id", problems));
      }
      out.add(new SourceModel.ProvinceMerge(province, communes));
    }
    if (!problems.isEmpty()) {
      throw new DataStepException("merges.json is malformed", problems);
    }
    return out;
  }

  private static SourceModel.Merge merge(JsonNode node, String idField, List<String> problems) {
    String code = text(node, idField);
    String name = text(node, "name");
    List<SourceModel.Predecessor> predecessors = new ArrayList<>();
    JsonNode merges = node.path("merges");
    if (!merges.isArray() || merges.isEmpty()) {
      problems.add(idField + " " + code + " (" + name + "): no 'merges' (no predecessor)");
    }
    for (JsonNode m : merges) {
      String type = text(m, "type");
      if (!type.equals("full") && !type.equals("partial")) {
        problems.add(
            idField
                + " "
                + code
                + ": predecessor "
                + text(m, "old_id")
                + " has type '"
                + type
                + "', expected full or partial");
      }
      predecessors.add(
          new SourceModel.Predecessor(text(m, "old_id"), text(m, "name"), type.equals("full")));
    }
    return new SourceModel.Merge(code, name, predecessors);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isTextual()
        ? ""
        : Normalizer.normalize(v.asText().strip(), Normalizer.Form.NFC);
  }
}
