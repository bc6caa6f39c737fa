package vn.lienthong.sandbox.lgsp;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * The simulated provincial LGSP gateway in front of the sandbox's national services: its OAuth 2.0
 * client-credentials token endpoint ({@code contracts/lgsp/token.yaml}), the bearer check on the
 * registry, portal and exchange endpoints (off by default), and the fault switches. Settings take
 * effect for the next request. Implementations are thread-safe.
 *
 * <pre>{@code
 * SandboxLgsp lgsp = sandbox.lgsp();
 * lgsp.requireTokens(true);
 * lgsp.tokenLifetime(Duration.ofSeconds(2));
 * // POST lgsp.tokenEndpoint() with Basic DEMO_CLIENT_ID:DEMO_CLIENT_SECRET, grant_type=client_credentials
 * long issued = lgsp.tokenRequests();
 * }</pre>
 *
 * @since 0.1.0
 */
public interface SandboxLgsp {

  /** The demo client's id (test only; never use in production). */
  String DEMO_CLIENT_ID = "mot-cua-xa-demo";

  /** The demo client's secret (test only; never use in production). */
  String DEMO_CLIENT_SECRET = "sandbox-secret-TEST-ONLY";

  /** The member (agency code) the demo client's tokens are bound to. */
  String DEMO_CLIENT_MEMBER = "000.00.01.H22";

  /** The default token lifetime. */
  Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(5);

  /**
   * Returns the token endpoint's URI.
   *
   * @return for example {@code http://127.0.0.1:49152/lgsp/token}
   * @since 0.1.0
   */
  URI tokenEndpoint();

  /**
   * Turns the bearer check on the national services on or off.
   *
   * @param required true to answer calls without a valid token with 401
   * @since 0.1.0
   */
  void requireTokens(boolean required);

  /**
   * Tells whether the bearer check is on.
   *
   * @return true when tokens are required
   * @since 0.1.0
   */
  boolean tokensRequired();

  /**
   * Sets the lifetime of tokens issued from now on; {@code expires_in} is its whole seconds (at
   * least 1), while the sandbox expires the token at the exact lifetime.
   *
   * @param lifetime 100 ms to 1 day
   * @throws InvalidInputException if out of range ({@link SandboxErrorCode#LGSP_CLIENT_INVALID})
   * @since 0.1.0
   */
  void tokenLifetime(Duration lifetime);

  /**
   * Returns the lifetime of newly issued tokens.
   *
   * @return the lifetime
   * @since 0.1.0
   */
  Duration tokenLifetime();

  /**
   * Registers a client; its tokens may call the services as the given member only.
   *
   * @param clientId the client id, 1-256 printable characters
   * @param secret the secret, 1-512 printable characters
   * @param member the agency code its {@code LT-Client} header must carry, such as {@code
   *     000.00.01.H22}
   * @throws InvalidInputException if a value is malformed ({@link
   *     SandboxErrorCode#LGSP_CLIENT_INVALID})
   * @since 0.1.0
   */
  void registerClient(String clientId, String secret, String member);

  /**
   * Returns how many requests reached the token endpoint, successful or not, since start or the
   * last {@link #resetCounters()}.
   *
   * @return the count
   * @since 0.1.0
   */
  long tokenRequests();

  /**
   * Returns how many tokens were issued since start or the last {@link #resetCounters()}.
   *
   * @return the count
   * @since 0.1.0
   */
  long tokensIssued();

  /**
   * Sets both counters to zero.
   *
   * @since 0.1.0
   */
  void resetCounters();

  /**
   * Sets the faults of one service; {@link FaultSettings#NONE} turns them off. The random source
   * restarts from the settings' seed.
   *
   * @param service the service
   * @param settings the faults
   * @since 0.1.0
   */
  void faults(NationalService service, FaultSettings settings);

  /**
   * Returns the faults of one service.
   *
   * @param service the service
   * @return the settings, {@link FaultSettings#NONE} when none
   * @since 0.1.0
   */
  FaultSettings faults(NationalService service);

  /**
   * Returns the faults of every service that has some.
   *
   * @return service to settings
   * @since 0.1.0
   */
  Map<NationalService, FaultSettings> activeFaults();

  /**
   * Turns every fault off.
   *
   * @since 0.1.0
   */
  void clearFaults();
}
