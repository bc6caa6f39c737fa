package vn.lienthong.buildtools.admin;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Writes the compact resource read by {@code vn.lienthong.core.internal.admin.UnitTablesReader}.
 * Big-endian, format version 2, stored column by column so that the reader copies each column with
 * one bulk read, with the name keys and code order precomputed so that loading folds and sorts
 * nothing:
 *
 * <pre>
 * magic "LTAU", u16 version = 2, i32 effective date as yyyymmdd
 * old names: i32 count, count x i32 end offset (top bit set: Latin-1, else UTF-8), then i32
 *            byte length and the bytes
 * names:     i32 count, count x UTF-16 char: the names of the provinces, then of the communes
 * provinces: u16 n, n x u8 code, n x u8 kind, n x i32 name end (char offset into names)
 * communes:  u16 m, m x 5 ASCII digits of the code, m x u8 kind, m x u8 province index,
 *            m x i32 name end (char offset into names, continuing after the provinces)
 * commune code order: m x u16 commune index, by increasing code
 * name index of provinces, then of communes:
 *            u16 k, i32 byte length and the k distinct ASCII keys in increasing order, k x i32
 *            key end offset, k + 1 x u16 group start (the last is the unit count), then one u16
 *            unit index per unit, increasing within a group
 * legacy provinces: u16 c, c x u8 old code, c x i32 old name, c + 1 x i32 first target,
 *                   t x u8 province index, t x u8 full (t = the last first target)
 * legacy communes:  i32 c, c x i32 old code, c x i32 old name, c + 1 x i32 first target,
 *                   t x u16 commune index, t x u8 full
 * i32 CRC-32 of every preceding byte
 * </pre>
 *
 * Legacy tables are sorted by old code. The current names are UTF-16, the cheapest form to turn
 * into strings on a cold JVM. The old names are deduplicated, decoded only when asked for, and
 * stored in Latin-1 where they fit (copied rather than decoded). A key is the name without its kind
 * word, folded ({@link NameKeyMirror}); keys are ASCII (checked here) and compared as bytes, so
 * loading makes no string of them.
 */
final class ResourceWriter {

  static final byte[] MAGIC = {'L', 'T', 'A', 'U'};
  static final int VERSION = 2;

  /** The end-offset bit that marks a Latin-1 string. */
  static final int LATIN1 = 0x8000_0000;

  private final List<String> strings = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();

  private ResourceWriter() {}

  static byte[] write(Dataset d, LocalDate effective) {
    try {
      return new ResourceWriter().encode(d, effective);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int id(String s) {
    return ids.computeIfAbsent(
        s,
        k -> {
          strings.add(k);
          return strings.size() - 1;
        });
  }

  private byte[] encode(Dataset d, LocalDate effective) throws IOException {
    List<String> provinceKeys = new ArrayList<>();
    d.provinces().forEach(p -> provinceKeys.add(NameKeyMirror.baseKey(p.name(), p.kind())));
    List<String> communeKeys = new ArrayList<>();
    d.communes().forEach(c -> communeKeys.add(NameKeyMirror.baseKey(c.name(), c.kind())));
    // Intern every string first so that the table precedes the records that use it.
    d.legacyProvinces().forEach(l -> id(l.oldName()));
    d.legacyCommunes().forEach(l -> id(l.oldName()));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(MAGIC);
    out.writeShort(VERSION);
    out.writeInt(
        effective.getYear() * 10_000 + effective.getMonthValue() * 100 + effective.getDayOfMonth());

    ByteArrayOutputStream blob = new ByteArrayOutputStream();
    out.writeInt(strings.size());
    for (String s : strings) {
      boolean latin1 = s.chars().allMatch(ch -> ch <= 0xFF);
      blob.writeBytes(s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
      out.writeInt(latin1 ? blob.size() | LATIN1 : blob.size());
    }
    out.writeInt(blob.size());
    blob.writeTo(out);

    StringBuilder names = new StringBuilder();
    d.provinces().forEach(p -> names.append(p.name()));
    d.communes().forEach(c -> names.append(c.name()));
    out.writeInt(names.length());
    out.writeChars(names.toString());
    int nameEnd = 0;

    List<SourceModel.Province> provinces = d.provinces();
    out.writeShort(provinces.size());
    for (SourceModel.Province p : provinces) {
      out.writeByte(Integer.parseInt(p.code()));
    }
    for (SourceModel.Province p : provinces) {
      out.writeByte(p.kind().wire);
    }
    for (SourceModel.Province p : provinces) {
      nameEnd += p.name().length();
      out.writeInt(nameEnd);
    }
    Map<String, Integer> provinceIndex = new HashMap<>();
    for (int i = 0; i < provinces.size(); i++) {
      provinceIndex.put(provinces.get(i).code(), i);
    }
    List<SourceModel.Commune> communes = d.communes();
    out.writeShort(communes.size());
    for (SourceModel.Commune c : communes) {
      out.write(c.code().getBytes(StandardCharsets.US_ASCII));
    }
    for (SourceModel.Commune c : communes) {
      out.writeByte(c.kind().wire);
    }
    for (SourceModel.Commune c : communes) {
      out.writeByte(provinceIndex.get(c.provinceCode()));
    }
    for (SourceModel.Commune c : communes) {
      nameEnd += c.name().length();
      out.writeInt(nameEnd);
    }
    List<Integer> byCode = new ArrayList<>();
    for (int i = 0; i < communes.size(); i++) {
      byCode.add(i);
    }
    byCode.sort(Comparator.comparingInt(i -> Integer.parseInt(communes.get(i).code())));
    for (int i : byCode) {
      out.writeShort(i);
    }
    writeNameIndex(out, provinceKeys);
    writeNameIndex(out, communeKeys);

    writeLegacy(out, d.legacyProvinces(), false);
    writeLegacy(out, d.legacyCommunes(), true);
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeInt((int) crc.getValue());
    out.flush();
    return bytes.toByteArray();
  }

  /** Groups unit indexes by key; keys in String order, indexes increasing (list order). */
  private void writeNameIndex(DataOutputStream out, List<String> keys) throws IOException {
    TreeMap<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      groups.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
    }
    List<String> notAscii = new ArrayList<>();
    ByteArrayOutputStream keyBytes = new ByteArrayOutputStream();
    for (String key : groups.keySet()) {
      if (!key.chars().allMatch(ch -> ch < 0x80)) {
        notAscii.add(key);
      }
      keyBytes.writeBytes(key.getBytes(StandardCharsets.US_ASCII));
    }
    if (!notAscii.isEmpty()) {
      // The reader compares keys as ASCII bytes; a letter outside ASCII needs a new format.
      throw new DataStepException("name keys outside ASCII", notAscii);
    }
    out.writeShort(groups.size());
    out.writeInt(keyBytes.size());
    keyBytes.writeTo(out);
    int end = 0;
    for (String key : groups.keySet()) {
      end += key.length();
      out.writeInt(end);
    }
    int start = 0;
    for (List<Integer> members : groups.values()) {
      out.writeShort(start);
      start += members.size();
    }
    out.writeShort(start);
    for (List<Integer> members : groups.values()) {
      for (int i : members) {
        out.writeShort(i);
      }
    }
  }

  private void writeLegacy(DataOutputStream out, List<Dataset.Legacy> table, boolean communes)
      throws IOException {
    if (communes) {
      out.writeInt(table.size());
    } else {
      out.writeShort(table.size());
    }
    for (Dataset.Legacy l : table) {
      if (communes) {
        out.writeInt(Integer.parseInt(l.oldCode()));
      } else {
        out.writeByte(Integer.parseInt(l.oldCode()));
      }
    }
    for (Dataset.Legacy l : table) {
      out.writeInt(id(l.oldName()));
    }
    int first = 0;
    for (Dataset.Legacy l : table) {
      out.writeInt(first);
      first += l.targets().size();
    }
    out.writeInt(first);
    for (Dataset.Legacy l : table) {
      for (Dataset.Target t : l.targets()) {
        if (communes) {
          out.writeShort(t.newIndex());
        } else {
          out.writeByte(t.newIndex());
        }
      }
    }
    for (Dataset.Legacy l : table) {
      for (Dataset.Target t : l.targets()) {
        out.writeByte(t.full() ? 1 : 0);
      }
    }
  }
}
