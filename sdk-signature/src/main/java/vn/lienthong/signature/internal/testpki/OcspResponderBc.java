package vn.lienthong.signature.internal.testpki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Answers OCSP requests for one CA from a revocation table, signed by a delegated responder.
 * Thread-safe if the table is.
 */
public final class OcspResponderBc {

  private final X509Certificate issuer;
  private final X509Certificate responder;
  private final PrivateKey responderKey;
  private final Map<BigInteger, Instant> revoked;
  private final Function<BigInteger, Boolean> known;

  /**
   * Creates a responder.
   *
   * @param issuer the CA whose certificates it answers for
   * @param responder the responder certificate (issued by that CA)
   * @param responderKey the responder's key
   * @param revoked serial number to revocation time (live view)
   * @param known tells whether a serial number was issued by the CA
   */
  public OcspResponderBc(
      X509Certificate issuer,
      X509Certificate responder,
      PrivateKey responderKey,
      Map<BigInteger, Instant> revoked,
      Function<BigInteger, Boolean> known) {
    this.issuer = issuer;
    this.responder = responder;
    this.responderKey = responderKey;
    this.revoked = revoked;
    this.known = known;
  }

  /**
   * Answers a DER OCSP request.
   *
   * @param request the request
   * @param now the production time
   * @return the DER OCSP response (malformedRequest for garbage)
   */
  public byte[] answer(byte[] request, Instant now) {
    try {
      OCSPReq req;
      try {
        req = new OCSPReq(request);
      } catch (IOException | RuntimeException e) {
        return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
      }
      BasicOCSPRespBuilder b = builder();
      for (Req r : req.getRequestList()) {
        add(b, r.getCertID(), now);
      }
      Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
      if (nonce != null) {
        b.setResponseExtensions(new Extensions(nonce));
      }
      return sign(b, now).getEncoded();
    } catch (OCSPException
        | IOException
        | OperatorCreationException
        | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Produces a response for one certificate without a request (to embed in signatures).
   *
   * @param certificate the certificate, issued by this responder's CA
   * @param now the production time
   * @return the DER OCSP response
   */
  public byte[] responseFor(X509Certificate certificate, Instant now) {
    try {
      CertificateID id =
          new CertificateID(
              new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
              new JcaX509CertificateHolder(issuer),
              certificate.getSerialNumber());
      BasicOCSPRespBuilder b = builder();
      add(b, id, now);
      return sign(b, now).getEncoded();
    } catch (OCSPException
        | IOException
        | OperatorCreationException
        | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private BasicOCSPRespBuilder builder() throws OCSPException, OperatorCreationException {
    return new JcaBasicOCSPRespBuilder(
        responder.getPublicKey(),
        new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1));
  }

  private void add(BasicOCSPRespBuilder b, CertificateID id, Instant now)
      throws OCSPException, CertificateEncodingException, OperatorCreationException {
    CertificateID ours =
        new CertificateID(
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(
                    id.getHashAlgOID().equals(CertificateID.HASH_SHA1.getAlgorithm())
                        ? CertificateID.HASH_SHA1
                        : new org.bouncycastle.asn1.x509.AlgorithmIdentifier(id.getHashAlgOID())),
            new JcaX509CertificateHolder(issuer),
            id.getSerialNumber());
    @Nullable CertificateStatus status;
    if (!ours.equals(id) || !known.apply(id.getSerialNumber())) {
      status = new UnknownStatus();
    } else {
      Instant at = revoked.get(id.getSerialNumber());
      status =
          at == null
              ? CertificateStatus.GOOD
              : new RevokedStatus(Date.from(at), CRLReason.keyCompromise);
    }
    b.addResponse(id, status, Date.from(now), Date.from(now.plus(Duration.ofHours(1))), null);
  }

  private OCSPResp sign(BasicOCSPRespBuilder b, Instant now)
      throws OCSPException, OperatorCreationException, CertificateEncodingException {
    BasicOCSPResp basic =
        b.build(
            new JcaContentSignerBuilder("SHA256withRSA").build(responderKey),
            new X509CertificateHolder[] {new JcaX509CertificateHolder(responder)},
            Date.from(now));
    return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
  }
}
