package vn.lienthong.core.internal.admin;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.zip.CRC32;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.admin.Province;
import vn.lienthong.core.admin.UnitKind;

/**
 * Decodes the resource written by the build-tools data step (format version 2, see {@code
 * ResourceWriter} there): magic {@code LTAU}, version, effective date, the old names' string table,
 * the current names in UTF-16, then each table column by column, the commune code order, the name
 * indexes (ASCII keys precomputed by the data step), the legacy tables, CRC-32.
 *
 * <p>The layout serves the first load in a fresh JVM, which runs mostly in the interpreter: columns
 * are copied with bulk reads, names become strings without UTF-8 decoding, no name is folded, and
 * the checks are short loops without calls. Any deviation is a {@link ConfigurationException} with
 * {@link CoreErrorCode#BUNDLED_DATA_CORRUPT}. Not part of the public API.
 */
final class UnitTablesReader {

  static final int VERSION = 2;
  private static final int HEADER = 4 + 2 + 4;

  private final String resource;
  private final ByteBuffer in;

  private UnitTablesReader(String resource, byte[] bytes) {
    this.resource = resource;
    this.in = ByteBuffer.wrap(bytes, 0, bytes.length - 4);
  }

  static UnitTables read(String resource, byte[] bytes) {
    if (bytes.length < HEADER + 4) {
      throw corrupt(resource, "length", null);
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
      throw corrupt(resource, "crc", null);
    }
    try {
      return new UnitTablesReader(resource, bytes).decode();
    } catch (BufferUnderflowException
        | IndexOutOfBoundsException
        | IllegalArgumentException
        | DateTimeException e) {
      throw corrupt(resource, "structure", e);
    }
  }

  static ConfigurationException corrupt(String resource, String rule, Throwable cause) {
    return new ConfigurationException(
        CoreErrorCode.BUNDLED_DATA_CORRUPT, ErrorDetails.field(resource).rule(rule), cause);
  }

  private UnitTables decode() {
    if (in.get() != 'L' || in.get() != 'T' || in.get() != 'A' || in.get() != 'U') {
      throw corrupt(resource, "magic", null);
    }
    if (in.getShort() != VERSION) {
      throw corrupt(resource, "version", null);
    }
    int date = in.getInt();
    LocalDate effective = LocalDate.of(date / 10_000, date / 100 % 100, date % 100);

    int[] ends = ints(in.getInt());
    StringTable strings = new StringTable(bytes(in.getInt()), ends);

    char[] names = chars(in.getInt());
    int provinceCount = in.getShort() & 0xFFFF;
    byte[] provinceCodes = bytes(provinceCount);
    byte[] provinceKinds = bytes(provinceCount);
    int[] provinceNames = ints(provinceCount);
    checkNameEnds(provinceNames, 0, names.length);
    int start;
    Province[] provinces = new Province[provinceCount];
    for (int i = 0; i < provinceCount; i++) {
      start = i == 0 ? 0 : provinceNames[i - 1];
      provinces[i] =
          new Province(
              twoDigits(provinceCodes[i] & 0xFF),
              new String(names, start, provinceNames[i] - start),
              kind(provinceKinds[i]));
    }

    int communeCount = in.getShort() & 0xFFFF;
    byte[] communeCodes = bytes(count(communeCount, 5) * 5);
    byte[] communeKinds = bytes(communeCount);
    byte[] communeProvinces = bytes(communeCount);
    int[] communeNames = ints(communeCount);
    int firstCommuneName = provinceCount == 0 ? 0 : provinceNames[provinceCount - 1];
    checkNameEnds(communeNames, firstCommuneName, names.length);
    Commune[] communes = new Commune[communeCount];
    for (int i = 0; i < communeCount; i++) {
      start = i == 0 ? firstCommuneName : communeNames[i - 1];
      communes[i] =
          new Commune(
              new String(communeCodes, 5 * i, 5, StandardCharsets.ISO_8859_1),
              new String(names, start, communeNames[i] - start),
              kind(communeKinds[i]),
              provinces[communeProvinces[i] & 0xFF]);
    }
    short[] codeOrder = shorts(communeCount);

    NameIndex provinceIndex = nameIndex(provinceCount);
    NameIndex communeIndex = nameIndex(communeCount);

    int oldProvinceCount = in.getShort() & 0xFFFF;
    byte[] oldProvinceBytes = bytes(oldProvinceCount);
    int[] oldProvinceCodes = new int[oldProvinceCount];
    for (int i = 0; i < oldProvinceCount; i++) {
      oldProvinceCodes[i] = oldProvinceBytes[i] & 0xFF;
    }
    int[] oldProvinceNames = ints(oldProvinceCount);
    int[] provinceFirst = ints(oldProvinceCount + 1);
    byte[] provinceTargetBytes = bytes(targetCount(provinceFirst));
    short[] provinceTargets = new short[provinceTargetBytes.length];
    for (int i = 0; i < provinceTargets.length; i++) {
      provinceTargets[i] = (short) (provinceTargetBytes[i] & 0xFF);
    }
    LegacyTable oldProvinces =
        legacy(
            2,
            oldProvinceCodes,
            oldProvinceNames,
            provinceFirst,
            provinceTargets,
            provinceCount,
            strings);

    int oldCommuneCount = count(in.getInt(), 9);
    int[] oldCommuneCodes = ints(oldCommuneCount);
    int[] oldCommuneNames = ints(oldCommuneCount);
    int[] communeFirst = ints(oldCommuneCount + 1);
    short[] communeTargets = shorts(targetCount(communeFirst));
    LegacyTable oldCommunes =
        legacy(
            5,
            oldCommuneCodes,
            oldCommuneNames,
            communeFirst,
            communeTargets,
            communeCount,
            strings);
    if (in.hasRemaining()) {
      throw corrupt(resource, "trailing-bytes", null);
    }
    return new UnitTables(
        effective,
        provinces,
        communes,
        communeProvinces,
        communeCodes,
        codeOrder,
        provinceIndex,
        communeIndex,
        oldProvinces,
        oldCommunes);
  }

  /** Reads a name index over {@code units} units and checks that it lists each unit once. */
  private NameIndex nameIndex(int units) {
    int groups = in.getShort() & 0xFFFF;
    byte[] keyBytes = bytes(in.getInt());
    int[] keyEnds = ints(groups);
    // Keys strictly increasing, compared as unsigned bytes (String order for ASCII), in one loop
    // without calls: on a cold JVM it runs in the interpreter.
    int previousStart = 0;
    int previousEnd = 0;
    for (int g = 0; g < groups; g++) {
      int end = keyEnds[g];
      if (end < previousEnd || end > keyBytes.length) {
        throw new IllegalArgumentException("name key offset " + end);
      }
      if (g > 0) {
        int a = previousStart;
        int b = previousEnd;
        while (a < previousEnd && b < end && keyBytes[a] == keyBytes[b]) {
          a++;
          b++;
        }
        boolean increasing =
            a == previousEnd ? b < end : b < end && (keyBytes[a] & 0xFF) < (keyBytes[b] & 0xFF);
        if (!increasing) {
          throw new IllegalArgumentException("name keys not sorted at " + g);
        }
      }
      previousStart = previousEnd;
      previousEnd = end;
    }
    short[] starts = shorts(groups + 1);
    short[] members = shorts(units);
    if (starts[0] != 0 || (starts[groups] & 0xFFFF) != units) {
      throw new IllegalArgumentException("name index bounds");
    }
    // Loops without calls: on a cold JVM they run in the interpreter, where a call costs more
    // than the comparisons around it.
    boolean[] seen = new boolean[units];
    int unit = -1;
    for (int g = 0; g < groups; g++) {
      int start = starts[g] & 0xFFFF;
      int end = starts[g + 1] & 0xFFFF;
      if (end <= start) {
        throw new IllegalArgumentException("empty name group " + g);
      }
      for (int i = start; i < end; i++) {
        int previous = i == start ? -1 : unit;
        unit = members[i] & 0xFFFF;
        if (unit >= units || unit <= previous || seen[unit]) {
          throw new IllegalArgumentException("name index member " + unit);
        }
        seen[unit] = true;
      }
    }
    return new NameIndex(keyBytes, keyEnds, starts, members);
  }

  private int targetCount(int[] first) {
    return first[first.length - 1];
  }

  private LegacyTable legacy(
      int digits,
      int[] codes,
      int[] names,
      int[] first,
      short[] targets,
      int units,
      StringTable strings) {
    int stringCount = strings.size();
    int previous = -1;
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] <= previous
          || names[i] < 0
          || names[i] >= stringCount
          || first[i] < 0
          || first[i] > first[i + 1]) {
        throw new IllegalArgumentException("legacy entry " + i);
      }
      previous = codes[i];
    }
    for (short t : targets) {
      if ((t & 0xFFFF) >= units) {
        throw new IllegalArgumentException("legacy target " + (t & 0xFFFF));
      }
    }
    return new LegacyTable(digits, codes, names, first, targets, bytes(targets.length), strings);
  }

  private int[] ints(int n) {
    int[] out = new int[count(n, 4)];
    in.asIntBuffer().get(out);
    in.position(in.position() + 4 * n);
    return out;
  }

  private char[] chars(int n) {
    char[] out = new char[count(n, 2)];
    in.asCharBuffer().get(out);
    in.position(in.position() + 2 * n);
    return out;
  }

  /**
   * Checks that name end offsets do not decrease, start after {@code start} and stay within the
   * names.
   *
   * @return the last end, or {@code start} if there are none
   */
  private static int checkNameEnds(int[] ends, int start, int length) {
    int previous = start;
    for (int end : ends) {
      if (end < previous || end > length) {
        throw new IllegalArgumentException("name offset " + end);
      }
      previous = end;
    }
    return previous;
  }

  private short[] shorts(int n) {
    short[] out = new short[count(n, 2)];
    in.asShortBuffer().get(out);
    in.position(in.position() + 2 * n);
    return out;
  }

  private byte[] bytes(int n) {
    byte[] out = new byte[count(n, 1)];
    in.get(out);
    return out;
  }

  /** Rejects counts that cannot fit in what is left, so a corrupt count cannot exhaust memory. */
  private int count(int n, int minBytesEach) {
    if (n < 0 || (long) n * minBytesEach > in.remaining()) {
      throw new IllegalArgumentException("count " + n);
    }
    return n;
  }

  private static int index(int i, int size) {
    if (i < 0 || i >= size) {
      throw new IllegalArgumentException("index " + i);
    }
    return i;
  }

  private static String twoDigits(int n) {
    if (n > 99) {
      throw new IllegalArgumentException("province code");
    }
    return new String(new char[] {(char) ('0' + n / 10), (char) ('0' + n % 10)});
  }

  private static UnitKind kind(byte wire) {
    return switch (wire) {
      case 1 -> UnitKind.CITY;
      case 2 -> UnitKind.PROVINCE;
      case 3 -> UnitKind.WARD;
      case 4 -> UnitKind.COMMUNE;
      case 5 -> UnitKind.SPECIAL_ZONE;
      default -> throw new IllegalArgumentException("kind " + wire);
    };
  }
}
