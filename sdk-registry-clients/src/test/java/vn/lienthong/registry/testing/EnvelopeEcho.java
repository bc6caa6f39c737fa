package vn.lienthong.registry.testing;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * A WireMock extension that answers like a well-behaved provider: it echoes {@code LT-Id}, adds the
 * request hash and the protocol version unless the stub sets them itself (or says {@code
 * X-Test-Raw}).
 */
public final class EnvelopeEcho implements ResponseDefinitionTransformerV2 {

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    ResponseDefinition def = event.getResponseDefinition();
    var request = event.getRequest();
    ResponseDefinitionBuilder b = ResponseDefinitionBuilder.like(def);
    var headers = def.getHeaders();
    if (headers != null && headers.getHeader("X-Test-Raw").isPresent()) {
      return def;
    }
    if (request.getHeader("LT-Id") == null) {
      return def; // not a bus call (the token endpoint)
    }
    if (headers == null || !headers.getHeader("LT-Id").isPresent()) {
      b.withHeader("LT-Id", request.getHeader("LT-Id"));
    }
    if (headers == null || !headers.getHeader("LT-Request-Hash").isPresent()) {
      b.withHeader("LT-Request-Hash", hash(request.getBody()));
    }
    if (headers == null || !headers.getHeader("LT-Protocol-Version").isPresent()) {
      b.withHeader("LT-Protocol-Version", "1.0");
    }
    return b.build();
  }

  /**
   * The request hash of a body.
   *
   * @param body the bytes
   * @return base64url SHA-256
   */
  public static String hash(byte[] body) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String getName() {
    return "lienthong-envelope-echo";
  }
}
