package vn.lienthong.core.internal.admin;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.admin.Province;
import vn.lienthong.core.admin.UnitKind;

/**
 * Decodes the resource written by the build-tools data step (format version 1, see {@code
 * ResourceWriter} there): magic {@code LTAU}, version, effective date, string table, provinces,
 * communes, legacy tables, CRC-32. Any deviation is a {@link ConfigurationException} with {@link
 * CoreErrorCode#BUNDLED_DATA_CORRUPT}. Not part of the public API.
 */
final class UnitTablesReader {

  static final int VERSION = 1;
  private static final int HEADER = 4 + 2 + 4;

  private final String resource;
  private final ByteBuffer in;
  private byte[] blob = new byte[0];
  private int[] ends = new int[0];

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

    int strings = in.getInt();
    ends = new int[count(strings, 4)];
    for (int i = 0; i < strings; i++) {
      ends[i] = in.getInt();
    }
    blob = new byte[count(in.getInt(), 1)];
    in.get(blob);
    for (int i = 0; i < strings; i++) {
      if (ends[i] < (i == 0 ? 0 : ends[i - 1]) || ends[i] > blob.length) {
        throw new IllegalArgumentException("string table offset " + i);
      }
    }

    List<Province> provinces = new ArrayList<>();
    int provinceCount = in.getShort() & 0xFFFF;
    for (int i = 0; i < provinceCount; i++) {
      String code = twoDigits(in.get() & 0xFF);
      UnitKind kind = kind(in.get());
      provinces.add(new Province(code, string(in.getInt()), kind));
    }
    int communeCount = in.getShort() & 0xFFFF;
    List<Commune> communes = new ArrayList<>(communeCount);
    for (int i = 0; i < communeCount; i++) {
      String code = fiveDigits(in.getInt());
      UnitKind kind = kind(in.get());
      Province province = provinces.get(in.get() & 0xFF);
      communes.add(new Commune(code, string(in.getInt()), kind, province));
    }

    int oldProvinceCount = in.getShort() & 0xFFFF;
    LegacyTable.Builder oldProvinces = new LegacyTable.Builder(oldProvinceCount, blob, ends);
    for (int i = 0; i < oldProvinceCount; i++) {
      oldProvinces.unit(in.get() & 0xFF, checkedString(in.getInt()));
      int n = in.get() & 0xFF;
      for (int t = 0; t < n; t++) {
        oldProvinces.target(index(in.get() & 0xFF, provinceCount), in.get() != 0);
      }
    }
    int oldCommuneCount = count(in.getInt(), 9);
    LegacyTable.Builder oldCommunes = new LegacyTable.Builder(oldCommuneCount, blob, ends);
    for (int i = 0; i < oldCommuneCount; i++) {
      oldCommunes.unit(in.getInt(), checkedString(in.getInt()));
      int n = in.get() & 0xFF;
      for (int t = 0; t < n; t++) {
        oldCommunes.target(index(in.getShort() & 0xFFFF, communeCount), in.get() != 0);
      }
    }
    if (in.hasRemaining()) {
      throw corrupt(resource, "trailing-bytes", null);
    }
    return new UnitTables(
        effective, provinces, communes, oldProvinces.build(2), oldCommunes.build(5));
  }

  /** Rejects counts that cannot fit in what is left, so a corrupt count cannot exhaust memory. */
  private int count(int n, int minBytesEach) {
    if (n < 0 || (long) n * minBytesEach > in.remaining()) {
      throw new IllegalArgumentException("count " + n);
    }
    return n;
  }

  private static int index(int i, int size) {
    if (i >= size) {
      throw new IllegalArgumentException("index " + i);
    }
    return i;
  }

  private int checkedString(int id) {
    index(id, ends.length);
    if (id < 0) {
      throw new IllegalArgumentException("string " + id);
    }
    return id;
  }

  private String string(int id) {
    checkedString(id);
    int start = id == 0 ? 0 : ends[id - 1];
    return new String(blob, start, ends[id] - start, StandardCharsets.UTF_8);
  }

  private static String twoDigits(int n) {
    if (n > 99) {
      throw new IllegalArgumentException("province code");
    }
    return new String(new char[] {(char) ('0' + n / 10), (char) ('0' + n % 10)});
  }

  private static String fiveDigits(int n) {
    if (n < 0 || n > 99_999) {
      throw new IllegalArgumentException("commune code");
    }
    char[] digits = new char[5];
    for (int i = 4, v = n; i >= 0; i--, v /= 10) {
      digits[i] = (char) ('0' + v % 10);
    }
    return new String(digits);
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
