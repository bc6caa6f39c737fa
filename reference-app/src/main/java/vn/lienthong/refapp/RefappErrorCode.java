package vn.lienthong.refapp;

import vn.lienthong.core.ErrorCode;

/**
 * The error codes of the reference app, {@code LT-APP-NNNN}: {@code 00xx} configuration and
 * startup, {@code 01xx} dossiers and the Commune API, {@code 02xx} documents (receipts, results,
 * signing), {@code 03xx} uploads, {@code 04xx} web pages and sessions, {@code 07xx} document
 * exchange (edXML) and exchange-log evidence.
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
  /** The submitted e-form breaks its schema or a Vietnamese rule; one field error per problem. */
  INVALID_FORM("LT-APP-0101", false, 422),
  /** The procedure code is not in the catalogue or has no e-form. */
  UNKNOWN_PROCEDURE("LT-APP-0102", false, 422),
  /** No dossier has this code. */
  DOSSIER_NOT_FOUND("LT-APP-0103", false, 404),
  /** The officer may not see or act on this dossier (jurisdiction or role). */
  OUT_OF_JURISDICTION("LT-APP-0104", false, 403),
  /** An idempotency key was reused for a different request. */
  IDEMPOTENCY_CONFLICT("LT-APP-0105", false, 409),
  /** No module issues signed results (the documents module is not installed). */
  RESULT_ISSUER_UNAVAILABLE("LT-APP-0106", true, 503),
  /** A bearer token is missing, unknown or expired. */
  UNAUTHENTICATED("LT-APP-0107", false, 401),
  /** The dossier has no signed result yet. */
  RESULT_NOT_ISSUED("LT-APP-0108", false, 404),
  /** A citizen asked for a dossier filed by someone else. */
  NOT_THE_APPLICANT("LT-APP-0109", false, 403),
  /** A request body or parameter is malformed. */
  INVALID_REQUEST("LT-APP-0110", false, 400),
  /** An attachment or the sum of a dossier's attachments is over its cap. */
  ATTACHMENT_TOO_LARGE("LT-APP-0111", false, 413),
  /** A supplement was delivered for a dossier with no open supplement request. */
  NO_SUPPLEMENT_REQUESTED("LT-APP-0112", false, 409),
  /** The dossier changed while it was being updated; retry. */
  CONCURRENT_UPDATE("LT-APP-0113", true, 409),
  /** The database failed during a dossier operation. */
  STORAGE_FAILED("LT-APP-0114", true, 503),
  /** An unexpected failure inside the app (a bug); the log has the details. */
  INTERNAL_ERROR("LT-APP-0115", true, 500),

  // ---- 02xx: documents (receipts, results, signing) ----
  /** A signing key (demo, PKCS#12, PKCS#11 or external) could not be loaded or opened. */
  SIGNING_KEY_UNAVAILABLE("LT-APP-0201", false, 500),
  /** The demo PKI could not be generated or stored under the data directory. */
  DEMO_PKI_FAILED("LT-APP-0202", false, 500),
  /** A receipt or result PDF could not be rendered. */
  DOCUMENT_RENDERING_FAILED("LT-APP-0203", false, 500),
  /** The data given for a receipt or result is missing a part or too long. */
  INVALID_DOCUMENT_DATA("LT-APP-0204", false, 400),
  /** The original of a certified copy is not a PDF the app can copy. */
  ORIGINAL_NOT_COPYABLE("LT-APP-0205", false, 422),
  /** The agency seal was asked for on a document the approver has not signed. */
  APPROVER_SIGNATURE_MISSING("LT-APP-0206", false, 409),

  // ---- 03xx: uploads ----
  /** An upload is larger than the cap (or claims to be). */
  UPLOAD_TOO_LARGE("LT-APP-0301", false, 413),
  /** An upload is not a PDF, JPEG or PNG by its content. */
  UPLOAD_TYPE_NOT_ALLOWED("LT-APP-0302", false, 415),
  /** An upload is also another kind of file (a polyglot) or carries data after its end. */
  UPLOAD_POLYGLOT("LT-APP-0303", false, 422),
  /** An upload's structure is broken or truncated. */
  UPLOAD_MALFORMED("LT-APP-0304", false, 422),
  /** An upload would expand to far more than its size (a decompression bomb). */
  UPLOAD_DECOMPRESSION_BOMB("LT-APP-0305", false, 422),
  /** A PDF upload is encrypted or password protected. */
  UPLOAD_PDF_ENCRYPTED("LT-APP-0306", false, 422),
  /** A PDF upload carries JavaScript, launch actions, embedded files or other active content. */
  UPLOAD_PDF_ACTIVE_CONTENT("LT-APP-0307", false, 422),
  /** An upload is empty. */
  UPLOAD_EMPTY("LT-APP-0308", false, 400),
  /** An upload could not be read to its end (the connection broke). */
  UPLOAD_READ_FAILED("LT-APP-0309", true, 400),

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
  // ---- 05xx: performance and operations ----

  // ---- 06xx: the clerk's agency seal step and crash safety ----
  /** The result is signed by the approver but the clerk has not applied the agency seal yet. */
  RESULT_AWAITING_SEAL("LT-APP-0601", false, 409),
  /** The agency seal was asked for on a dossier that is not approved, or already sealed. */
  NOT_AWAITING_SEAL("LT-APP-0602", false, 409),

  // ---- 07xx: document exchange (edXML) and exchange-log evidence ----
  /** No document-exchange endpoint is configured (and no embedded sandbox runs). */
  EXCHANGE_NOT_CONFIGURED("LT-APP-0701", false, 503),
  /** The document-exchange hub could not be reached or refused a call. */
  EXCHANGE_HUB_FAILED("LT-APP-0702", true, 503),
  /** The dossier's exchange-log segment is longer than the evidence may hold. */
  EXCHANGE_EVIDENCE_TOO_LARGE("LT-APP-0703", false, 500),
  /** The dossier has no document of the kind asked for to send. */
  EXCHANGE_NO_DOCUMENT("LT-APP-0704", false, 409),

  // ---- 08xx: start-up ----
  /** The start-up was interrupted while it waited for a step running in the background. */
  STARTUP_INTERRUPTED("LT-APP-0801", true, 503),
  /** A start-up step running in the background failed with a checked exception. */
  STARTUP_STEP_FAILED("LT-APP-0802", false, 500),
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
