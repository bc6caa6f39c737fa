package vn.lienthong.sandbox.internal.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.text.ParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;
import vn.lienthong.sandbox.identity.ClientRegistration;
import vn.lienthong.sandbox.internal.http.HttpReply;

/** Parses the JSON bodies of the admin endpoints. */
final class AdminRequests {

  private AdminRequests() {}

  /** Reads {@code {"client_id", "redirect_uris", "jwks", "client_secret", "envelope_key"}}. */
  static ClientRegistration client(JsonNode body) {
    if (!body.isObject()) {
      throw invalid("body", "json.object", body.getNodeType().toString());
    }
    ClientRegistration.Builder b = ClientRegistration.builder();
    JsonNode id = body.path("client_id");
    if (!id.isTextual()) {
      throw invalid("client_id", "required", null);
    }
    b.clientId(id.asText());
    JsonNode uris = body.path("redirect_uris");
    if (!uris.isArray()) {
      throw invalid("redirect_uris", "required", null);
    }
    for (JsonNode u : uris) {
      if (!u.isTextual()) {
        throw invalid("redirect_uris", "string", u.toString());
      }
      try {
        b.redirectUri(new URI(u.asText()));
      } catch (java.net.URISyntaxException e) {
        throw invalid("redirect_uris", "uri", u.asText());
      }
    }
    JsonNode jwks = body.path("jwks");
    if (!jwks.isMissingNode() && !jwks.isNull()) {
      try {
        b.jwks(JWKSet.parse(toMap(jwks, "jwks")));
      } catch (ParseException e) {
        throw invalid("jwks", "jwks.parse", e.getMessage());
      }
    }
    JsonNode secret = body.path("client_secret");
    if (secret.isTextual()) {
      b.clientSecret(secret.asText());
    }
    JsonNode env = body.path("envelope_key");
    if (!env.isMissingNode() && !env.isNull()) {
      try {
        JWK k = JWK.parse(toMap(env, "envelope_key"));
        if (!(k instanceof RSAKey r)) {
          throw invalid("envelope_key", "jwk.rsa", k.getKeyType().getValue());
        }
        b.envelopeKey(r);
      } catch (ParseException e) {
        throw invalid("envelope_key", "jwk.parse", e.getMessage());
      }
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> toMap(JsonNode node, String field) {
    if (!node.isObject()) {
      throw invalid(field, "json.object", node.getNodeType().toString());
    }
    return HttpReply.JSON.convertValue(node, Map.class);
  }

  private static InvalidInputException invalid(String field, String rule, @Nullable String value) {
    return new InvalidInputException(
        SandboxErrorCode.CLIENT_REGISTRATION_INVALID,
        ErrorDetails.field(field).rule(rule).rejectedValue(value));
  }
}
