package vn.lienthong.signature.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.jspecify.annotations.Nullable;

/**
 * Compares a signed revision with the latest revision of the same PDF and tells whether the later
 * incremental updates changed anything that can alter what is shown. Allowed: new objects, new
 * signature fields and their widgets (later signatures), the document security store (DSS/VRI),
 * document timestamps, the information dictionary and XMP metadata, and objects rewritten with the
 * same content. Everything else is a forbidden change: page content, resources, annotations other
 * than signature widgets, form field values, the page tree, the catalog's other entries.
 *
 * <p>Not thread-safe; one instance per comparison.
 */
public final class RevisionDiff {

  /** The most objects walked from one root (DSS), against reference loops and bombs. */
  static final int MAX_WALK = 100_000;

  /** The deepest nesting compared. */
  static final int MAX_DEPTH = 64;

  private static final COSName DSS = COSName.getPDFName("DSS");
  private static final Set<COSName> CATALOG_ALLOWED =
      Set.of(COSName.ACRO_FORM, DSS, COSName.METADATA, COSName.VERSION, COSName.EXTENSIONS);
  private static final Set<COSName> ACRO_FORM_ALLOWED =
      Set.of(COSName.FIELDS, COSName.SIG_FLAGS, COSName.DR);

  private final COSDocument signed;
  private final COSDocument latest;
  private final Set<COSObjectKey> checked = new HashSet<>();

  private RevisionDiff(COSDocument signed, COSDocument latest) {
    this.signed = signed;
    this.latest = latest;
  }

  /**
   * Compares two revisions.
   *
   * @param signed the signed revision
   * @param latest the whole document
   * @return a description of the first forbidden change, empty when every change is allowed
   * @throws IOException if an object cannot be read
   */
  public static Optional<String> forbiddenChange(COSDocument signed, COSDocument latest)
      throws IOException {
    return Optional.ofNullable(new RevisionDiff(signed, latest).run());
  }

  private @Nullable String run() throws IOException {
    COSDictionary rootA = dict(signed.getTrailer().getItem(COSName.ROOT));
    COSDictionary rootB = dict(latest.getTrailer().getItem(COSName.ROOT));
    if (rootA == null || rootB == null) {
      return "catalog missing";
    }
    markChecked(latest.getTrailer().getItem(COSName.ROOT));
    markChecked(latest.getTrailer().getItem(COSName.INFO));
    markChecked(rootB.getItem(COSName.METADATA));
    if (!sameExcept(rootA, rootB, CATALOG_ALLOWED)) {
      return "catalog";
    }
    String problem = acroForm(rootA, rootB);
    if (problem == null) {
      problem = pages(rootA, rootB);
    }
    if (problem == null) {
      allowDss(rootA, rootB);
      problem = redefinedObjects();
    }
    return problem;
  }

  /** Every object present in the signed revision and redefined later must be checked or equal. */
  private @Nullable String redefinedObjects() throws IOException {
    Map<COSObjectKey, Long> a = signed.getXrefTable();
    Map<COSObjectKey, Long> b = latest.getXrefTable();
    for (Map.Entry<COSObjectKey, Long> e : a.entrySet()) {
      COSObjectKey key = e.getKey();
      Long offsetB = b.get(key);
      if (offsetB == null) {
        return "object " + key + " removed";
      }
      if (offsetB.equals(e.getValue()) || checked.contains(key)) {
        continue;
      }
      COSBase before = resolve(signed.getObjectFromPool(key));
      COSBase after = resolve(latest.getObjectFromPool(key));
      if (!identical(before, after, 0)) {
        return "object " + key + " changed";
      }
    }
    return null;
  }

  private @Nullable String acroForm(COSDictionary rootA, COSDictionary rootB) throws IOException {
    COSBase itemB = rootB.getItem(COSName.ACRO_FORM);
    markChecked(itemB);
    COSDictionary formA = dict(rootA.getItem(COSName.ACRO_FORM));
    COSDictionary formB = dict(itemB);
    if (formB == null) {
      return formA == null ? null : "form removed";
    }
    if (formA != null && !sameExcept(formA, formB, ACRO_FORM_ALLOWED)) {
      return "form";
    }
    markChecked(formB.getItem(COSName.DR));
    COSBase fieldsItemB = formB.getItem(COSName.FIELDS);
    markChecked(fieldsItemB);
    COSArray fieldsA = formA == null ? new COSArray() : array(formA.getItem(COSName.FIELDS));
    COSArray fieldsB = array(fieldsItemB);
    if (fieldsA == null || fieldsB == null) {
      return fieldsB == null && (fieldsA == null || fieldsA.size() == 0) ? null : "form fields";
    }
    List<COSBase> remaining = new ArrayList<>();
    for (COSBase f : fieldsB) {
      remaining.add(f);
    }
    for (COSBase f : fieldsA) {
      COSBase match = null;
      for (COSBase g : remaining) {
        if (sameValue(f, g, 0)) {
          match = g;
          break;
        }
      }
      if (match == null) {
        return "form field removed";
      }
      remaining.remove(match);
      String filled = signatureFieldFilled(f, match);
      if (filled != null) {
        return filled;
      }
    }
    for (COSBase added : remaining) {
      COSDictionary d = dict(added);
      if (d == null || !isSignatureField(d)) {
        return "form field added";
      }
    }
    return null;
  }

  /** An empty signature field of the signed revision may be filled (V, AP) by a later signature. */
  private @Nullable String signatureFieldFilled(COSBase fieldA, COSBase fieldB) throws IOException {
    if (!(fieldA instanceof COSObject oa) || !(fieldB instanceof COSObject ob)) {
      return null;
    }
    Long offA = signed.getXrefTable().get(oa.getKey());
    Long offB = latest.getXrefTable().get(ob.getKey());
    if (Objects.equals(offA, offB)) {
      return null;
    }
    COSDictionary a = dict(oa);
    COSDictionary b = dict(ob);
    if (a == null
        || b == null
        || !isSignatureField(a)
        || a.containsKey(COSName.V)
        || !sameExcept(a, b, Set.of(COSName.V, COSName.AP))) {
      return null; // left to the redefined-object check, which compares content
    }
    checked.add(ob.getKey());
    return null;
  }

  private @Nullable String pages(COSDictionary rootA, COSDictionary rootB) throws IOException {
    List<COSBase> pagesA = new ArrayList<>();
    List<COSBase> pagesB = new ArrayList<>();
    collectPages(rootA.getItem(COSName.PAGES), pagesA, 0);
    collectPages(rootB.getItem(COSName.PAGES), pagesB, 0);
    if (pagesA.size() != pagesB.size()) {
      return "page count";
    }
    for (int i = 0; i < pagesA.size(); i++) {
      COSBase a = pagesA.get(i);
      COSBase b = pagesB.get(i);
      if (a instanceof COSObject oa
          && b instanceof COSObject ob
          && !oa.getKey().equals(ob.getKey())) {
        return "page " + (i + 1) + " replaced";
      }
      COSDictionary pa = dict(a);
      COSDictionary pb = dict(b);
      if (pa == null || pb == null || !sameExcept(pa, pb, Set.of(COSName.ANNOTS))) {
        return "page " + (i + 1);
      }
      markChecked(b);
      String annots = annotations(pa, pb);
      if (annots != null) {
        return annots + " on page " + (i + 1);
      }
    }
    return null;
  }

  private @Nullable String annotations(COSDictionary pageA, COSDictionary pageB)
      throws IOException {
    COSBase itemB = pageB.getItem(COSName.ANNOTS);
    markChecked(itemB);
    COSArray a = array(pageA.getItem(COSName.ANNOTS));
    COSArray b = array(itemB);
    if (b == null) {
      return a == null || a.size() == 0 ? null : "annotations removed";
    }
    List<COSBase> remaining = new ArrayList<>();
    for (COSBase x : b) {
      remaining.add(x);
    }
    if (a != null) {
      for (COSBase x : a) {
        COSBase match = null;
        for (COSBase y : remaining) {
          if (sameValue(x, y, 0)) {
            match = y;
            break;
          }
        }
        if (match == null) {
          return "annotation removed";
        }
        remaining.remove(match);
      }
    }
    for (COSBase added : remaining) {
      COSDictionary d = dict(added);
      if (d == null
          || !COSName.WIDGET.equals(d.getCOSName(COSName.SUBTYPE))
          || !isSignatureField(d)) {
        return "annotation added";
      }
    }
    return null;
  }

  /** DSS objects already in the signed revision may be rewritten by a later DSS update. */
  private void allowDss(COSDictionary rootA, COSDictionary rootB) throws IOException {
    COSBase dssB = rootB.getItem(DSS);
    markChecked(dssB);
    Set<COSObjectKey> inA = new HashSet<>();
    Set<COSObjectKey> inB = new HashSet<>();
    walk(rootA.getItem(DSS), inA);
    walk(dssB, inB);
    inB.retainAll(inA);
    checked.addAll(inB);
  }

  private void walk(@Nullable COSBase start, Set<COSObjectKey> keys) throws IOException {
    List<COSBase> stack = new ArrayList<>();
    if (start != null) {
      stack.add(start);
    }
    int visited = 0;
    while (!stack.isEmpty() && visited++ < MAX_WALK) {
      COSBase b = stack.remove(stack.size() - 1);
      if (b instanceof COSObject o) {
        if (!keys.add(o.getKey())) {
          continue;
        }
        b = o.getObject();
      }
      if (b instanceof COSDictionary d) {
        stack.addAll(d.getValues());
      } else if (b instanceof COSArray arr) {
        for (COSBase x : arr) {
          stack.add(x);
        }
      }
    }
  }

  private boolean isSignatureField(COSDictionary d) {
    if (COSName.SIG.equals(d.getCOSName(COSName.FT))) {
      return true;
    }
    COSDictionary parent = dict(d.getItem(COSName.PARENT));
    return parent != null && COSName.SIG.equals(parent.getCOSName(COSName.FT));
  }

  private void collectPages(@Nullable COSBase node, List<COSBase> out, int depth)
      throws IOException {
    COSDictionary d = dict(node);
    if (d == null || depth > MAX_DEPTH || out.size() > MAX_WALK) {
      return;
    }
    if (COSName.PAGE.equals(d.getCOSName(COSName.TYPE))) {
      out.add(node);
      return;
    }
    COSArray kids = array(d.getItem(COSName.KIDS));
    if (kids != null) {
      for (COSBase k : kids) {
        collectPages(k, out, depth + 1);
      }
    }
  }

  private void markChecked(@Nullable COSBase item) {
    if (item instanceof COSObject o && o.getKey() != null) {
      checked.add(o.getKey());
    }
  }

  /** Same entries, comparing values without following references, except some keys. */
  private static boolean sameExcept(COSDictionary a, COSDictionary b, Set<COSName> except) {
    Set<COSName> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (COSName k : keys) {
      if (!except.contains(k) && !sameValue(a.getItem(k), b.getItem(k), 0)) {
        return false;
      }
    }
    return true;
  }

  /** Equal values; references are equal when they name the same object. */
  static boolean sameValue(@Nullable COSBase a, @Nullable COSBase b, int depth) {
    if (a == null || b == null) {
      return a == b;
    }
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (a instanceof COSObject || b instanceof COSObject) {
      return a instanceof COSObject x
          && b instanceof COSObject y
          && x.getKey() != null
          && x.getKey().equals(y.getKey());
    }
    if (a instanceof COSStream || b instanceof COSStream) {
      return false;
    }
    if (a instanceof COSDictionary da && b instanceof COSDictionary db) {
      if (!da.keySet().equals(db.keySet())) {
        return false;
      }
      for (COSName k : da.keySet()) {
        if (!sameValue(da.getItem(k), db.getItem(k), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof COSArray xa && b instanceof COSArray xb) {
      if (xa.size() != xb.size()) {
        return false;
      }
      for (int i = 0; i < xa.size(); i++) {
        if (!sameValue(xa.get(i), xb.get(i), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    return a.getClass() == b.getClass() && a.equals(b);
  }

  /** Equal content of a redefined object, streams compared by their raw bytes. */
  private static boolean identical(@Nullable COSBase a, @Nullable COSBase b, int depth)
      throws IOException {
    if (a instanceof COSStream sa && b instanceof COSStream sb) {
      return sameValueDict(sa, sb) && Objects.equals(rawDigest(sa), rawDigest(sb));
    }
    return sameValue(a, b, depth);
  }

  private static boolean sameValueDict(COSDictionary a, COSDictionary b) {
    Set<COSName> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    keys.remove(COSName.LENGTH);
    for (COSName k : keys) {
      if (!sameValue(a.getItem(k), b.getItem(k), 0)) {
        return false;
      }
    }
    return true;
  }

  private static String rawDigest(COSStream s) throws IOException {
    try (InputStream in = s.createRawInputStream()) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[16 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable COSBase resolve(@Nullable COSBase b) {
    return b instanceof COSObject o ? o.getObject() : b;
  }

  private static @Nullable COSDictionary dict(@Nullable COSBase b) {
    return resolve(b) instanceof COSDictionary d ? d : null;
  }

  private static @Nullable COSArray array(@Nullable COSBase b) {
    return resolve(b) instanceof COSArray a ? a : null;
  }
}
