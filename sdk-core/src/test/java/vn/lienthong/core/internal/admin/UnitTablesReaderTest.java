package vn.lienthong.core.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;

class UnitTablesReaderTest {

  private static byte[] bundled() throws Exception {
    try (InputStream in = UnitTables.class.getResourceAsStream(UnitTables.JULY_2025_RESOURCE)) {
      assertThat(in).isNotNull();
      return in.readAllBytes();
    }
  }

  /** Rewrites the trailing CRC so that only the structure checks can catch the damage. */
  private static byte[] withValidCrc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
    return bytes;
  }

  private static void assertCorrupt(byte[] bytes, String rule) {
    assertThatThrownBy(() -> UnitTables.read("test.bin", bytes))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CoreErrorCode.BUNDLED_DATA_CORRUPT);
              assertThat(e.details().field()).contains("test.bin");
              assertThat(e.details().rule()).contains(rule);
            });
  }

  private static void assertCorrupt(byte[] bytes, String rule, String cause) {
    assertThatThrownBy(() -> UnitTables.read("test.bin", bytes))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(rule)
        .cause()
        .hasMessageContaining(cause);
  }

  @Test
  void readsTheBundledResource() throws Exception {
    UnitTables t = UnitTables.read("x", bundled());
    assertThat(t.provinces()).hasSize(34);
    assertThat(t.communes()).hasSize(3321);
    assertThat(t.legacySizes()).containsExactly(63, 10047);
  }

  @Test
  void rejectsAFlippedBitByCrc() throws Exception {
    byte[] b = bundled();
    b[b.length / 2] ^= 0x10;
    assertCorrupt(b, "crc");
  }

  @Test
  void rejectsTruncatedAndEmptyResources() throws Exception {
    assertCorrupt(new byte[0], "length");
    assertCorrupt(withValidCrc(Arrays.copyOf(bundled(), 5000)), "structure");
  }

  @Test
  void rejectsWrongMagicAndVersion() throws Exception {
    byte[] b = bundled();
    b[0] = 'X';
    assertCorrupt(withValidCrc(b), "magic");
    byte[] v = bundled();
    v[5] = 9;
    assertCorrupt(withValidCrc(v), "version");
  }

  @Test
  void rejectsHugeCountsWithoutAllocating() throws Exception {
    byte[] b = bundled();
    ByteBuffer.wrap(b, 10, 4).putInt(Integer.MAX_VALUE);
    assertCorrupt(withValidCrc(b), "structure");
  }

  @Test
  void rejectsTrailingBytes() throws Exception {
    byte[] b = bundled();
    byte[] longer = Arrays.copyOf(b, b.length + 1);
    longer[b.length] = longer[b.length - 1];
    longer[b.length - 1] = 0;
    // Move the record end: one junk byte before the CRC.
    System.arraycopy(b, 0, longer, 0, b.length - 4);
    longer[b.length - 4] = 0;
    assertCorrupt(withValidCrc(longer), "trailing-bytes");
  }

  /** Offsets of format 2's sections in the bundled resource, found by walking its counts. */
  private record Layout(int codeOrder, int communeKeyBytes, int communeMembers, int communes) {
    static Layout of(byte[] b) {
      ByteBuffer in = ByteBuffer.wrap(b);
      int p = 10;
      p += 4 + 4 * in.getInt(p); // string end offsets
      p += 4 + in.getInt(p); // string bytes
      p += 4 + 2 * in.getInt(p); // current names, UTF-16
      int provinces = in.getShort(p) & 0xFFFF;
      p += 2 + provinces * (1 + 1 + 4);
      int communes = in.getShort(p) & 0xFFFF;
      p += 2 + communes * (5 + 1 + 1 + 4);
      int codeOrder = p;
      p += 2 * communes;
      p = skipNameIndex(in, p, provinces);
      int groups = in.getShort(p) & 0xFFFF;
      int keyBytes = p + 2 + 4;
      int members = keyBytes + in.getInt(p + 2) + 4 * groups + 2 * (groups + 1);
      return new Layout(codeOrder, keyBytes, members, communes);
    }

    private static int skipNameIndex(ByteBuffer in, int p, int units) {
      int groups = in.getShort(p) & 0xFFFF;
      return p + 2 + 4 + in.getInt(p + 2) + 4 * groups + 2 * (groups + 1) + 2 * units;
    }
  }

  @Test
  void findsTheSectionsItCorrupts() throws Exception {
    byte[] b = bundled();
    Layout l = Layout.of(b);
    assertThat(l.communes()).isEqualTo(3321);
    // The commune keys start with the smallest one ("1", Phường 1), and every unit is listed once.
    assertThat((char) b[l.communeKeyBytes()]).isBetween('0', 'z');
    assertThat(ByteBuffer.wrap(b).getShort(l.communeMembers())).isBetween((short) 0, (short) 3320);
  }

  @Test
  void rejectsUnsortedCommuneCodes() throws Exception {
    byte[] b = bundled();
    int at = Layout.of(b).codeOrder();
    byte[] first = Arrays.copyOfRange(b, at, at + 2);
    System.arraycopy(b, at + 2, b, at, 2);
    System.arraycopy(first, 0, b, at + 2, 2);
    assertCorrupt(withValidCrc(b), "structure", "unsorted commune");
  }

  @Test
  void rejectsUnsortedNameKeys() throws Exception {
    byte[] b = bundled();
    b[Layout.of(b).communeKeyBytes()] = 'z';
    assertCorrupt(withValidCrc(b), "structure", "name keys not sorted");
  }

  @Test
  void rejectsAUnitListedTwiceInTheNameIndex() throws Exception {
    byte[] b = bundled();
    int at = Layout.of(b).communeMembers();
    ByteBuffer.wrap(b).putShort(at + 2, ByteBuffer.wrap(b).getShort(at));
    assertCorrupt(withValidCrc(b), "structure", "name index member");
  }

  @Test
  void nameKeysFoldCasePunctuationAndSpacing() {
    assertThat(NameKeys.key("  TP.Đà   Nẵng ")).isEqualTo("tp da nang");
    assertThat(NameKeys.key("Văn Miếu -Quốc Tử Giám")).isEqualTo("van mieu quoc tu giam");
    assertThat(NameKeys.key("...")).isEmpty();
  }
}
