package vn.lienthong.refapp.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.text.ParseException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.identity.IdentityProfile;
import vn.lienthong.identity.OidcLogin;
import vn.lienthong.identity.officer.OfficerLogin;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.identity.ClientRegistration;
import vn.lienthong.sandbox.identity.DemoClient;
import vn.lienthong.sandbox.identity.IdentityIssuer;

/**
 * The relying parties of the web pages: citizens through the national identity provider
 * (sdk-identity {@link OidcLogin}, profile {@code STRICT} unless configured otherwise) and officers
 * through the officer SSO ({@link OfficerLogin}). Built on first use, because the redirect URIs
 * need the app's base URL, which is known once the server listens. With the embedded sandbox, the
 * app registers its own client there (the sandbox's published TEST-ONLY keys); otherwise the
 * settings {@value #CITIZEN_ISSUER}, {@value #OFFICER_ISSUER}, {@value #CLIENT_ID} and {@value
 * #CLIENT_JWKS} name the real providers and the client's keys.
 *
 * <p>Instances are thread-safe.
 */
final class Logins implements AutoCloseable {

  static final String CITIZEN_ISSUER = "identity.citizen.issuer";
  static final String OFFICER_ISSUER = "identity.officer.issuer";
  static final String CLIENT_ID = "identity.client-id";
  static final String CLIENT_JWKS = "identity.client-jwks";
  static final String PROFILE = "identity.profile";

  static final String CITIZEN_CALLBACK = "/auth/callback";
  static final String OFFICER_CALLBACK = "/auth/can-bo/callback";

  /** The client id the app registers at the embedded sandbox. */
  static final String SANDBOX_CLIENT_ID = "lienthong-reference-app";

  private static final SafeLogger LOG = SafeLogger.of(Logins.class);

  private final AppContext context;
  private @Nullable OidcLogin citizen;
  private @Nullable OfficerLogin officer;
  private @Nullable OidcLogin officerEngine;

  Logins(AppContext context) {
    this.context = context;
  }

  /** Whether logins go to the embedded sandbox (persona automation allowed). */
  boolean sandbox() {
    return context.sandbox().isPresent() && context.config().get(CITIZEN_ISSUER).isEmpty();
  }

  synchronized OidcLogin citizen() {
    if (citizen == null) {
      build();
    }
    return java.util.Objects.requireNonNull(citizen);
  }

  synchronized OfficerLogin officer() {
    if (officer == null) {
      build();
    }
    return java.util.Objects.requireNonNull(officer);
  }

  private void build() {
    String base = context.baseUrl();
    URI citizenRedirect = URI.create(base + CITIZEN_CALLBACK);
    URI officerRedirect = URI.create(base + OFFICER_CALLBACK);
    AppConfig config = context.config();
    URI citizenIssuer;
    URI officerIssuer;
    String clientId;
    JWKSet keys;
    if (sandbox()) {
      Sandbox sandbox = context.sandbox().orElseThrow();
      keys = DemoClient.privateJwks();
      clientId = SANDBOX_CLIENT_ID;
      sandbox
          .identity()
          .registerClient(
              ClientRegistration.builder()
                  .clientId(clientId)
                  .redirectUri(citizenRedirect)
                  .redirectUri(officerRedirect)
                  .jwks(keys.toPublicJWKSet())
                  .build());
      citizenIssuer = sandbox.identity().issuer(IdentityIssuer.CITIZEN);
      officerIssuer = sandbox.identity().issuer(IdentityIssuer.OFFICER);
      LOG.info("web logins use the SANDBOX identity provider at {} (test keys)", citizenIssuer);
    } else {
      citizenIssuer = URI.create(config.require(CITIZEN_ISSUER));
      officerIssuer = URI.create(config.require(OFFICER_ISSUER));
      clientId = config.require(CLIENT_ID);
      try {
        keys = JWKSet.load(Path.of(config.require(CLIENT_JWKS)).toFile());
      } catch (IOException | ParseException e) {
        throw invalid(CLIENT_JWKS, "a readable private JWKS file", e);
      }
    }
    IdentityProfile profile =
        IdentityProfile.valueOf(config.get(PROFILE, IdentityProfile.STRICT.name()));
    citizen = engine(profile, citizenIssuer, clientId, keys, citizenRedirect);
    officerEngine = engine(IdentityProfile.STRICT, officerIssuer, clientId, keys, officerRedirect);
    officer = OfficerLogin.of(officerEngine);
  }

  private OidcLogin engine(
      IdentityProfile profile, URI issuer, String clientId, JWKSet keys, URI redirect) {
    OidcLogin.Builder b =
        OidcLogin.builder()
            .profile(profile)
            .issuer(issuer)
            .clientId(clientId)
            .redirectUri(redirect)
            .clock(context.clock())
            .timeout(Duration.ofSeconds(10));
    JWK sig = null;
    JWK enc = null;
    for (JWK k : keys.getKeys()) {
      if (KeyUse.ENCRYPTION.equals(k.getKeyUse())) {
        enc = enc == null ? k : enc;
      } else if (k.isPrivate()) {
        sig = sig == null ? k : sig;
      }
    }
    try {
      if (sig == null) {
        throw invalid(CLIENT_JWKS, "a private signing key", null);
      }
      b.clientKey(keyPair(sig), sig.getKeyID());
      if (enc != null) {
        b.idTokenDecryptionKey(keyPair(enc));
      }
    } catch (JOSEException e) {
      throw invalid(CLIENT_JWKS, "usable private keys", e);
    }
    return b.build();
  }

  private static KeyPair keyPair(JWK k) throws JOSEException {
    return switch (k.getKeyType().getValue()) {
      case "EC" -> k.toECKey().toKeyPair();
      case "RSA" -> k.toRSAKey().toKeyPair();
      default -> throw new JOSEException("unsupported key type " + k.getKeyType());
    };
  }

  private static ConfigurationException invalid(
      String key, String rule, @Nullable Throwable cause) {
    return new ConfigurationException(
        RefappErrorCode.INVALID_SETTING, ErrorDetails.field(key).rule(rule), cause);
  }

  @Override
  public synchronized void close() {
    if (citizen != null) {
      citizen.close();
    }
    if (officerEngine != null) {
      officerEngine.close();
    }
  }
}
