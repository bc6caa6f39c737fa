package vn.lienthong.refapp.uploads;

import java.util.List;

/**
 * Checks shared by every type against files that are also something else: markup a browser would
 * sniff as HTML in the first kilobyte, a ZIP end-of-central-directory record where ZIP readers look
 * for it (the last 64 KiB), and, in images, a PDF header anywhere. (A ZIP local-file header alone
 * is not searched for: in 10 MB of compressed image data it occurs by chance about once in 400
 * files, and ZIP readers start from the end record.) Stateless and thread-safe.
 */
final class Polyglots {

  /** How far browsers sniff for markup (the WHATWG MIME sniffing standard reads 1445 bytes). */
  static final int SNIFF_WINDOW = 1445;

  /** How far from the end ZIP readers search for the end-of-central-directory record. */
  static final int ZIP_TAIL = 65_535 + 22;

  private static final List<String> MARKUP =
      List.of(
          "<html",
          "<script",
          "<!doctype",
          "<body",
          "<head",
          "<iframe",
          "<svg",
          "<object",
          "<embed",
          "<img",
          "javascript:",
          "<a href",
          "<style",
          "<title",
          "<table",
          "<font",
          "<div");

  private Polyglots() {}

  static void check(String field, byte[] data, UploadType type) {
    String head = Bytes.headLower(data, SNIFF_WINDOW);
    for (String tag : MARKUP) {
      if (head.contains(tag)) {
        throw UploadErrors.polyglot(field, "markup " + tag + "> in the first bytes");
      }
    }
    int tailStart = Math.max(0, data.length - ZIP_TAIL);
    if (Bytes.indexOf(data, new byte[] {'P', 'K', 5, 6}, tailStart, data.length) >= 0
        || Bytes.indexOf(data, new byte[] {'P', 'K', 6, 6}, tailStart, data.length) >= 0) {
      throw UploadErrors.polyglot(field, "a ZIP archive directory at the end");
    }
    if (type != UploadType.PDF && Bytes.indexOf(data, "%PDF-", 0) >= 0) {
      throw UploadErrors.polyglot(field, "a PDF header inside the image");
    }
  }
}
