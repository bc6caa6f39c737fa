package vn.lienthong.signature.testpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;

class TestPkiTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final TestPki pki = TestPki.shared();

  @Test
  void personCertificatesChainThroughTheIntermediateToTheRoot() throws Exception {
    TestPki.Signer s = pki.personSigner("TEST Nguyễn Văn An");
    s.certificate().verify(pki.intermediate().getPublicKey());
    pki.intermediate().verify(pki.root().getPublicKey());
    assertThat(s.issuer()).isEqualTo(pki.intermediate());
    assertThat(s.certificate().getKeyUsage()[0]).isTrue();
  }

  @Test
  void crlServedOverLoopbackListsRevokedCertificates() throws Exception {
    Instant at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    TestPki.Signer revoked = pki.revokedSigner(at);
    TestPki.Signer good = pki.personSigner("TEST Good");
    byte[] der = get(pki.server().issuingCrlUri());
    X509CRL crl =
        (X509CRL)
            CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    crl.verify(pki.intermediate().getPublicKey());
    assertThat(crl.getRevokedCertificate(revoked.certificate()).getRevocationDate().toInstant())
        .isEqualTo(at);
    assertThat(crl.isRevoked(good.certificate())).isFalse();
  }

  @Test
  void ocspResponderAnswersGoodAndRevoked() throws Exception {
    Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    TestPki.Signer revoked = pki.revokedSigner(at);
    TestPki.Signer good = pki.personSigner("TEST Good");
    assertThat(ocsp(good.certificate()).getResponses()[0].getCertStatus()).isNull();
    Object status = ocsp(revoked.certificate()).getResponses()[0].getCertStatus();
    assertThat(status).isInstanceOf(RevokedStatus.class);
    assertThat(((RevokedStatus) status).getRevocationTime().toInstant()).isEqualTo(at);
  }

  @Test
  void ocspFaultSwitchAnswers503() throws Exception {
    TestPkiServer server = pki.server();
    server.ocspAvailable(false);
    try {
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(server.ocspUri())
                  .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1}))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(503);
    } finally {
      server.ocspAvailable(true);
    }
  }

  @Test
  void timestampAuthorityIssuesVerifiableTokens() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest("văn bản".getBytes("UTF-8"));
    TimeStampRequestGenerator g = new TimeStampRequestGenerator();
    g.setCertReq(true);
    var req = g.generate(TSPAlgorithms.SHA256, digest, BigInteger.TEN);
    byte[] der =
        HTTP.send(
                HttpRequest.newBuilder(pki.server().timestampUri())
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(req.getEncoded()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray())
            .body();
    TimeStampResponse resp = new TimeStampResponse(der);
    resp.validate(req);
    X509Certificate tsa = pki.timestampAuthorityCertificate();
    resp.getTimeStampToken().validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
    assertThat(resp.getTimeStampToken().getTimeStampInfo().getMessageImprintDigest())
        .isEqualTo(digest);
  }

  private static byte[] get(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray())
        .body();
  }

  private BasicOCSPResp ocsp(X509Certificate cert) throws Exception {
    OCSPReq req =
        new OCSPReqBuilder()
            .addRequest(
                new CertificateID(
                    new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(pki.intermediate()),
                    cert.getSerialNumber()))
            .build();
    byte[] der =
        HTTP.send(
                HttpRequest.newBuilder(pki.server().ocspUri())
                    .header("Content-Type", "application/ocsp-request")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(req.getEncoded()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray())
            .body();
    OCSPResp resp = new OCSPResp(der);
    assertThat(resp.getStatus()).isZero();
    return (BasicOCSPResp) resp.getResponseObject();
  }
}
