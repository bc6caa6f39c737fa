package vn.lienthong.core.internal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.admin.Coverage;
import vn.lienthong.core.admin.Province;
import vn.lienthong.core.admin.Successor;
import vn.lienthong.core.admin.UnitKind;

/**
 * The loaded tables of one unit list and their indexes: by code, by name key, by province, and the
 * legacy tables. Arguments are already checked for shape by the caller. Immutable and thread-safe.
 * Not part of the public API.
 */
public final class UnitTables {

  /** Class-path location of the list in force from 1 July 2025. */
  public static final String JULY_2025_RESOURCE = "/vn/lienthong/core/admin/units-2025-07-01.bin";

  private static final Commune[] NO_COMMUNES = new Commune[0];

  private final LocalDate effectiveDate;
  private final List<Province> provinces;
  private final List<Commune> communes;
  private final Map<String, Province> provinceByCode;
  private final Map<String, Commune> communeByCode;
  private final Map<String, Province> provinceByKey;
  private final Map<String, Commune[]> communesByKey;
  private final List<List<Commune>> communesByProvince;
  private final LegacyTable oldProvinces;
  private final LegacyTable oldCommunes;

  UnitTables(
      LocalDate effectiveDate,
      List<Province> provinces,
      List<Commune> communes,
      LegacyTable oldProvinces,
      LegacyTable oldCommunes) {
    this.effectiveDate = effectiveDate;
    this.provinces = Collections.unmodifiableList(new ArrayList<>(provinces));
    this.communes = Collections.unmodifiableList(new ArrayList<>(communes));
    this.oldProvinces = oldProvinces;
    this.oldCommunes = oldCommunes;
    // Loops rather than lambdas, streams or record hashCode: on a cold JVM each of those
    // bootstraps invokedynamic machinery that costs more than the whole load.
    this.provinceByCode = new HashMap<>(provinces.size() * 2);
    this.provinceByKey = new HashMap<>(provinces.size() * 2);
    Map<Province, Integer> provinceIndex = new IdentityHashMap<>();
    for (Province p : provinces) {
      if (provinceByCode.put(p.code(), p) != null) {
        throw new IllegalArgumentException("duplicate province " + p.code());
      }
      provinceByKey.put(NameKeys.baseKey(p.name(), p.kind()), p);
      provinceIndex.put(p, provinceIndex.size());
    }
    this.communeByCode = new HashMap<>(communes.size() * 2);
    this.communesByKey = new HashMap<>(communes.size() * 2);
    List<List<Commune>> byProvince = new ArrayList<>(provinces.size());
    for (int i = 0; i < provinces.size(); i++) {
      byProvince.add(new ArrayList<>());
    }
    for (Commune c : communes) {
      if (communeByCode.put(c.code(), c) != null) {
        throw new IllegalArgumentException("duplicate commune " + c.code());
      }
      String key = NameKeys.baseKey(c.name(), c.kind());
      Commune[] same = communesByKey.get(key);
      if (same == null) {
        communesByKey.put(key, new Commune[] {c});
      } else {
        Commune[] joined = Arrays.copyOf(same, same.length + 1);
        joined[same.length] = c;
        communesByKey.put(key, joined);
      }
      byProvince.get(provinceIndex.get(c.province())).add(c);
    }
    for (int i = 0; i < byProvince.size(); i++) {
      byProvince.set(i, Collections.unmodifiableList(byProvince.get(i)));
    }
    this.communesByProvince = byProvince;
  }

  /**
   * Loads the list in force from 1 July 2025 from the class path.
   *
   * @return the tables
   * @throws ConfigurationException if the resource is missing or corrupt
   */
  public static UnitTables loadJuly2025() {
    byte[] bytes;
    try (InputStream in = UnitTables.class.getResourceAsStream(JULY_2025_RESOURCE)) {
      if (in == null) {
        throw UnitTablesReader.corrupt(JULY_2025_RESOURCE, "missing", null);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw UnitTablesReader.corrupt(JULY_2025_RESOURCE, "unreadable", e);
    }
    return read(JULY_2025_RESOURCE, bytes);
  }

  /**
   * Decodes tables from the bytes of a resource.
   *
   * @param resource the resource name, for errors
   * @param bytes the resource's content
   * @return the tables
   * @throws ConfigurationException if the bytes are not a valid resource
   */
  public static UnitTables read(String resource, byte[] bytes) {
    return UnitTablesReader.read(resource, bytes);
  }

  /**
   * Returns the date the list took effect.
   *
   * @return the effective date
   */
  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  /**
   * Returns the provinces in official order.
   *
   * @return an unmodifiable list
   */
  public List<Province> provinces() {
    return provinces;
  }

  /**
   * Returns the communes in official order.
   *
   * @return an unmodifiable list
   */
  public List<Commune> communes() {
    return communes;
  }

  /**
   * Finds a province by its checked code.
   *
   * @param code 2 digits
   * @return the province, or empty
   */
  public Optional<Province> province(String code) {
    return Optional.ofNullable(provinceByCode.get(code));
  }

  /**
   * Finds a commune by its checked code.
   *
   * @param code 5 digits
   * @return the commune, or empty
   */
  public Optional<Commune> commune(String code) {
    return Optional.ofNullable(communeByCode.get(code));
  }

  /**
   * Returns the communes of a province of this list, in official order.
   *
   * @param province the province
   * @return an unmodifiable list, empty if the province is not one of this list
   */
  public List<Commune> communesOf(Province province) {
    Province own = provinceByCode.get(province.code());
    if (!province.equals(own)) {
      return List.of();
    }
    return communesByProvince.get(provinces.indexOf(own));
  }

  /**
   * Finds a province by a checked name, ignoring case, diacritics and a leading "TP.", "Thành phố"
   * or "Tỉnh".
   *
   * @param name the name
   * @return the province, or empty
   */
  public Optional<Province> provinceNamed(String name) {
    String key = NameKeys.key(name);
    Province direct = provinceByKey.get(key);
    if (direct != null) {
      return Optional.of(direct);
    }
    for (NameKeys.Prefix prefix : NameKeys.PROVINCE_PREFIXES) {
      if (key.startsWith(prefix.folded())) {
        Province p = provinceByKey.get(key.substring(prefix.folded().length()));
        if (p != null && p.kind() == prefix.kind()) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the communes matching a checked name: those whose name without its kind word has the same
   * key, then, if the name starts with a kind word, those of that kind named by the rest.
   *
   * @param name the name
   * @param province only communes of this province, or null for all
   * @return an unmodifiable list in that order, without duplicates
   */
  public List<Commune> communesNamed(String name, @Nullable Province province) {
    String key = NameKeys.key(name);
    Set<Commune> found = new LinkedHashSet<>();
    addAll(found, communesByKey.getOrDefault(key, NO_COMMUNES), null, province);
    for (NameKeys.Prefix prefix : NameKeys.COMMUNE_PREFIXES) {
      if (key.startsWith(prefix.folded())) {
        Commune[] rest =
            communesByKey.getOrDefault(key.substring(prefix.folded().length()), NO_COMMUNES);
        addAll(found, rest, prefix.kind(), province);
      }
    }
    return List.copyOf(found);
  }

  private static void addAll(
      Set<Commune> found, Commune[] candidates, @Nullable UnitKind kind, @Nullable Province p) {
    for (Commune c : candidates) {
      if ((kind == null || c.kind() == kind) && (p == null || c.province().equals(p))) {
        found.add(c);
      }
    }
  }

  /**
   * Resolves a checked old province code.
   *
   * @param oldCode 2 digits
   * @return the new province(s), empty if the code is unknown
   */
  public List<Successor<Province>> resolveLegacyProvince(String oldCode) {
    int pos = oldProvinces.find(Integer.parseInt(oldCode));
    if (pos < 0) {
      return List.of();
    }
    List<Successor<Province>> out = new ArrayList<>();
    for (int t = oldProvinces.firstTarget(pos); t < oldProvinces.endTarget(pos); t++) {
      out.add(
          new Successor<>(
              oldCode,
              oldProvinces.oldName(pos),
              provinces.get(oldProvinces.target(t)),
              oldProvinces.full(t) ? Coverage.FULL : Coverage.PARTIAL));
    }
    return List.copyOf(out);
  }

  /**
   * Resolves a checked old commune code.
   *
   * @param oldCode 5 digits
   * @return the new commune(s), empty if the code is unknown
   */
  public List<Successor<Commune>> resolveLegacyCommune(String oldCode) {
    int pos = oldCommunes.find(Integer.parseInt(oldCode));
    if (pos < 0) {
      return List.of();
    }
    List<Successor<Commune>> out = new ArrayList<>();
    for (int t = oldCommunes.firstTarget(pos); t < oldCommunes.endTarget(pos); t++) {
      out.add(
          new Successor<>(
              oldCode,
              oldCommunes.oldName(pos),
              communes.get(oldCommunes.target(t)),
              oldCommunes.full(t) ? Coverage.FULL : Coverage.PARTIAL));
    }
    return List.copyOf(out);
  }

  /**
   * Returns how many old provinces and old communes the legacy tables know.
   *
   * @return {old provinces, old communes}
   */
  public int[] legacySizes() {
    return new int[] {oldProvinces.size(), oldCommunes.size()};
  }
}
