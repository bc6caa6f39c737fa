package vn.lienthong.refapp.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.forms.FormDefinition;
import vn.lienthong.core.forms.PrefillDescriptor;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.registry.Address;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.Purpose;
import vn.lienthong.registry.population.Citizen;
import vn.lienthong.registry.population.PopulationClient;

/**
 * Fills form fields from the registries (once-only) as the form's {@link PrefillDescriptor}s say,
 * through the sdk-registry-clients typed clients, and remembers the source of every value so the
 * page can show it.
 *
 * <p>Instances are thread-safe.
 */
final class Prefill {

  private static final SafeLogger LOG = SafeLogger.of(Prefill.class);

  /** The account the web front desk uses on the bus ({@code LT-UserId}); never a personal id. */
  static final String BUS_USER = "system:web-mot-cua";

  /** Vietnamese names of the registries, shown as the source of prefilled values. */
  static final Map<String, String> REGISTRY_NAMES =
      Map.of(
          "population", "Cơ sở dữ liệu quốc gia về dân cư",
          "business", "Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp",
          "civil-status", "Cơ sở dữ liệu hộ tịch điện tử",
          "land", "Cơ sở dữ liệu quốc gia về đất đai");

  /** One prefilled value and where it came from. */
  record Value(String value, String registry, String field) {
    String sourceText() {
      return "Điền sẵn từ " + REGISTRY_NAMES.getOrDefault(registry, registry) + " (" + field + ")";
    }
  }

  /** The prefilled values by JSON Pointer, and whether a registry could not be reached. */
  record Result(Map<String, Value> values, boolean unavailable) {}

  private final PopulationClient population;

  Prefill(PopulationClient population) {
    this.population = population;
  }

  /**
   * Prefills a form for a citizen.
   *
   * @param form the form definition
   * @param citizenId the logged-in citizen's personal id
   * @param typed values the citizen already typed, by pointer (for lookups keyed on a typed id)
   */
  Result prefill(FormDefinition form, String citizenId, Map<String, String> typed) {
    Map<String, Value> out = new LinkedHashMap<>();
    Map<String, Optional<Citizen>> cache = new LinkedHashMap<>();
    boolean unavailable = false;
    for (PrefillDescriptor d : form.prefill()) {
      if (!d.registry().equals("population")) {
        continue;
      }
      String key = d.byLoggedInCitizen() ? citizenId : typed.getOrDefault(d.key(), "");
      if (!PersonalIdNumber.isValid(key)) {
        continue;
      }
      Optional<Citizen> citizen;
      try {
        citizen = cache.computeIfAbsent(key, k -> lookup(form, k));
      } catch (LienThongException e) {
        LOG.warn("prefill of {} failed: {}", form.id(), e.code());
        unavailable = true;
        continue;
      }
      if (citizen.isEmpty()) {
        continue;
      }
      fill(out, d, citizen.get());
    }
    return new Result(out, unavailable);
  }

  private Optional<Citizen> lookup(FormDefinition form, String personalId) {
    return population.lookup(
        PersonalIdNumber.parse(personalId),
        Purpose.prefill(form.procedure(), null),
        CallContext.officer(BUS_USER));
  }

  private static void fill(Map<String, Value> out, PrefillDescriptor d, Citizen c) {
    String p = d.pointer();
    switch (d.field()) {
      case "HoVaTen" -> out.put(p, new Value(c.fullName(), d.registry(), d.field()));
      case "SoDinhDanh" -> out.put(p, new Value(c.personalId().value(), d.registry(), d.field()));
      case "NgayThangNamSinh" -> out.put(p, new Value(c.birthDate(), d.registry(), d.field()));
      case "GioiTinh" ->
          out.put(p, new Value(String.valueOf(c.gender().code()), d.registry(), d.field()));
      case "ThuongTru" -> {
        Address a = c.permanentResidence();
        if (a != null) {
          out.put(p + "/provinceCode", new Value(a.provinceCode(), d.registry(), d.field()));
          out.put(p + "/communeCode", new Value(a.communeCode(), d.registry(), d.field()));
          String detail = detail(a);
          if (!detail.isEmpty()) {
            out.put(p + "/detail", new Value(detail, d.registry(), d.field()));
          }
        }
      }
      default -> {
        // A registry field this page does not know yet: the citizen types it.
      }
    }
  }

  private static String detail(Address a) {
    StringBuilder b = new StringBuilder();
    if (a.street() != null) {
      b.append(a.street());
    }
    if (a.village() != null) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(a.village());
    }
    return b.toString();
  }
}
