package vn.lienthong.registry.internal.bus;

/** Header names and constants of {@code contracts/bus/envelope.md}. */
public final class Envelope {

  /** Protocol version sent. */
  public static final String PROTOCOL_VERSION = "1.0";

  /** Supported major version. */
  public static final String MAJOR = "1";

  /** {@code LT-Protocol-Version}. */
  public static final String H_PROTOCOL_VERSION = "LT-Protocol-Version";

  /** {@code LT-Client}. */
  public static final String H_CLIENT = "LT-Client";

  /** {@code LT-Service}. */
  public static final String H_SERVICE = "LT-Service";

  /** {@code LT-Id}. */
  public static final String H_ID = "LT-Id";

  /** {@code LT-UserId}. */
  public static final String H_USER_ID = "LT-UserId";

  /** {@code LT-Issue}. */
  public static final String H_ISSUE = "LT-Issue";

  /** {@code LT-Request-Hash}. */
  public static final String H_REQUEST_HASH = "LT-Request-Hash";

  /** {@code LT-Replayed}. */
  public static final String H_REPLAYED = "LT-Replayed";

  /** Problem details media type. */
  public static final String PROBLEM_JSON = "application/problem+json";

  /** The bus code of "no such record" (business, 404). */
  public static final String NO_SUCH_RECORD = "LT-BUS-0502";

  /** The bus code of "message id reused with a different body". */
  public static final String ID_REUSED = "LT-BUS-0009";

  /** The bus code of "access token expired". */
  public static final String TOKEN_EXPIRED = "LT-BUS-0102";

  private Envelope() {}
}
