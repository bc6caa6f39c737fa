package vn.lienthong.refapp.uploads;

/**
 * Tells the type from the first bytes, and names the common types that are refused so the message
 * can say what the file is. Stateless and thread-safe.
 */
final class Sniffer {

  private Sniffer() {}

  static UploadType sniff(String field, byte[] d) {
    if (Bytes.startsWith(d, '%', 'P', 'D', 'F', '-')) {
      return UploadType.PDF;
    }
    if (Bytes.startsWith(d, 0xFF, 0xD8, 0xFF)) {
      return UploadType.JPEG;
    }
    if (Bytes.startsWith(d, PngCheck.SIGNATURE)) {
      return UploadType.PNG;
    }
    throw UploadErrors.typeNotAllowed(field, "content is " + refused(d));
  }

  private static String refused(byte[] d) {
    if (Bytes.startsWith(d, 'P', 'K')) {
      return "a ZIP archive (or an Office document)";
    }
    if (Bytes.startsWith(d, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (Bytes.startsWith(d, 'M', 'Z') || Bytes.startsWith(d, 0x7F, 'E', 'L', 'F')) {
      return "an executable program";
    }
    if (Bytes.startsWith(d, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "an old Office document";
    }
    if (Bytes.startsWith(d, 'R', 'I', 'F', 'F')) {
      return "a RIFF file (WebP, AVI or WAV)";
    }
    if (Bytes.startsWith(d, 'I', 'I', '*', 0) || Bytes.startsWith(d, 'M', 'M', 0, '*')) {
      return "a TIFF image";
    }
    String head = Bytes.headLower(d, 64).stripLeading();
    if (head.startsWith("<")) {
      return "markup (HTML, SVG or XML)";
    }
    if (head.startsWith("{\\rtf")) {
      return "an RTF document";
    }
    return "not PDF, JPEG or PNG";
  }
}
