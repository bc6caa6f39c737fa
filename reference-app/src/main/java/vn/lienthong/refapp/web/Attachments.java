package vn.lienthong.refapp.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-off of uploaded attachments from the form page to the upload inspection (the uploads
 * module's inspector, once it is wired in): until then this small check refuses what is plainly not
 * a PDF, JPEG or PNG by its first bytes (never by the file name) or is over the size cap.
 *
 * <p>Instances are thread-safe.
 */
class Attachments {

  /** Largest attachment the form accepts, in bytes (10 MiB). */
  static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

  /** Most attachments in one filing. */
  static final int MAX_ATTACHMENTS = 5;

  /** A file the citizen sent, before inspection. */
  record Incoming(String fileName, byte[] content) {}

  /** The inspection: accepted uploads, and Vietnamese messages for the refused ones. */
  record Outcome(List<DossierDesk.Upload> accepted, List<String> refused) {}

  /** Inspects the files; the uploads module replaces this method's body with its inspector. */
  Outcome inspect(List<Incoming> files) {
    List<DossierDesk.Upload> accepted = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    if (files.size() > MAX_ATTACHMENTS) {
      refused.add("Chỉ được đính kèm tối đa " + MAX_ATTACHMENTS + " tệp.");
      return new Outcome(List.of(), refused);
    }
    for (Incoming f : files) {
      String name = safeName(f.fileName());
      String type = sniff(f.content());
      if (f.content().length > MAX_ATTACHMENT_BYTES) {
        refused.add("Tệp " + name + " lớn hơn 10 MB.");
      } else if (type == null) {
        refused.add("Tệp " + name + " không phải PDF, JPEG hoặc PNG.");
      } else {
        accepted.add(new DossierDesk.Upload(name, type, f.content()));
      }
    }
    return new Outcome(accepted, refused);
  }

  static @org.jspecify.annotations.Nullable String sniff(byte[] b) {
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return "application/pdf";
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "image/jpeg";
    }
    if (b.length >= 8
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A) {
      return "image/png";
    }
    return null;
  }

  static String safeName(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[\\p{Cntrl}]", "");
    if (base.length() > 100) {
      base = base.substring(base.length() - 100);
    }
    return base.isBlank() ? "tep-dinh-kem" : base;
  }
}
