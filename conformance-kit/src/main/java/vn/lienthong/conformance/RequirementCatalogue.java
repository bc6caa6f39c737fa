package vn.lienthong.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;

/**
 * The conformance requirement catalogue: which requirements a commune system must meet, why, under
 * which legal source, and which checks verify each.
 *
 * <p>The standard catalogue is bundled data ({@code vn/lienthong/conformance/requirements.yaml});
 * {@code docs/requirements.md} is generated from it.
 *
 * <pre>{@code
 * RequirementCatalogue catalogue = RequirementCatalogue.standard();
 * for (Requirement r : catalogue.select("LT-SIG-*")) {
 *   System.out.println(r.id() + " " + r.title().vi());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RequirementCatalogue {

  /** The bundled catalogue resource. */
  public static final String RESOURCE = "/vn/lienthong/conformance/requirements.yaml";

  private static final class Standard {
    static final RequirementCatalogue INSTANCE = load(RESOURCE);
  }

  private final Map<String, Text> areas;
  private final List<Requirement> requirements;

  private RequirementCatalogue(Map<String, Text> areas, List<Requirement> requirements) {
    this.areas = Collections.unmodifiableMap(new LinkedHashMap<>(areas));
    this.requirements = List.copyOf(requirements);
  }

  /**
   * Returns the bundled standard catalogue.
   *
   * @return the catalogue
   * @throws ConfigurationException if the bundled resource is broken (an installation fault)
   */
  public static RequirementCatalogue standard() {
    return Standard.INSTANCE;
  }

  /**
   * Returns the areas, in catalogue order, with their names.
   *
   * @return area code → name
   */
  public Map<String, Text> areas() {
    return areas;
  }

  /**
   * Returns every requirement, in catalogue order.
   *
   * @return the requirements
   */
  public List<Requirement> all() {
    return requirements;
  }

  /**
   * Finds a requirement by id.
   *
   * @param id the id, e.g. {@code LT-SIG-003}
   * @return the requirement, if any
   */
  public Optional<Requirement> find(String id) {
    return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Selects requirements by id pattern, as the runner's {@code --only} option does: a
   * comma-separated list of ids or globs ({@code *} any characters), case-insensitive.
   *
   * @param patterns e.g. {@code LT-SIG-*,LT-API-001}
   * @return the matching requirements, in catalogue order
   * @throws IllegalArgumentException if a pattern matches no requirement (a typo must not silently
   *     run nothing)
   */
  public List<Requirement> select(String patterns) {
    List<Requirement> out = new ArrayList<>();
    for (String raw : patterns.split(",")) {
      String glob = raw.strip().toUpperCase(Locale.ROOT);
      if (glob.isEmpty()) {
        continue;
      }
      Pattern regex = Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q"));
      List<Requirement> hits =
          requirements.stream().filter(r -> regex.matcher(r.id()).matches()).toList();
      if (hits.isEmpty()) {
        throw new IllegalArgumentException("no requirement matches '" + raw.strip() + "'");
      }
      hits.stream().filter(r -> !out.contains(r)).forEach(out::add);
    }
    out.sort((a, b) -> Integer.compare(requirements.indexOf(a), requirements.indexOf(b)));
    return List.copyOf(out);
  }

  static RequirementCatalogue load(String resource) {
    try (InputStream in = RequirementCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw broken(resource, "present on the class path", null);
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      return parse(root, resource);
    } catch (IOException e) {
      throw broken(resource, "well-formed YAML", e);
    }
  }

  static RequirementCatalogue parse(JsonNode root, String origin) {
    Map<String, Text> areas = new LinkedHashMap<>();
    root.path("areas")
        .properties()
        .forEach(e -> areas.put(e.getKey(), text(e.getValue(), origin + " areas." + e.getKey())));
    List<Requirement> requirements = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> checks = new HashSet<>();
    for (JsonNode node : root.path("requirements")) {
      String id = node.path("id").asText();
      String where = origin + " " + id;
      String area = id.length() > 3 ? id.substring(3, Math.max(3, id.lastIndexOf('-'))) : "";
      if (!areas.containsKey(area)) {
        throw broken(where, "an id whose area is declared under 'areas'", null);
      }
      List<String> checkIds = new ArrayList<>();
      node.path("checks").forEach(c -> checkIds.add(c.asText()));
      try {
        Requirement requirement =
            new Requirement(
                id,
                area,
                Level.valueOf(node.path("level").asText()),
                text(node.path("title"), where + " title"),
                text(node.path("statement"), where + " statement"),
                node.path("rationale").asText(),
                node.path("source").asText(),
                checkIds);
        if (!ids.add(id)) {
          throw broken(where, "a unique requirement id", null);
        }
        for (String check : checkIds) {
          if (!checks.add(check)) {
            throw broken(where, "check " + check + " used by one requirement only", null);
          }
        }
        requirements.add(requirement);
      } catch (IllegalArgumentException e) {
        throw broken(where, e.getMessage(), e);
      }
    }
    if (requirements.isEmpty()) {
      throw broken(origin, "at least one requirement", null);
    }
    return new RequirementCatalogue(areas, requirements);
  }

  private static Text text(JsonNode node, String where) {
    try {
      return new Text(node.path("vi").asText(), node.path("en").asText());
    } catch (IllegalArgumentException e) {
      throw broken(where, e.getMessage(), e);
    }
  }

  private static ConfigurationException broken(
      String where, String rule, @org.jspecify.annotations.Nullable Throwable cause) {
    return new ConfigurationException(
        CoreErrorCode.INVALID_CONFIGURATION, ErrorDetails.field(where).rule(rule), cause);
  }

  @Override
  public String toString() {
    return "RequirementCatalogue[" + requirements.size() + " requirements]";
  }
}
