package vn.lienthong.refapp.uploads;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a PDF: the header at offset 0, nothing but white space after the last {@code %%EOF}, every
 * Flate stream inflated with a bound before any parser decodes it (per stream and in total), then
 * parsed with PDFBox: not encrypted, a bounded number of objects and pages, no filter chain the
 * scan cannot bound (LZW, Flate behind another filter), and no active content (JavaScript, launch,
 * submit and import actions, embedded files, XFA, rich media). Stateless and thread-safe.
 */
final class PdfCheck {

  /** The most objects a PDF may hold. */
  static final int MAX_OBJECTS = 200_000;

  /** The most pages a PDF may have. */
  static final int MAX_PAGES = 2_000;

  /** The most a single stream may expand to (64 MiB). */
  static final long MAX_STREAM_INFLATED = 64L * 1024 * 1024;

  /** The deepest nesting of direct objects walked. */
  static final int MAX_DEPTH = 64;

  private static final Set<String> ACTIVE_KEYS =
      Set.of("JS", "JavaScript", "EmbeddedFiles", "EmbeddedFile", "XFA", "RichMediaContent");

  private static final Set<String> ACTIVE_ACTIONS =
      Set.of(
          "JavaScript",
          "Launch",
          "ImportData",
          "SubmitForm",
          "RichMediaExecute",
          "GoToE",
          "Rendition",
          "ECMAScript");

  private static final Set<String> ACTIVE_SUBTYPES = Set.of("RichMedia", "FileAttachment", "Movie");

  private PdfCheck() {}

  static void check(String field, byte[] d, long maxTotalInflated) {
    if (!Bytes.startsWith(d, '%', 'P', 'D', 'F', '-')) {
      throw UploadErrors.typeNotAllowed(field, "pdf.header-at-start");
    }
    int eof = Bytes.lastIndexOf(d, "%%EOF");
    if (eof < 0) {
      throw UploadErrors.malformed(field, "pdf.no-%%EOF");
    }
    for (int i = eof + 5; i < d.length; i++) {
      byte b = d[i];
      if (b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != '\f' && b != 0) {
        throw UploadErrors.polyglot(field, (d.length - eof - 5) + " bytes after %%EOF");
      }
    }
    streams(field, d, maxTotalInflated);
    parsed(field, d);
  }

  /** Inflates every stream that is zlib data, without keeping the output, within the bounds. */
  private static void streams(String field, byte[] d, long maxTotal) {
    long total = 0;
    int at = 0;
    while ((at = Bytes.indexOf(d, "stream", at)) >= 0) {
      int start = at + 6;
      boolean keyword = at < 3 || d[at - 3] != 'e' || d[at - 2] != 'n' || d[at - 1] != 'd';
      if (!keyword) {
        at = start;
        continue;
      }
      if (start < d.length && d[start] == '\r') {
        start++;
      }
      if (start < d.length && d[start] == '\n') {
        start++;
      }
      int end = Bytes.indexOf(d, "endstream", start);
      if (end < 0) {
        end = d.length;
      }
      long limit = Math.min(MAX_STREAM_INFLATED, maxTotal - total);
      long size = Bytes.inflatedSize(d, start, end - start, limit);
      if (size == Bytes.OVER_LIMIT) {
        throw UploadErrors.bomb(
            field,
            "pdf stream expands beyond "
                + (limit == MAX_STREAM_INFLATED ? MAX_STREAM_INFLATED : maxTotal)
                + " bytes");
      }
      total += Math.max(0, size);
      at = end + 9;
    }
  }

  private static void parsed(String field, byte[] d) {
    try (PDDocument doc = Loader.loadPDF(d)) {
      if (doc.isEncrypted()) {
        throw UploadErrors.encrypted(field);
      }
      COSDocument cos = doc.getDocument();
      Map<COSObjectKey, Long> xref = cos.getXrefTable();
      if (xref.size() > MAX_OBJECTS) {
        throw UploadErrors.malformed(field, "pdf.at-most-" + MAX_OBJECTS + "-objects");
      }
      int pages = doc.getNumberOfPages();
      if (pages == 0 || pages > MAX_PAGES) {
        throw UploadErrors.malformed(field, "pdf.pages-1-to-" + MAX_PAGES);
      }
      walk(field, cos.getTrailer());
      for (COSObjectKey key : xref.keySet()) {
        COSObject object = cos.getObjectFromPool(key);
        COSBase base = object.getObject();
        if (base != null) {
          walk(field, base);
        }
      }
    } catch (InvalidPasswordException e) {
      throw UploadErrors.encrypted(field);
    } catch (StackOverflowError e) {
      // PDFBox parses nested arrays and dictionaries recursively: absurd nesting ends here
      throw UploadErrors.malformed(field, "pdf.nesting", null);
    } catch (IOException | RuntimeException e) {
      if (e instanceof vn.lienthong.core.LienThongException l) {
        throw l;
      }
      throw UploadErrors.malformed(field, "pdf.readable", e);
    }
  }

  /**
   * Refuses filter chains the raw scan cannot bound: LZW (its expansion is not measured here) and
   * Flate behind another filter (an ASCII85-wrapped Flate bomb would not inflate in the scan).
   */
  private static void filters(String field, @Nullable COSBase filter) {
    if (filter instanceof COSName name) {
      if (isLzw(name)) {
        throw UploadErrors.bomb(field, "pdf.lzw-not-accepted");
      }
    } else if (filter instanceof COSArray chain) {
      for (int i = 0; i < chain.size(); i++) {
        if (chain.getObject(i) instanceof COSName name) {
          if (isLzw(name)) {
            throw UploadErrors.bomb(field, "pdf.lzw-not-accepted");
          }
          if (i > 0 && (name.getName().equals("FlateDecode") || name.getName().equals("Fl"))) {
            throw UploadErrors.bomb(field, "pdf.flate-behind-another-filter");
          }
        }
      }
    }
  }

  private static boolean isLzw(COSName name) {
    return name.getName().equals("LZWDecode") || name.getName().equals("LZW");
  }

  /** Walks a value and its direct children (indirect ones are walked from the xref table). */
  private static void walk(String field, COSBase root) {
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {root, 0});
    int visited = 0;
    while (!todo.isEmpty()) {
      Object[] next = todo.pop();
      COSBase base = (COSBase) next[0];
      int depth = (Integer) next[1];
      if (depth > MAX_DEPTH || ++visited > MAX_OBJECTS) {
        throw UploadErrors.malformed(field, "pdf.nesting");
      }
      if (base instanceof COSDictionary dict) {
        inspect(field, dict);
        for (COSBase value : dict.getValues()) {
          if (!(value instanceof COSObject)) {
            todo.push(new Object[] {value, depth + 1});
          }
        }
      } else if (base instanceof COSArray array) {
        for (int i = 0; i < array.size(); i++) {
          COSBase value = array.get(i);
          if (value != null && !(value instanceof COSObject)) {
            todo.push(new Object[] {value, depth + 1});
          }
        }
      }
    }
  }

  private static void inspect(String field, COSDictionary dict) {
    if (dict instanceof COSStream) {
      filters(field, dict.getDictionaryObject(COSName.FILTER));
    }
    for (COSName key : dict.keySet()) {
      if (ACTIVE_KEYS.contains(key.getName())) {
        throw UploadErrors.activeContent(field, "/" + key.getName());
      }
    }
    COSName action = dict.getCOSName(COSName.S);
    if (action != null && ACTIVE_ACTIONS.contains(action.getName())) {
      throw UploadErrors.activeContent(field, "/S /" + action.getName());
    }
    COSName subtype = dict.getCOSName(COSName.SUBTYPE);
    if (subtype != null && ACTIVE_SUBTYPES.contains(subtype.getName())) {
      throw UploadErrors.activeContent(field, "/Subtype /" + subtype.getName());
    }
    COSName type = dict.getCOSName(COSName.TYPE);
    if (type != null && type.getName().equals("EmbeddedFile")) {
      throw UploadErrors.activeContent(field, "/Type /EmbeddedFile");
    }
  }
}
