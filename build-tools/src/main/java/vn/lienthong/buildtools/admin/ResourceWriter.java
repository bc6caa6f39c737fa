package vn.lienthong.buildtools.admin;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes the compact resource read by {@code vn.lienthong.core.internal.admin.UnitTablesReader}.
 * Big-endian, format version 1:
 *
 * <pre>
 * magic "LTAU", u16 version = 1, i32 effective date as yyyymmdd
 * strings:   i32 count, count x i32 end offset, then i32 byte length and the UTF-8 bytes
 * provinces: u16 count, each u8 code, u8 kind, i32 name
 * communes:  u16 count, each i32 code, u8 kind, u8 province index, i32 name
 * legacy provinces: u16 count, each u8 old code, i32 old name, u8 n, n x (u8 province index, u8 full)
 * legacy communes:  i32 count, each i32 old code, i32 old name, u8 n, n x (u16 commune index, u8 full)
 * i32 CRC-32 of every preceding byte
 * </pre>
 *
 * Legacy tables are sorted by old code. Strings are deduplicated.
 */
final class ResourceWriter {

  static final byte[] MAGIC = {'L', 'T', 'A', 'U'};
  static final int VERSION = 1;

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
    // Intern every string first so that the table precedes the records that use it.
    d.provinces().forEach(p -> id(p.name()));
    d.communes().forEach(c -> id(c.name()));
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
      blob.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      out.writeInt(blob.size());
    }
    out.writeInt(blob.size());
    blob.writeTo(out);

    out.writeShort(d.provinces().size());
    for (SourceModel.Province p : d.provinces()) {
      out.writeByte(Integer.parseInt(p.code()));
      out.writeByte(p.kind().wire);
      out.writeInt(id(p.name()));
    }
    Map<String, Integer> provinceIndex = new HashMap<>();
    for (int i = 0; i < d.provinces().size(); i++) {
      provinceIndex.put(d.provinces().get(i).code(), i);
    }
    out.writeShort(d.communes().size());
    for (SourceModel.Commune c : d.communes()) {
      out.writeInt(Integer.parseInt(c.code()));
      out.writeByte(c.kind().wire);
      out.writeByte(provinceIndex.get(c.provinceCode()));
      out.writeInt(id(c.name()));
    }
    out.writeShort(d.legacyProvinces().size());
    for (Dataset.Legacy l : d.legacyProvinces()) {
      out.writeByte(Integer.parseInt(l.oldCode()));
      out.writeInt(id(l.oldName()));
      out.writeByte(l.targets().size());
      for (Dataset.Target t : l.targets()) {
        out.writeByte(t.newIndex());
        out.writeByte(t.full() ? 1 : 0);
      }
    }
    out.writeInt(d.legacyCommunes().size());
    for (Dataset.Legacy l : d.legacyCommunes()) {
      out.writeInt(Integer.parseInt(l.oldCode()));
      out.writeInt(id(l.oldName()));
      out.writeByte(l.targets().size());
      for (Dataset.Target t : l.targets()) {
        out.writeShort(t.newIndex());
        out.writeByte(t.full() ? 1 : 0);
      }
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeInt((int) crc.getValue());
    out.flush();
    return bytes.toByteArray();
  }
}
