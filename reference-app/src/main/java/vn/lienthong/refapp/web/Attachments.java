package vn.lienthong.refapp.web;

import java.util.ArrayList;
import java.util.List;
import vn.lienthong.core.ErrorMessages;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.refapp.uploads.InspectedUpload;
import vn.lienthong.refapp.uploads.UploadInspector;

/**
 * The hand-off of uploaded attachments from the form page to the uploads module's {@link
 * UploadInspector}: PDF, JPEG and PNG judged by their content (never the file name), size-capped,
 * polyglots, bombs, encrypted and scripted PDFs refused. Each refusal becomes a Vietnamese message
 * naming the file, shown at the attachments field.
 *
 * <p>Instances are thread-safe.
 */
class Attachments {

  /** Largest attachment the form accepts, in bytes (10 MiB, the inspector's default cap). */
  static final int MAX_ATTACHMENT_BYTES = UploadInspector.DEFAULT_MAX_BYTES;

  /** Most attachments in one filing. */
  static final int MAX_ATTACHMENTS = 5;

  private final UploadInspector inspector;

  Attachments(UploadInspector inspector) {
    this.inspector = inspector;
  }

  /** A file the citizen sent, before inspection. */
  record Incoming(String fileName, byte[] content) {}

  /** The inspection: accepted uploads, and Vietnamese messages for the refused ones. */
  record Outcome(List<DossierDesk.Upload> accepted, List<String> refused) {}

  /** Inspects the files. */
  Outcome inspect(List<Incoming> files) {
    List<DossierDesk.Upload> accepted = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    if (files.size() > MAX_ATTACHMENTS) {
      refused.add("Chỉ được đính kèm tối đa " + MAX_ATTACHMENTS + " tệp.");
      return new Outcome(List.of(), refused);
    }
    for (Incoming f : files) {
      String name = safeName(f.fileName());
      try {
        InspectedUpload upload = inspector.inspect(name, f.content());
        accepted.add(new DossierDesk.Upload(name, upload.type().mediaType(), upload.content()));
      } catch (InvalidInputException e) {
        refused.add(e.message(ErrorMessages.VIETNAMESE));
      }
    }
    return new Outcome(accepted, refused);
  }

  static String safeName(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[\\p{Cntrl}]", "");
    if (base.length() > 80) {
      base = base.substring(base.length() - 80);
    }
    return base.isBlank() ? "tep-dinh-kem" : base;
  }
}
