package vn.lienthong.signature.cades;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.internal.CadesAttached;
import vn.lienthong.signature.internal.CadesExtension;
import vn.lienthong.signature.timestamp.TimestampSource;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Extends a CAdES signature, made by anyone, to B-T, B-LT or B-LTA (ETSI EN 319 122-1).
 *
 * <p>B-T adds a signature timestamp when there is none. B-LT embeds the certificates and the OCSP
 * responses and CRLs proving the signer and every timestamp authority (signature and archive
 * timestamps) trusted and not revoked now, keeping the values already there. B-LTA then adds an
 * {@code archive-time-stamp-v3} whose {@code ats-hash-index-v3} covers the certificates, revocation
 * values and unsigned attributes present: extending a B-LTA signature again first embeds the proofs
 * of the earlier archive timestamps' authorities, then timestamps everything once more (do so
 * before the last timestamp authority's certificate expires or its algorithms weaken). Instances
 * are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * CadesExtender extender =
 *     CadesExtender.builder().timestampSource(tsa).certificateVerifier(verifier).build();
 * byte[] archived = extender.extend(p7s, document, SignatureLevel.B_LTA);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CadesExtender {

  private final TimestampSource timestampSource;
  private final @Nullable CertificateVerifier certificateVerifier;

  private CadesExtender(Builder b) {
    this.timestampSource = Objects.requireNonNull(b.timestampSource);
    this.certificateVerifier = b.certificateVerifier;
  }

  /**
   * Starts an extender.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extends an attached signature ({@code .p7m}): the content is the encapsulated one.
   *
   * @param signature the DER CMS SignedData with its content
   * @param level B-T, B-LT or B-LTA
   * @return the extended signature
   * @throws InvalidInputException if the level is B-B, the signature has no encapsulated content or
   *     cannot be extended ({@code LT-SIG-1201}), it is larger than {@link
   *     CadesValidator#MAX_SIGNATURE_BYTES} ({@code LT-SIG-0101}), or a certificate cannot be
   *     proven now ({@code LT-SIG-1001})
   * @throws IllegalStateException if B-LT or B-LTA is asked without a certificate verifier
   * @throws vn.lienthong.core.RemoteServiceException if the timestamp authority fails ({@code
   *     LT-SIG-07xx})
   * @throws NullPointerException if an argument is null
   */
  public byte[] extend(byte[] signature, SignatureLevel level) {
    Objects.requireNonNull(signature, "signature");
    cap(signature);
    CadesAttached.Split split = CadesAttached.split(signature);
    if (split == null) {
      throw CadesExtension.notExtensible("no encapsulated content (a detached signature?)");
    }
    return run(signature, split.content(), level);
  }

  /**
   * Extends a detached signature ({@code .p7s}) over its content.
   *
   * @param signature the DER CMS SignedData
   * @param content the signed content
   * @param level B-T, B-LT or B-LTA
   * @return the extended signature
   * @throws InvalidInputException if the content is not the signed one ({@code LT-SIG-1202}), or as
   *     {@link #extend(byte[], SignatureLevel)}
   * @throws IllegalStateException if B-LT or B-LTA is asked without a certificate verifier
   * @throws vn.lienthong.core.RemoteServiceException if the timestamp authority fails ({@code
   *     LT-SIG-07xx})
   * @throws NullPointerException if an argument is null
   */
  public byte[] extend(byte[] signature, byte[] content, SignatureLevel level) {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(content, "content");
    cap(signature);
    return run(signature, content, level);
  }

  private byte[] run(byte[] signature, byte[] content, SignatureLevel level) {
    Objects.requireNonNull(level, "level");
    if (level == SignatureLevel.B_B) {
      throw CadesExtension.notExtensible("B-B is not an extension level");
    }
    if (level != SignatureLevel.B_T && certificateVerifier == null) {
      throw new IllegalStateException("certificateVerifier required for " + level.etsiName());
    }
    checkContent(signature, content);
    return CadesExtension.extend(signature, content, level, timestampSource, certificateVerifier);
  }

  /** Refuses content whose digest is not the signer's message-digest attribute. */
  private static void checkContent(byte[] signature, byte[] content) {
    boolean matches;
    try {
      CMSSignedData signed = new CMSSignedData(signature);
      if (signed.getSignerInfos().size() != 1) {
        throw CadesExtension.notExtensible("not exactly one signer");
      }
      SignerInformation si = signed.getSignerInfos().getSigners().iterator().next();
      org.bouncycastle.asn1.cms.Attribute digestAttribute =
          si.getSignedAttributes() == null
              ? null
              : si.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.messageDigest);
      byte[] expected =
          digestAttribute == null
              ? null
              : org.bouncycastle.asn1.ASN1OctetString.getInstance(
                      digestAttribute.getAttrValues().getObjectAt(0))
                  .getOctets();
      String alg = si.getDigestAlgOID();
      DigestAlgorithm digest = null;
      for (DigestAlgorithm d : DigestAlgorithm.values()) {
        if (d.oid().equals(alg)) {
          digest = d;
        }
      }
      matches =
          expected != null
              && digest != null
              && MessageDigest.isEqual(
                  expected, MessageDigest.getInstance(digest.jcaName()).digest(content));
    } catch (CMSException | GeneralSecurityException | RuntimeException e) {
      if (e instanceof InvalidInputException i) {
        throw i;
      }
      throw CadesExtension.notExtensible("not a readable CMS SignedData");
    }
    if (!matches) {
      throw new InvalidInputException(
          SignatureErrorCode.CADES_CONTENT_MISMATCH,
          ErrorDetails.field("content").rule("signature.cades.content-matches"));
    }
  }

  private static void cap(byte[] signature) {
    if (signature.length > CadesValidator.MAX_SIGNATURE_BYTES) {
      throw new InvalidInputException(
          SignatureErrorCode.DOCUMENT_TOO_LARGE,
          ErrorDetails.field("signature")
              .with("length", signature.length)
              .with("max", CadesValidator.MAX_SIGNATURE_BYTES));
    }
  }

  /**
   * Builds {@link CadesExtender}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable TimestampSource timestampSource;
    private @Nullable CertificateVerifier certificateVerifier;

    private Builder() {}

    /**
     * Sets where signature and archive timestamps come from (required).
     *
     * @param source the source
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder timestampSource(TimestampSource source) {
      this.timestampSource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the verifier that gathers certificates, OCSP responses and CRLs (required for B-LT and
     * B-LTA).
     *
     * @param verifier the verifier
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder certificateVerifier(CertificateVerifier verifier) {
      this.certificateVerifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * Builds the extender.
     *
     * @return the extender
     * @throws IllegalStateException if no timestamp source was given
     */
    public CadesExtender build() {
      if (timestampSource == null) {
        throw new IllegalStateException("timestampSource required");
      }
      return new CadesExtender(this);
    }
  }
}
