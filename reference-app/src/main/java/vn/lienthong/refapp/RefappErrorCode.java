package vn.lienthong.refapp;

import vn.lienthong.core.ErrorCode;

/**
 * The error codes of the reference app, {@code LT-APP-NNNN}: {@code 00xx} configuration and
 * startup, {@code 01xx} dossiers and the Commune API, {@code 02xx} documents (receipts, results,
 * signing), {@code 03xx} uploads, {@code 04xx} web pages and sessions.
 *
 * <p>Texts live in {@code vn/lienthong/refapp/messages_vi.properties} and {@code
 * messages_en.properties}. Every constant ends with a comma; the closing semicolon stays alone on
 * the last line, so sections can grow independently.
 *
 * @since 0.1.0
 */
public enum RefappErrorCode implements ErrorCode {
  // ---- 00xx: configuration and startup ----
  /** A configuration setting is missing or malformed. */
  INVALID_SETTING("LT-APP-0001", false, 500),
  /** The database could not be opened or migrated. */
  DATABASE_UNAVAILABLE("LT-APP-0002", true, 503),
  /** The HTTP server could not start (for example, the port is taken). */
  SERVER_START_FAILED("LT-APP-0003", false, 500),

  // ---- 01xx: dossiers and the Commune API ----

  // ---- 02xx: documents (receipts, results, signing) ----

  // ---- 03xx: uploads ----

  // ---- 04xx: web pages and sessions ----
  /** The page needs a logged-in citizen or officer, or the session has expired. */
  LOGIN_REQUIRED("LT-APP-0401", false, 401),
  /** A state-changing form arrived without the session's anti-forgery (CSRF) token. */
  CSRF_REJECTED("LT-APP-0402", false, 403),
  /** The officer may not see or act on this dossier (another commune, or a missing role). */
  ACCESS_DENIED("LT-APP-0403", false, 403),
  /** No page or dossier at this address. */
  PAGE_NOT_FOUND("LT-APP-0404", false, 404),
  /** The login at the identity provider did not complete. */
  LOGIN_FAILED("LT-APP-0405", false, 401),
  /** A submitted form is larger than the web pages accept. */
  FORM_TOO_LARGE("LT-APP-0406", false, 413),
  /** The registries could not be reached to prefill a form; the citizen may type the values. */
  PREFILL_UNAVAILABLE("LT-APP-0407", true, 503),
  /** The dossier action is not allowed in the dossier's current status. */
  ACTION_NOT_ALLOWED("LT-APP-0408", false, 409),
  ;

  private final String code;
  private final boolean retryable;
  private final int httpStatus;

  RefappErrorCode(String code, boolean retryable, int httpStatus) {
    this.code = code;
    this.retryable = retryable;
    this.httpStatus = httpStatus;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String bundleBaseName() {
    return "vn.lienthong.refapp.messages";
  }

  @Override
  public boolean retryable() {
    return retryable;
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }
}
