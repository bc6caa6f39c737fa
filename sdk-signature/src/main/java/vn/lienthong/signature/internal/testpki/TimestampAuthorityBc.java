package vn.lienthong.signature.internal.testpki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** An RFC 3161 timestamp unit signing with SHA-256 and ESSCertIDv2. Thread-safe. */
public final class TimestampAuthorityBc {

  /** The test policy OID (a private arc under the LienThong TEST PKI; never a real policy). */
  public static final String POLICY = "1.3.6.1.4.1.99999.3161.1";

  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  private final TimeStampResponseGenerator generator;

  /**
   * Creates a unit.
   *
   * @param certificate the TSA certificate (critical id-kp-timeStamping)
   * @param key its private key
   * @param chain the certificates to include in tokens (the TSA's, then its issuers)
   */
  public TimestampAuthorityBc(
      X509Certificate certificate, PrivateKey key, List<X509Certificate> chain) {
    try {
      SignerInfoGenerator signer =
          new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key, certificate);
      TimeStampTokenGenerator tokens =
          new TimeStampTokenGenerator(
              signer,
              new JcaDigestCalculatorProviderBuilder()
                  .build()
                  .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
              new ASN1ObjectIdentifier(POLICY));
      tokens.addCertificates(new JcaCertStore(chain));
      this.generator = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    } catch (OperatorCreationException | TSPException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Answers a DER timestamp request.
   *
   * @param request the request
   * @param now the time to put in the token
   * @return the DER timestamp response (a rejection for garbage)
   */
  public byte[] answer(byte[] request, Instant now) {
    try {
      TimeStampRequest req;
      try {
        req = new TimeStampRequest(request);
      } catch (IOException | RuntimeException e) {
        return generator
            .generateFailResponse(2, PKIFailureInfo.badDataFormat, "malformed request")
            .getEncoded();
      }
      return generator
          .generate(req, BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(now))
          .getEncoded();
    } catch (TSPException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
