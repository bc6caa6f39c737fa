package vn.lienthong.signature.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cms.SignerInformation;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.internal.pdf.CmsCheck;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Validates one detached CAdES signature: the CMS checks shared with PAdES, the signature
 * timestamps (B-T), embedded validation data (B-LT), then the signer's chain at the best signature
 * time. Not thread-safe; one instance per validation.
 */
public final class CadesValidation {

  private final byte[] cms;
  private final byte[] content;
  private final ChainCheck chain;
  private final Instant now;
  private final ValidationReport.Builder report = ValidationReport.builder();

  /**
   * Creates a validation.
   *
   * @param cms the DER SignedData
   * @param content the detached content
   * @param chain the trust anchors and optional verifier
   * @param now the validation time
   */
  public CadesValidation(byte[] cms, byte[] content, ChainCheck chain, Instant now) {
    this.cms = cms;
    this.content = content;
    this.chain = chain;
    this.now = now;
  }

  /**
   * Runs the validation.
   *
   * @return the report
   */
  public ValidationReport run() {
    CmsCheck check = new CmsCheck(cms, false, report);
    X509Certificate signer;
    try {
      signer =
          check.run(
              (alg, range) -> {
                try {
                  return MessageDigest.getInstance(alg).digest(content);
                } catch (GeneralSecurityException e) {
                  throw new IOException(e);
                }
              },
              new long[0]);
    } catch (IOException e) {
      signer = null;
    }
    if (signer == null || report.failed()) {
      return report.noteRevocation().build();
    }
    SignerInformation si = check.signerInformation();
    Instant claimed = signingTime(si.getSignedAttributes());
    if (claimed != null) {
      report.signingTime(claimed);
    }
    RevocationData embedded = CmsTimestamps.revocationData(check.signedData());
    Instant proven = null;
    for (byte[] token : CmsTimestamps.signatureTimestamps(si)) {
      TimestampCheck.Result r =
          TimestampCheck.verifyOver(token, si.getSignature(), chain, embedded);
      if (r.valid() && r.time() != null) {
        if (proven == null || r.time().isBefore(proven)) {
          proven = r.time();
        }
      } else {
        report.finding(ValidationFinding.SIGNATURE_TIMESTAMP_INVALID);
      }
    }
    SignatureLevel level = SignatureLevel.B_B;
    if (proven != null) {
      report.timestampTime(proven).finding(ValidationFinding.SIGNATURE_TIMESTAMP_VALID);
      level = embedded.isEmpty() ? SignatureLevel.B_T : archiveLevel(check, si, embedded);
    }
    report.level(level);
    Instant best = proven != null ? proven : claimed != null ? claimed : now;
    SignerChecks.keyAndChain(
        report, chain, signer, check.certificates(), now, best, embedded, proven != null);
    report.fullDocumentSigned(true);
    return report.noteRevocation().build();
  }

  /**
   * B-LTA when every archive-time-stamp-v3 verifies over the signature as it stands (its index
   * matching what the signature holds), else B-LT with the failure reported.
   */
  private SignatureLevel archiveLevel(
      CmsCheck check, SignerInformation si, RevocationData embedded) {
    java.util.List<CadesArchive.Found> found = CadesArchive.find(check.signedData(), si, content);
    if (found.isEmpty()) {
      return SignatureLevel.B_LT;
    }
    for (CadesArchive.Found f : found) {
      boolean valid =
          f.indexMatches()
              && TimestampCheck.verifyOver(f.token(), f.input(), chain, embedded).valid();
      if (!valid) {
        report.finding(ValidationFinding.ARCHIVE_TIMESTAMP_INVALID);
        return SignatureLevel.B_LT;
      }
    }
    report.finding(ValidationFinding.ARCHIVE_TIMESTAMP_VALID);
    return SignatureLevel.B_LTA;
  }

  private static @Nullable Instant signingTime(@Nullable AttributeTable signed) {
    Attribute a = signed == null ? null : signed.get(CMSAttributes.signingTime);
    if (a == null) {
      return null;
    }
    try {
      return Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
