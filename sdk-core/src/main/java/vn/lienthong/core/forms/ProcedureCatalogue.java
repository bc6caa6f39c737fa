package vn.lienthong.core.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.id.ProcedureCode;

/**
 * The catalogue of commune procedures as data (bundled resource {@code
 * vn/lienthong/core/forms/procedures.json}): code, Vietnamese name, competent level, deadline (a
 * {@link ProcessingDeadline}: {@code {"workingDays": 7}} or {@code {"sameDay": true}}; the same-day
 * cut-off is the {@link vn.lienthong.core.calendar.WorkingCalendar}'s), fees, required documents
 * and which of them registry data can replace, and the e-form.
 *
 * <p>Instances are immutable and thread-safe; the bundled catalogue is loaded once.
 *
 * <pre>{@code
 * CatalogueEntry birth = ProcedureCatalogue.bundled().find(ProcedureCode.parse("1.001193")).orElseThrow();
 * birth.deadline().isSameDay();  // true: due the same day, the next working day after 15:00
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProcedureCatalogue {

  private static final String RESOURCE = "/vn/lienthong/core/forms/procedures.json";

  private static volatile @Nullable ProcedureCatalogue bundled;

  private final Map<ProcedureCode, CatalogueEntry> entries;

  private ProcedureCatalogue(Map<ProcedureCode, CatalogueEntry> entries) {
    this.entries = entries;
  }

  /**
   * Returns the catalogue bundled with the SDK, loading it on first use.
   *
   * @return the shared catalogue
   * @throws ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if the resource is missing or
   *     invalid
   */
  public static ProcedureCatalogue bundled() {
    ProcedureCatalogue c = bundled;
    if (c == null) {
      synchronized (ProcedureCatalogue.class) {
        c = bundled;
        if (c == null) {
          c = load();
          bundled = c;
        }
      }
    }
    return c;
  }

  /**
   * Returns every procedure, in catalogue order.
   *
   * @return the entries, unmodifiable
   */
  public List<CatalogueEntry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * Finds a procedure by code.
   *
   * @param code the procedure code
   * @return the entry, or empty if the catalogue does not list it
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<CatalogueEntry> find(ProcedureCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(entries.get(code));
  }

  private static ProcedureCatalogue load() {
    try (InputStream in = ProcedureCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw corrupt("missing", null);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<ProcedureCode, CatalogueEntry> map = new LinkedHashMap<>();
      for (JsonNode p : root.path("procedures")) {
        CatalogueEntry entry = entry(p);
        if (map.put(entry.code(), entry) != null) {
          throw corrupt("duplicate", null);
        }
      }
      return new ProcedureCatalogue(map);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ConfigurationException ce) {
        throw ce;
      }
      throw corrupt("invalid", e);
    }
  }

  private static CatalogueEntry entry(JsonNode p) {
    JsonNode d = p.path("deadline");
    ProcessingDeadline deadline =
        d.path("sameDay").asBoolean(false)
            ? ProcessingDeadline.sameDay()
            : ProcessingDeadline.workingDays(d.path("workingDays").asInt(-1));
    List<CatalogueFee> fees = new ArrayList<>();
    for (JsonNode f : p.path("fees")) {
      fees.add(
          new CatalogueFee(
              f.path("name").asText(), f.path("amountVnd").asLong(-1), f.path("source").asText()));
    }
    List<RequiredDocument> documents = new ArrayList<>();
    for (JsonNode doc : p.path("documents")) {
      JsonNode replaced = doc.get("replacedBy");
      documents.add(
          new RequiredDocument(
              doc.path("id").asText(),
              doc.path("name").asText(),
              replaced == null ? null : replaced.asText()));
    }
    JsonNode form = p.get("form");
    return new CatalogueEntry(
        ProcedureCode.parse(p.path("code").asText()),
        p.path("name").asText(),
        CompetentLevel.valueOf(p.path("level").asText()),
        deadline,
        fees,
        documents,
        form == null ? null : new FormId(form.path("id").asText(), form.path("version").asText()));
  }

  private static ConfigurationException corrupt(String rule, @Nullable Exception cause) {
    return new ConfigurationException(
        CoreErrorCode.BUNDLED_DATA_CORRUPT,
        ErrorDetails.field("forms/procedures.json").rule("catalogue." + rule),
        cause);
  }
}
