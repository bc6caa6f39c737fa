package vn.lienthong.signature.internal.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cms.SignerInformation;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.internal.ChainCheck;
import vn.lienthong.signature.internal.CmsTimestamps;
import vn.lienthong.signature.internal.SignerChecks;
import vn.lienthong.signature.internal.TimestampCheck;
import vn.lienthong.signature.internal.ValidationData;
import vn.lienthong.signature.trust.RevocationData;

/**
 * One validation of every signature of a PDF. Not thread-safe; one instance per call.
 *
 * <p>Per signature: the dictionary (sub-filter, {@code /Contents}, {@code /ByteRange}), the byte
 * range (starts at 0, the gap is exactly this dictionary's {@code /Contents} hex string, the signed
 * part ends at an {@code %%EOF}), the CMS ({@link CmsCheck}), the signer's key and chain, then the
 * changes made after the signed revision ({@link RevisionDiff}). The DSS ({@link DssReader}) adds
 * certificates and revocation values; document timestamps are validated first, so that a signature
 * they cover can be reported B-LTA.
 */
public final class PdfValidation {

  /** The most signature fields accepted in one PDF. */
  public static final int MAX_SIGNATURES = 100;

  /** The largest {@code /Contents} accepted, in hex digits (1 MiB of CMS). */
  static final long MAX_CONTENTS_HEX = 2L * 1024 * 1024;

  private static final COSName ETSI_RFC3161 = COSName.getPDFName("ETSI.RFC3161");
  private static final COSName ADBE_PKCS7_DETACHED = COSName.getPDFName("adbe.pkcs7.detached");

  private final RandomAccessRead file;
  private final ChainCheck chain;
  private final Instant now;
  private final long length;
  private DssReader.Dss dss = DssReader.Dss.NONE;
  private long lastValidDocumentTimestamp = -1;

  /**
   * Creates a validation.
   *
   * @param file the PDF (not closed here)
   * @param chain the trust anchors
   * @param now the validation time
   * @throws IOException if the length cannot be read
   */
  public PdfValidation(RandomAccessRead file, ChainCheck chain, Instant now) throws IOException {
    this.file = file;
    this.chain = chain;
    this.now = now;
    this.length = file.length();
  }

  /**
   * Validates every signature, in the order they were added.
   *
   * @return one report per signature; empty when the PDF has none
   * @throws InvalidInputException if the PDF is unreadable, encrypted or has too many signatures
   */
  public List<ValidationReport> run() {
    checkComplete();
    try (PDDocument doc = parse(new PrefixRead(file, length))) {
      if (doc.isEncrypted()) {
        throw PdfErrors.encrypted("document");
      }
      List<PDSignatureField> fields = doc.getSignatureFields();
      if (fields.size() > MAX_SIGNATURES) {
        throw new InvalidInputException(
            SignatureErrorCode.PDF_TOO_MANY_SIGNATURES,
            ErrorDetails.field("document")
                .rule("pades.max-signatures")
                .with("count", fields.size())
                .with("max", MAX_SIGNATURES));
      }
      List<Candidate> candidates = new ArrayList<>();
      for (PDSignatureField f : fields) {
        COSBase v = f.getCOSObject().getItem(COSName.V);
        COSBase resolved = v instanceof COSObject o ? o.getObject() : v;
        if (!(resolved instanceof COSDictionary d)) {
          continue; // an empty field
        }
        COSObjectKey key = v instanceof COSObject o ? o.getKey() : f.getCOSObject().getKey();
        candidates.add(
            new Candidate(
                d, key, revisionEnd(d), ETSI_RFC3161.equals(d.getCOSName(COSName.SUB_FILTER))));
      }
      candidates.sort(Comparator.comparingLong(Candidate::end));
      dss = DssReader.read(doc);
      ValidationReport[] reports = new ValidationReport[candidates.size()];
      // document timestamps first: a signature is B-LTA when a valid one covers it
      for (int i = 0; i < reports.length; i++) {
        Candidate c = candidates.get(i);
        if (c.documentTimestamp()) {
          reports[i] = validateDocumentTimestamp(doc, c);
          if (reports[i].indication() == vn.lienthong.signature.Indication.PASSED) {
            lastValidDocumentTimestamp = Math.max(lastValidDocumentTimestamp, c.end());
          }
        }
      }
      for (int i = 0; i < reports.length; i++) {
        if (reports[i] == null) {
          reports[i] = validate(doc, candidates.get(i));
        }
      }
      return List.of(reports);
    } catch (IOException | RuntimeException e) {
      if (e instanceof LienThongException l) {
        throw l;
      }
      throw PdfErrors.unreadable("document", e);
    }
  }

  /** A truncated file would be repaired by the parser; refuse it instead. */
  private void checkComplete() {
    try {
      int tail = (int) Math.min(1024, length);
      String end = new String(read(length - tail, tail), StandardCharsets.ISO_8859_1);
      if (!end.stripTrailing().endsWith("%%EOF") || !end.contains("startxref")) {
        throw PdfErrors.unreadable(
            "document", new IOException("no startxref and %%EOF at the end: truncated"));
      }
    } catch (IOException e) {
      throw PdfErrors.unreadable("document", e);
    }
  }

  private record Candidate(
      COSDictionary dict, @Nullable COSObjectKey key, long end, boolean documentTimestamp) {}

  private static long revisionEnd(COSDictionary d) {
    long[] r = byteRange(d);
    return r == null ? Long.MAX_VALUE : r[2] + r[3];
  }

  private ValidationReport validate(PDDocument doc, Candidate c) throws IOException {
    ValidationReport.Builder report = ValidationReport.builder();
    COSDictionary d = c.dict();
    COSName subFilter = d.getCOSName(COSName.SUB_FILTER);
    long[] range = byteRange(d);
    COSBase contents = d.getDictionaryObject(COSName.CONTENTS);
    if (!(PdfSigning.ETSI_CADES_DETACHED.equals(subFilter) || ADBE_PKCS7_DETACHED.equals(subFilter))
        || range == null
        || !(contents instanceof COSString cms)
        || cms.getBytes().length == 0) {
      return fail(
          report, SubIndication.FORMAT_FAILURE, ValidationFinding.PDF_SIGNATURE_DICTIONARY_INVALID);
    }
    Instant signingTime = signingTime(d);
    if (signingTime != null) {
      report.signingTime(signingTime);
    }
    long revisionEnd = range[2] + range[3];
    if (!rangeCoversRevision(range, cms.getBytes(), doc, c.key())) {
      return fail(report, SubIndication.FORMAT_FAILURE, ValidationFinding.PDF_BYTE_RANGE_INVALID);
    }
    CmsCheck cmsCheck =
        new CmsCheck(cms.getBytes(), PdfSigning.ETSI_CADES_DETACHED.equals(subFilter), report);
    X509Certificate signer = cmsCheck.run(this::digestRanges, range);
    if (signer == null || report.failed()) {
      return finish(report);
    }
    SignerInformation si = cmsCheck.signerInformation();
    RevocationData embedded =
        CmsTimestamps.revocationData(cmsCheck.signedData()).and(dss.revocation());
    List<X509Certificate> pool = new ArrayList<>(cmsCheck.certificates());
    pool.addAll(dss.certificates());
    Instant proven = null;
    for (byte[] token : CmsTimestamps.signatureTimestamps(si)) {
      TimestampCheck.Result r =
          TimestampCheck.verifyOver(token, si.getSignature(), chain, embedded);
      if (r.valid() && r.time() != null) {
        proven = proven == null || r.time().isBefore(proven) ? r.time() : proven;
      } else {
        report.finding(ValidationFinding.SIGNATURE_TIMESTAMP_INVALID);
      }
    }
    if (proven != null) {
      report.timestampTime(proven).finding(ValidationFinding.SIGNATURE_TIMESTAMP_VALID);
      if (LongTermCheck.proven(signer, pool, chain.anchorCertificates(), embedded, proven, now)) {
        report.finding(ValidationFinding.VALIDATION_DATA_EMBEDDED);
        report.level(
            lastValidDocumentTimestamp > revisionEnd ? SignatureLevel.B_LTA : SignatureLevel.B_LT);
      } else {
        report.level(SignatureLevel.B_T);
      }
    } else {
      report.level(SignatureLevel.B_B);
    }
    SignerChecks.keyAndChain(
        report,
        chain,
        signer,
        pool,
        now,
        proven != null ? proven : signingTime == null ? now : signingTime,
        embedded,
        proven != null);
    coverage(report, doc, revisionEnd, c.key());
    return finish(report);
  }

  /**
   * A document timestamp: the byte range as for signatures, the token's imprint over it, the
   * token's signature and TSA certificate, the TSA's chain and revocation (embedded data first),
   * then what later revisions changed.
   */
  private ValidationReport validateDocumentTimestamp(PDDocument doc, Candidate c)
      throws IOException {
    ValidationReport.Builder report = ValidationReport.builder();
    long[] range = byteRange(c.dict());
    COSBase contents = c.dict().getDictionaryObject(COSName.CONTENTS);
    if (range == null || !(contents instanceof COSString token) || token.getBytes().length == 0) {
      return fail(
          report, SubIndication.FORMAT_FAILURE, ValidationFinding.PDF_SIGNATURE_DICTIONARY_INVALID);
    }
    if (!rangeCoversRevision(range, token.getBytes(), doc, c.key())) {
      return fail(report, SubIndication.FORMAT_FAILURE, ValidationFinding.PDF_BYTE_RANGE_INVALID);
    }
    byte[] der = ValidationData.withoutPadding(token.getBytes());
    List<X509Certificate> certs = ValidationData.timestampCertificates(der);
    DigestAlgorithm alg = imprintAlgorithm(der);
    if (certs.isEmpty() || alg == null) {
      return fail(
          report, SubIndication.FORMAT_FAILURE, ValidationFinding.DOCUMENT_TIMESTAMP_INVALID);
    }
    report.signingCertificate(certs.get(0));
    TimestampCheck.Result r =
        TimestampCheck.verify(der, digestRanges(alg.jcaName(), range), alg, List.of(), null);
    if (!r.valid() || r.time() == null) {
      return fail(
          report,
          r.reason().contains("imprint")
              ? SubIndication.HASH_FAILURE
              : SubIndication.SIG_CRYPTO_FAILURE,
          ValidationFinding.DOCUMENT_TIMESTAMP_INVALID);
    }
    Instant time = r.time();
    report.signingTime(time).timestampTime(time);
    List<X509Certificate> pool = new ArrayList<>(certs);
    pool.addAll(dss.certificates());
    SignerChecks.keyAndChain(report, chain, certs.get(0), pool, now, time, dss.revocation(), true);
    if (!report.failed()) {
      report.finding(ValidationFinding.DOCUMENT_TIMESTAMP_VALID);
    }
    coverage(report, doc, range[2] + range[3], c.key());
    return finish(report);
  }

  private static @Nullable DigestAlgorithm imprintAlgorithm(byte[] token) {
    try {
      String oid =
          new org.bouncycastle.tsp.TimeStampToken(new org.bouncycastle.cms.CMSSignedData(token))
              .getTimeStampInfo()
              .getMessageImprintAlgOID()
              .getId();
      for (DigestAlgorithm d : DigestAlgorithm.values()) {
        if (d.oid().equals(oid)) {
          return d;
        }
      }
      return null;
    } catch (org.bouncycastle.cms.CMSException
        | org.bouncycastle.tsp.TSPException
        | IOException
        | RuntimeException e) {
      return null;
    }
  }

  private void coverage(
      ValidationReport.Builder report, PDDocument doc, long revisionEnd, @Nullable COSObjectKey key)
      throws IOException {
    if (revisionEnd == length || onlyWhitespaceAfter(revisionEnd)) {
      report.fullDocumentSigned(true).finding(ValidationFinding.FULL_DOCUMENT_SIGNED);
      return;
    }
    try (PDDocument signed = parse(new PrefixRead(file, revisionEnd))) {
      Long before = key == null ? null : signed.getDocument().getXrefTable().get(key);
      Long after = key == null ? null : doc.getDocument().getXrefTable().get(key);
      if (key != null && (before == null || !before.equals(after))) {
        report.fail(SubIndication.FORMAT_FAILURE, ValidationFinding.PDF_BYTE_RANGE_INVALID);
        return;
      }
      if (RevisionDiff.forbiddenChange(signed.getDocument(), doc.getDocument()).isPresent()) {
        report.fail(SubIndication.HASH_FAILURE, ValidationFinding.PDF_CHANGED_AFTER_SIGNING);
      } else {
        report.finding(ValidationFinding.PDF_ALLOWED_CHANGES_AFTER_SIGNING);
      }
    } catch (IOException | RuntimeException e) {
      report.fail(SubIndication.FORMAT_FAILURE, ValidationFinding.PDF_BYTE_RANGE_INVALID);
    }
  }

  /**
   * The range starts at 0, its gap is exactly a hex string equal to the parsed {@code /Contents},
   * the dictionary lies before the gap, and the signed part ends with {@code %%EOF}.
   */
  private boolean rangeCoversRevision(
      long[] r, byte[] parsedContents, PDDocument doc, @Nullable COSObjectKey key)
      throws IOException {
    long gapStart = r[1];
    long gapEnd = r[2];
    if (r[0] != 0
        || gapStart <= 0
        || gapEnd <= gapStart + 1
        || r[3] < 0
        || gapEnd + r[3] > length
        || gapEnd - gapStart > MAX_CONTENTS_HEX + 2) {
      return false;
    }
    byte[] gap = read(gapStart, (int) (gapEnd - gapStart));
    if (gap[0] != '<' || gap[gap.length - 1] != '>' || (gap.length - 2) % 2 != 0) {
      return false;
    }
    byte[] decoded = new byte[(gap.length - 2) / 2];
    for (int i = 0; i < decoded.length; i++) {
      int hi = Character.digit(gap[1 + 2 * i], 16);
      int lo = Character.digit(gap[2 + 2 * i], 16);
      if (hi < 0 || lo < 0) {
        return false;
      }
      decoded[i] = (byte) (hi << 4 | lo);
    }
    if (!MessageDigest.isEqual(decoded, parsedContents)) {
      return false;
    }
    if (key != null) {
      Long offset = doc.getDocument().getXrefTable().get(key);
      if (offset == null || offset <= 0 || offset >= gapStart) {
        return false;
      }
    }
    long end = gapEnd + r[3];
    int tail = (int) Math.min(64, end);
    String last = new String(read(end - tail, tail), StandardCharsets.ISO_8859_1).stripTrailing();
    return last.endsWith("%%EOF");
  }

  private boolean onlyWhitespaceAfter(long end) throws IOException {
    long rest = length - end;
    if (rest > 16) {
      return false;
    }
    for (byte b : read(end, (int) rest)) {
      if (b != '\r' && b != '\n' && b != ' ' && b != '\t' && b != 0) {
        return false;
      }
    }
    return true;
  }

  private byte[] digestRanges(String jcaDigest, long[] r) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance(jcaDigest);
    } catch (NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
    byte[] buffer = new byte[64 * 1024];
    for (int part = 0; part < 2; part++) {
      long pos = r[part * 2];
      long remaining = r[part * 2 + 1];
      file.seek(pos);
      while (remaining > 0) {
        int n = file.read(buffer, 0, (int) Math.min(buffer.length, remaining));
        if (n <= 0) {
          throw new IOException("byte range past the end");
        }
        md.update(buffer, 0, n);
        remaining -= n;
      }
    }
    return md.digest();
  }

  private byte[] read(long position, int count) throws IOException {
    byte[] out = new byte[count];
    file.seek(position);
    int done = 0;
    while (done < count) {
      int n = file.read(out, done, count - done);
      if (n <= 0) {
        throw new IOException("unexpected end of file");
      }
      done += n;
    }
    return out;
  }

  private static long @Nullable [] byteRange(COSDictionary d) {
    if (!(d.getDictionaryObject(COSName.BYTERANGE) instanceof COSArray a) || a.size() != 4) {
      return null;
    }
    long[] r = new long[4];
    for (int i = 0; i < 4; i++) {
      if (!(a.getObject(i) instanceof COSInteger n) || n.longValue() < 0) {
        return null;
      }
      r[i] = n.longValue();
    }
    return r;
  }

  private static @Nullable Instant signingTime(COSDictionary d) {
    try {
      Calendar c = new PDSignature(d).getSignDate();
      return c == null ? null : c.toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Parses strictly: no brute-force repair that could mix revisions. */
  static PDDocument parse(RandomAccessRead source) throws IOException {
    return new StrictParser(source).parse();
  }

  private static final class StrictParser extends PDFParser {
    StrictParser(RandomAccessRead source) throws IOException {
      super(source);
      setLenient(false);
    }
  }

  private static ValidationReport fail(
      ValidationReport.Builder report, SubIndication sub, ValidationFinding finding) {
    report.fail(sub, finding);
    return finish(report);
  }

  private static ValidationReport finish(ValidationReport.Builder report) {
    return report.noteRevocation().build();
  }
}
