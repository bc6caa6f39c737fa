package vn.lienthong.refapp.uploads;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;

/** Good and hostile files, generated in the tests (nothing binary is committed). */
final class HostileFiles {

  private HostileFiles() {}

  static byte[] png(int width, int height) throws Exception {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLUE);
    g.drawLine(0, 0, width - 1, height - 1);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  static byte[] jpeg(int width, int height) throws Exception {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpeg", out);
    return out.toByteArray();
  }

  static byte[] pdf() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      page(doc);
      return save(doc);
    }
  }

  static byte[] pdfWithJavaScript() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      page(doc);
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
      return save(doc);
    }
  }

  static byte[] pdfWithLaunchAction() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      page(doc);
      PDActionLaunch launch = new PDActionLaunch();
      launch.getCOSObject().setString(COSName.F, "cmd.exe");
      doc.getDocumentCatalog().setOpenAction(launch);
      return save(doc);
    }
  }

  /** A PDF whose page content stream claims the given filter chain (names without slashes). */
  static byte[] pdfWithFilters(String... filters) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      page(doc);
      org.apache.pdfbox.cos.COSArray chain = new org.apache.pdfbox.cos.COSArray();
      for (String f : filters) {
        chain.add(COSName.getPDFName(f));
      }
      doc.getPage(0).getCOSObject().getCOSStream(COSName.CONTENTS).setItem(COSName.FILTER, chain);
      return save(doc);
    }
  }

  static byte[] encryptedPdf(String userPassword) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      page(doc);
      var policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner-secret",
              userPassword,
              new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    }
  }

  /** A PDF whose one content stream is 100 MiB of zeros deflated (about 100 KiB). */
  static byte[] pdfFlateBomb() throws Exception {
    byte[] bomb = deflate(100 * 1024 * 1024);
    String head =
        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\n"
            + "endobj\n4 0 obj\n<< /Length "
            + bomb.length
            + " /Filter /FlateDecode >>\nstream\n";
    String tail = "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(bomb);
    out.write(tail.getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] deflate(int zeros) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[1024 * 1024];
    byte[] buf = new byte[64 * 1024];
    for (int i = 0; i < zeros / chunk.length; i++) {
      d.setInput(chunk);
      while (!d.needsInput()) {
        out.write(buf, 0, d.deflate(buf));
      }
    }
    d.finish();
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  static byte[] zip(String name, byte[] content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
      z.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** A valid PNG chunk. */
  static byte[] chunk(String type, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(12 + data.length);
    b.putInt(data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    b.put(t);
    b.put(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    b.putInt((int) crc.getValue());
    return b.array();
  }

  /** A PNG declaring huge dimensions, with a tiny (valid-CRC) IDAT. */
  static byte[] pngWithDimensions(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width)
        .putInt(height)
        .put((byte) 8)
        .put((byte) 2)
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0);
    return concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
        chunk("IHDR", ihdr.array()),
        chunk("IDAT", deflate(1024 * 1024)),
        chunk("IEND", new byte[0]));
  }

  /** Inserts a chunk right after IHDR (offset 33) of a PNG. */
  static byte[] withChunkAfterHeader(byte[] png, byte[] chunk) {
    byte[] head = java.util.Arrays.copyOfRange(png, 0, 33);
    byte[] rest = java.util.Arrays.copyOfRange(png, 33, png.length);
    return concat(head, chunk, rest);
  }

  private static void page(PDDocument doc) throws Exception {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      cs.newLineAtOffset(72, 700);
      cs.showText("Birth certificate scan");
      cs.endText();
    }
  }

  private static byte[] save(PDDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
