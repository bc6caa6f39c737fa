package vn.lienthong.signature.remote;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.external.ExternalSigningSession;

/** Helpers for the WireMock contract tests of the remote signing adapters. */
public final class RemoteStubs {

  private RemoteStubs() {}

  /**
   * Starts WireMock on a loopback port.
   *
   * @return the started server
   */
  public static WireMockServer start() {
    WireMockServer w = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    w.start();
    return w;
  }

  /**
   * Returns SHA-256 of a text.
   *
   * @param text the text
   * @return the hash
   */
  public static byte[] sha256(String text) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(text.getBytes());
  }

  /**
   * Signs a SHA-256 hash with RSA PKCS#1 v1.5, as a provider would.
   *
   * @param key the key
   * @param hash the hash
   * @return the value in base64
   */
  public static String rsaValue(PrivateKey key, byte[] hash) throws Exception {
    Signature s = Signature.getInstance("NONEwithRSA");
    s.initSign(key);
    s.update(ExternalSigningSession.digestInfo(DigestAlgorithm.SHA256, hash));
    return Base64.getEncoder().encodeToString(s.sign());
  }

  /**
   * Encodes a certificate in base64 DER.
   *
   * @param c the certificate
   * @return the text
   */
  public static String b64(X509Certificate c) throws Exception {
    return Base64.getEncoder().encodeToString(c.getEncoded());
  }
}
