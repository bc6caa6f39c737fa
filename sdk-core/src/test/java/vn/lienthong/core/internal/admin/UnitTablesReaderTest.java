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

  @Test
  void nameKeysFoldCasePunctuationAndSpacing() {
    assertThat(NameKeys.key("  TP.Đà   Nẵng ")).isEqualTo("tp da nang");
    assertThat(NameKeys.key("Văn Miếu -Quốc Tử Giám")).isEqualTo("van mieu quoc tu giam");
    assertThat(NameKeys.key("...")).isEmpty();
  }
}
