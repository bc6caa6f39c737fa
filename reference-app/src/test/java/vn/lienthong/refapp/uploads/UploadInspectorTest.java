package vn.lienthong.refapp.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;

class UploadInspectorTest {

  private static final UploadInspector INSPECTOR = UploadInspector.create();
  private static final Locale VI = Locale.forLanguageTag("vi");

  private static void refused(ThrowingCallable call, String code, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.message(VI)).contains(field);
            });
  }

  private static void refused(byte[] file, String code) {
    refused(() -> INSPECTOR.inspect("giay-to", file), code, "giay-to");
  }

  @Test
  void acceptsPdfJpegAndPngByContent() throws Exception {
    assertThat(INSPECTOR.inspect("a", HostileFiles.pdf()).type()).isEqualTo(UploadType.PDF);
    assertThat(INSPECTOR.inspect("b", HostileFiles.jpeg(640, 480)).type())
        .isEqualTo(UploadType.JPEG);
    InspectedUpload png = INSPECTOR.inspect("c", HostileFiles.png(300, 200));
    assertThat(png.type()).isEqualTo(UploadType.PNG);
    assertThat(png.type().mediaType()).isEqualTo("image/png");
    assertThat(png.sha256()).hasSize(64);
    assertThat(png.toString()).doesNotContain("IHDR");
  }

  @Test
  void refusesOtherTypesWhateverTheirName() throws Exception {
    refused(HostileFiles.zip("a.pdf", HostileFiles.pdf()), "LT-APP-0302");
    refused("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "LT-APP-0302");
    refused("GIF89a....".getBytes(StandardCharsets.US_ASCII), "LT-APP-0302");
    refused(new byte[] {'M', 'Z', 0, 0, 0, 0}, "LT-APP-0302");
    // a PDF header after a few bytes is not a PDF here (readers that search for it are polyglot
    // bait)
    refused(
        HostileFiles.concat(" ".getBytes(StandardCharsets.US_ASCII), HostileFiles.pdf()),
        "LT-APP-0302");
  }

  @Test
  void refusesEmptyFiles() {
    refused(new byte[0], "LT-APP-0308");
  }

  @Test
  void refusesAClaimedGigabyteBeforeReadingAnything() {
    AtomicLong read = new AtomicLong();
    InputStream never =
        new InputStream() {
          @Override
          public int read() {
            read.incrementAndGet();
            return 0;
          }
        };
    assertThatThrownBy(() -> INSPECTOR.inspect("tep", never, 1L << 30))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("LT-APP-0301");
              assertThat(e.message(VI)).contains("tep").contains("1073741824").contains("10485760");
            });
    assertThat(read.get()).isZero();
  }

  @Test
  void stopsReadingOneBytePastTheCapWhenNoLengthIsClaimed() {
    UploadInspector small = UploadInspector.builder().maxBytes(1000).build();
    AtomicLong read = new AtomicLong();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read.incrementAndGet();
            return 'A';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            read.addAndGet(len);
            java.util.Arrays.fill(b, off, off + len, (byte) 'A');
            return len;
          }
        };
    refused(() -> small.inspect("tep", endless, -1), "LT-APP-0301", "tep");
    assertThat(read.get()).isLessThanOrEqualTo(1001 + 8192);
  }

  @Test
  void refusesAnUploadShorterThanClaimedOrBrokenOff() throws Exception {
    byte[] pdf = HostileFiles.pdf();
    refused(
        () -> INSPECTOR.inspect("tep", new ByteArrayInputStream(pdf), pdf.length + 10L),
        "LT-APP-0309",
        "tep");
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    refused(() -> INSPECTOR.inspect("tep", broken, -1), "LT-APP-0309", "tep");
    assertThat(INSPECTOR.inspect("tep", new ByteArrayInputStream(pdf), pdf.length).size())
        .isEqualTo(pdf.length);
  }

  @Test
  void refusesPdfThatIsAlsoAZip() throws Exception {
    byte[] zip =
        HostileFiles.zip(
            "payload.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    refused(HostileFiles.concat(HostileFiles.pdf(), zip), "LT-APP-0303");
    // the ZIP placed before %%EOF, inside a comment, is still found at the end of the file
    byte[] pdf = HostileFiles.pdf();
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int eof = text.lastIndexOf("%%EOF");
    byte[] hidden =
        HostileFiles.concat(
            java.util.Arrays.copyOf(pdf, eof),
            "%".getBytes(StandardCharsets.US_ASCII),
            zip,
            "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    refused(hidden, "LT-APP-0303");
  }

  @Test
  void refusesPdfWithHtmlOrScriptInItsFirstBytes() throws Exception {
    byte[] pdf = HostileFiles.pdf();
    byte[] html =
        HostileFiles.concat(
            java.util.Arrays.copyOf(pdf, 9),
            "%<html><script>fetch('/steal')</script>\n".getBytes(StandardCharsets.US_ASCII),
            java.util.Arrays.copyOfRange(pdf, 9, pdf.length));
    refused(html, "LT-APP-0303");
  }

  @Test
  void refusesPngWithDataAfterIend() throws Exception {
    refused(
        HostileFiles.concat(HostileFiles.png(50, 50), "tail".getBytes(StandardCharsets.US_ASCII)),
        "LT-APP-0303");
    refused(
        HostileFiles.concat(HostileFiles.png(50, 50), HostileFiles.zip("x.js", new byte[10])),
        "LT-APP-0303");
  }

  @Test
  void refusesJpegWithAppendedPdf() throws Exception {
    refused(HostileFiles.concat(HostileFiles.jpeg(64, 64), HostileFiles.pdf()), "LT-APP-0303");
  }

  @Test
  void refusesImagesCarryingAPdfInside() throws Exception {
    byte[] jpeg = HostileFiles.jpeg(64, 64);
    byte[] comment = "%PDF-1.4 hidden".getBytes(StandardCharsets.US_ASCII);
    byte[] segment =
        HostileFiles.concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2)}, comment);
    byte[] withComment =
        HostileFiles.concat(
            java.util.Arrays.copyOf(jpeg, 2),
            segment,
            java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    refused(withComment, "LT-APP-0303");
    byte[] png =
        HostileFiles.withChunkAfterHeader(
            HostileFiles.png(20, 20),
            HostileFiles.chunk("tEXt", "Comment\0%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1)));
    refused(png, "LT-APP-0303");
  }

  @Test
  void refusesPngWithAbsurdDimensions() {
    refused(HostileFiles.pngWithDimensions(100_000, 100_000), "LT-APP-0305");
  }

  @Test
  void refusesPngWithCompressedTextBomb() throws Exception {
    byte[] bomb = HostileFiles.deflate(8 * 1024 * 1024);
    byte[] ztxt = HostileFiles.concat("Comment\0\0".getBytes(StandardCharsets.ISO_8859_1), bomb);
    refused(
        HostileFiles.withChunkAfterHeader(
            HostileFiles.png(20, 20), HostileFiles.chunk("zTXt", ztxt)),
        "LT-APP-0305");
  }

  @Test
  void refusesJpegWithAbsurdDimensions() throws Exception {
    byte[] jpeg = HostileFiles.jpeg(64, 64);
    for (int i = 2; i + 9 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
        jpeg[i + 5] = (byte) 0xFF; // height 0xFF40
        jpeg[i + 7] = (byte) 0xFF; // width 0xFF40
        break;
      }
    }
    refused(jpeg, "LT-APP-0305");
  }

  @Test
  void refusesPdfWithAHugeFlateStream() throws Exception {
    // 100 MiB of zeros in about 100 KiB: inflation stops at the 64 MiB bound, nothing is kept
    refused(HostileFiles.pdfFlateBomb(), "LT-APP-0305");
  }

  @Test
  void refusesPdfFilterChainsTheScanCannotBound() throws Exception {
    refused(HostileFiles.pdfWithFilters("ASCII85Decode", "FlateDecode"), "LT-APP-0305");
    refused(HostileFiles.pdfWithFilters("LZWDecode"), "LT-APP-0305");
    assertThat(INSPECTOR.inspect("tep", HostileFiles.pdfWithFilters("FlateDecode")).type())
        .isEqualTo(UploadType.PDF);
  }

  @Test
  void refusesEncryptedPdfs() throws Exception {
    refused(HostileFiles.encryptedPdf("secret"), "LT-APP-0306");
    refused(HostileFiles.encryptedPdf(""), "LT-APP-0306");
  }

  @Test
  void refusesPdfsWithJavaScriptOrLaunchActions() throws Exception {
    refused(HostileFiles.pdfWithJavaScript(), "LT-APP-0307");
    refused(HostileFiles.pdfWithLaunchAction(), "LT-APP-0307");
  }

  @Test
  void refusesTruncatedFiles() throws Exception {
    byte[] png = HostileFiles.png(40, 40);
    refused(java.util.Arrays.copyOf(png, png.length - 20), "LT-APP-0304");
    byte[] jpeg = HostileFiles.jpeg(40, 40);
    refused(java.util.Arrays.copyOf(jpeg, jpeg.length / 2), "LT-APP-0304");
    byte[] pdf = HostileFiles.pdf();
    refused(java.util.Arrays.copyOf(pdf, pdf.length / 2), "LT-APP-0304");
  }

  @Test
  void refusesPngWithBadCrc() throws Exception {
    byte[] png = HostileFiles.png(40, 40);
    png[20] ^= 1; // inside IHDR's data
    refused(png, "LT-APP-0304");
  }

  @Test
  void messagesNameTheFieldInVietnamese() throws Exception {
    assertThatThrownBy(() -> INSPECTOR.inspect("Giấy chứng sinh", HostileFiles.pdfWithJavaScript()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.message(VI)).contains("Tệp Giấy chứng sinh là PDF chứa mã thực thi"));
  }

  @Test
  void sizeCapIsConfigurableWithinBounds() throws Exception {
    UploadInspector tiny = UploadInspector.builder().maxBytes(100).build();
    refused(() -> tiny.inspect("tep", HostileFiles.png(40, 40)), "LT-APP-0301", "tep");
    assertThatThrownBy(
            () -> UploadInspector.builder().maxBytes(UploadInspector.MAX_BYTES_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
