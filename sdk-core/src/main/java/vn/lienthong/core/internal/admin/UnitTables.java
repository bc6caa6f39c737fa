package vn.lienthong.core.internal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

  private final LocalDate effectiveDate;
  private final List<Province> provinces;
  private final List<Commune> communes;
  private final Province[] provinceByCode;
  private final int[] provinceIndexByCode;
  private final int[] sortedCommuneCodes;
  private final short[] communeByCodeOrder;
  private final NameIndex provinceNames;
  private final NameIndex communeNames;
  private final List<List<Commune>> communesByProvince;
  private final LegacyTable oldProvinces;
  private final LegacyTable oldCommunes;

  // Plain loops over arrays rather than hash maps, lambdas, streams or record hashing: on a cold
  // JVM each of those bootstraps machinery worth milliseconds. Name keys and the commune code
  // order come precomputed from the data step; here they are only checked.
  UnitTables(
      LocalDate effectiveDate,
      Province[] provinces,
      Commune[] communes,
      byte[] communeProvinces,
      byte[] communeCodes,
      short[] codeOrder,
      NameIndex provinceNames,
      NameIndex communeNames,
      LegacyTable oldProvinces,
      LegacyTable oldCommunes) {
    this.effectiveDate = effectiveDate;
    this.provinces = Collections.unmodifiableList(Arrays.asList(provinces));
    this.communes = Collections.unmodifiableList(Arrays.asList(communes));
    this.provinceNames = provinceNames;
    this.communeNames = communeNames;
    this.oldProvinces = oldProvinces;
    this.oldCommunes = oldCommunes;
    this.provinceByCode = new Province[100];
    this.provinceIndexByCode = new int[100];
    for (int i = 0; i < provinces.length; i++) {
      int code = Integer.parseInt(provinces[i].code());
      if (provinceByCode[code] != null) {
        throw new IllegalArgumentException("duplicate province " + code);
      }
      provinceByCode[code] = provinces[i];
      provinceIndexByCode[code] = i;
    }
    this.sortedCommuneCodes = new int[communes.length];
    for (int i = 0; i < codeOrder.length; i++) {
      int at = 5 * (codeOrder[i] & 0xFFFF);
      int code =
          (((communeCodes[at] * 10 + communeCodes[at + 1]) * 10 + communeCodes[at + 2]) * 10
                      + communeCodes[at + 3])
                  * 10
              + communeCodes[at + 4]
              - '0' * 11111;
      if (i > 0 && code <= sortedCommuneCodes[i - 1]) {
        throw new IllegalArgumentException("duplicate or unsorted commune " + code);
      }
      sortedCommuneCodes[i] = code;
    }
    this.communeByCodeOrder = codeOrder;
    this.communesByProvince = byProvince(provinces.length, communes, communeProvinces);
  }

  private static List<List<Commune>> byProvince(
      int provinceCount, Commune[] communes, byte[] communeProvinces) {
    int[] sizes = new int[provinceCount];
    for (byte p : communeProvinces) {
      sizes[p & 0xFF]++;
    }
    Commune[][] groups = new Commune[provinceCount][];
    for (int p = 0; p < provinceCount; p++) {
      groups[p] = new Commune[sizes[p]];
      sizes[p] = 0;
    }
    for (int i = 0; i < communes.length; i++) {
      int p = communeProvinces[i] & 0xFF;
      groups[p][sizes[p]++] = communes[i];
    }
    List<List<Commune>> out = new ArrayList<>(provinceCount);
    for (Commune[] group : groups) {
      out.add(Collections.unmodifiableList(Arrays.asList(group)));
    }
    return Collections.unmodifiableList(out);
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
    return Optional.ofNullable(provinceByCode[Integer.parseInt(code)]);
  }

  /**
   * Finds a commune by its checked code.
   *
   * @param code 5 digits
   * @return the commune, or empty
   */
  public Optional<Commune> commune(String code) {
    int pos = Arrays.binarySearch(sortedCommuneCodes, Integer.parseInt(code));
    return pos < 0 ? Optional.empty() : Optional.of(communes.get(communeByCodeOrder[pos] & 0xFFFF));
  }

  /**
   * Returns the communes of a province of this list, in official order.
   *
   * @param province the province
   * @return an unmodifiable list, empty if the province is not one of this list
   */
  public List<Commune> communesOf(Province province) {
    Province own = own(province);
    return own == null
        ? List.of()
        : communesByProvince.get(provinceIndexByCode[Integer.parseInt(own.code())]);
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
    Province direct = provinceByKey(key);
    if (direct != null) {
      return Optional.of(direct);
    }
    for (NameKeys.Prefix prefix : NameKeys.PROVINCE_PREFIXES) {
      if (key.startsWith(prefix.folded())) {
        Province p = provinceByKey(key.substring(prefix.folded().length()));
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
    Province own = null;
    if (province != null) {
      own = own(province);
      if (own == null) {
        return List.of();
      }
    }
    String key = NameKeys.key(name);
    List<Commune> found = new ArrayList<>();
    addAll(found, key, null, own);
    for (NameKeys.Prefix prefix : NameKeys.COMMUNE_PREFIXES) {
      if (key.startsWith(prefix.folded())) {
        addAll(found, key.substring(prefix.folded().length()), prefix.kind(), own);
      }
    }
    return List.copyOf(found);
  }

  private @Nullable Province provinceByKey(String key) {
    int group = provinceNames.find(key);
    return group < 0 ? null : provinces.get(provinceNames.member(provinceNames.start(group)));
  }

  /**
   * Returns this list's instance of a province, or null if the list has no such province. Compares
   * fields rather than calling the record's {@code equals}, whose first call on a cold JVM
   * bootstraps invokedynamic machinery worth tens of milliseconds.
   */
  private @Nullable Province own(Province p) {
    Province own = provinceByCode[Integer.parseInt(p.code())];
    boolean same =
        own != null && (own == p || (own.kind() == p.kind() && own.name().equals(p.name())));
    return same ? own : null;
  }

  /** Adds a key's communes not yet found; identity suffices, each unit has one instance. */
  private void addAll(
      List<Commune> found, String key, @Nullable UnitKind kind, @Nullable Province own) {
    int group = communeNames.find(key);
    if (group < 0) {
      return;
    }
    for (int i = communeNames.start(group); i < communeNames.end(group); i++) {
      Commune c = communes.get(communeNames.member(i));
      if ((kind == null || c.kind() == kind) && (own == null || c.province() == own)) {
        boolean seen = false;
        for (Commune f : found) {
          seen |= f == c;
        }
        if (!seen) {
          found.add(c);
        }
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

  /**
   * Returns the precomputed name key of every province, then of every commune, in list order: for
   * the test that keeps the data step's keys equal to {@link NameKeys#baseKey}.
   *
   * @return one key per unit, provinces first
   */
  String[] storedNameKeys() {
    String[] keys = new String[provinces.size() + communes.size()];
    fill(keys, provinceNames, 0);
    fill(keys, communeNames, provinces.size());
    return keys;
  }

  private static void fill(String[] keys, NameIndex index, int offset) {
    for (int g = 0; g < index.groups(); g++) {
      for (int i = index.start(g); i < index.end(g); i++) {
        keys[offset + index.member(i)] = index.key(g);
      }
    }
  }
}
