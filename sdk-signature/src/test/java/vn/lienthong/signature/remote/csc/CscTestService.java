package vn.lienthong.signature.remote.csc;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.external.ExternalSigningSession;

/**
 * A small CSC API v2 service on loopback (JDK HttpServer) that signs hashes with a real key: PIN
 * "123456", SADs valid for one call, ECDSA values returned raw {@code r || s} as many services do.
 */
final class CscTestService implements AutoCloseable {

  static final String PIN = "123456";
  static final String CREDENTIAL = "cred-1";
  static final String SERVICE_TOKEN = "svc-token";

  private final HttpServer server;
  private final PrivateKey key;
  private final List<X509Certificate> chain;
  private final List<String> algos;
  private final int multisign;
  final List<byte[]> hashesReceived = new CopyOnWriteArrayList<>();
  final AtomicInteger authorizations = new AtomicInteger();
  final AtomicInteger tokenCalls = new AtomicInteger();
  final AtomicInteger sadsToExpire = new AtomicInteger();
  private final Set<String> sads = ConcurrentHashMap.newKeySet();

  CscTestService(PrivateKey key, List<X509Certificate> chain, List<String> algos, int multisign)
      throws IOException {
    this.key = key;
    this.chain = chain;
    this.algos = algos;
    this.multisign = multisign;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/csc/v2/", this::handle);
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/csc/v2/");
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestURI().getPath().substring("/csc/v2/".length());
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (method.equals("oauth2/token")) {
        tokenCalls.incrementAndGet();
        send(ex, 200, Map.of("access_token", SERVICE_TOKEN, "expires_in", 3600));
        return;
      }
      Map<String, Object> in = body.isEmpty() ? Map.of() : JSONObjectUtils.parse(body);
      if (!method.equals("info")
          && !("Bearer " + SERVICE_TOKEN)
              .equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        send(ex, 401, Map.of("error", "invalid_token"));
        return;
      }
      switch (method) {
        case "info" ->
            send(
                ex,
                200,
                Map.of("specs", "2.0.0.2", "name", "Test CSC", "methods", List.of("signHash")));
        case "credentials/list" -> send(ex, 200, Map.of("credentialIDs", List.of(CREDENTIAL)));
        case "credentials/info" -> {
          if (!CREDENTIAL.equals(in.get("credentialID"))) {
            send(ex, 400, error("Invalid parameter credentialID"));
            return;
          }
          List<String> certs = new ArrayList<>();
          for (X509Certificate c : chain) {
            certs.add(Base64.getEncoder().encodeToString(c.getEncoded()));
          }
          send(
              ex,
              200,
              Map.of(
                  "key",
                  Map.of("status", "enabled", "algo", algos, "len", 2048),
                  "cert",
                  Map.of("status", "valid", "certificates", certs),
                  "authMode",
                  "explicit",
                  "SCAL",
                  "2",
                  "multisign",
                  multisign));
        }
        case "credentials/authorize" -> {
          List<?> auth = (List<?>) in.get("authData");
          String pin = auth == null ? null : (String) ((Map<?, ?>) auth.get(0)).get("value");
          if (!PIN.equals(pin)) {
            send(ex, 400, error("The PIN is invalid"));
            return;
          }
          authorizations.incrementAndGet();
          String sad = "sad-" + System.nanoTime();
          sads.add(sad);
          send(ex, 200, Map.of("SAD", sad, "expiresIn", 300));
        }
        case "signatures/signHash" -> {
          String sad = (String) in.get("SAD");
          if (sad == null || !sads.remove(sad) || sadsToExpire.getAndDecrement() > 0) {
            send(ex, 400, error("SAD expired"));
            return;
          }
          DigestAlgorithm digest = digest((String) in.get("hashAlgorithmOID"));
          List<String> out = new ArrayList<>();
          for (Object h : (List<?>) in.get("hashes")) {
            byte[] hash = Base64.getDecoder().decode((String) h);
            hashesReceived.add(hash);
            out.add(Base64.getEncoder().encodeToString(sign(hash, digest)));
          }
          send(ex, 200, Map.of("signatures", out));
        }
        default -> send(ex, 404, error("unknown method"));
      }
    } catch (Exception e) {
      send(ex, 500, Map.of("error", "server_error"));
    }
  }

  private byte[] sign(byte[] hash, DigestAlgorithm digest) throws Exception {
    if (key instanceof ECPrivateKey ec) {
      Signature s = Signature.getInstance("NONEwithECDSA");
      s.initSign(key);
      s.update(hash);
      ASN1Sequence seq = ASN1Sequence.getInstance(s.sign());
      int n = (ec.getParams().getOrder().bitLength() + 7) / 8;
      byte[] raw = new byte[2 * n];
      for (int i = 0; i < 2; i++) {
        byte[] v = ASN1Integer.getInstance(seq.getObjectAt(i)).getPositiveValue().toByteArray();
        int len = Math.min(v.length, n);
        System.arraycopy(v, v.length - len, raw, (i + 1) * n - len, len);
      }
      return raw;
    }
    Signature s = Signature.getInstance("NONEwithRSA");
    s.initSign(key);
    s.update(ExternalSigningSession.digestInfo(digest, hash));
    return s.sign();
  }

  private static DigestAlgorithm digest(String oid) {
    return Arrays.stream(DigestAlgorithm.values())
        .filter(d -> d.oid().equals(oid))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> error(String description) {
    return Map.of("error", "invalid_request", "error_description", description);
  }

  private static void send(HttpExchange ex, int status, Map<String, ?> body) throws IOException {
    byte[] b = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
