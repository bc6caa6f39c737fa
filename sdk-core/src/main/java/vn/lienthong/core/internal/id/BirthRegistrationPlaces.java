package vn.lienthong.core.internal.id;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.id.BirthRegistrationPlace;

/**
 * The bundled table of birth-registration place codes, loaded once from {@code
 * vn/lienthong/core/id/birth-registration-places.tsv}. Not part of the public API.
 */
public final class BirthRegistrationPlaces {

  /** The resource holding the table. */
  public static final String RESOURCE = "/vn/lienthong/core/id/birth-registration-places.tsv";

  private BirthRegistrationPlaces() {}

  /**
   * Finds a place by code.
   *
   * @param code three digits
   * @return the place, if known
   */
  public static Optional<BirthRegistrationPlace> find(String code) {
    return Optional.ofNullable(Table.BY_CODE.get(code));
  }

  /**
   * Returns every place, ordered by code.
   *
   * @return an unmodifiable list
   */
  public static List<BirthRegistrationPlace> all() {
    return List.copyOf(Table.BY_CODE.values());
  }

  /** Lazy holder: the table is read on first use. */
  private static final class Table {
    static final Map<String, BirthRegistrationPlace> BY_CODE = load();
  }

  private static Map<String, BirthRegistrationPlace> load() {
    try (InputStream in = BirthRegistrationPlaces.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw corrupt("missing", null);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<BirthRegistrationPlace> places = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 4 || cells[0].length() != 3 || !IdentifierInput.allDigits(cells[0])) {
          throw corrupt("row", null);
        }
        places.add(new BirthRegistrationPlace(cells[0], cells[1], cells[2], cells[3]));
      }
      Map<String, BirthRegistrationPlace> byCode = new LinkedHashMap<>();
      places.stream()
          .sorted((a, b) -> a.code().compareTo(b.code()))
          .forEach(p -> byCode.put(p.code(), p));
      if (byCode.size() != 63) {
        throw corrupt("count", null);
      }
      return java.util.Collections.unmodifiableMap(byCode);
    } catch (IOException e) {
      throw corrupt("unreadable", new UncheckedIOException(e));
    }
  }

  private static ConfigurationException corrupt(String rule, @Nullable Throwable cause) {
    return new ConfigurationException(
        CoreErrorCode.BUNDLED_DATA_CORRUPT,
        ErrorDetails.field(RESOURCE).rule("birth-registration-places." + rule),
        cause);
  }
}
