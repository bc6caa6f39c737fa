package vn.lienthong.sandbox.internal.http;

/**
 * Ends the handling of a request early with a ready reply (an OAuth error, a redirect with an
 * error). The router sends {@link #reply()}.
 */
public final class ReplyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient HttpReply reply;

  /**
   * Creates the exception.
   *
   * @param reply the reply to send
   */
  public ReplyException(HttpReply reply) {
    super("HTTP " + reply.status(), null, false, false);
    this.reply = reply;
  }

  /**
   * An OAuth error reply.
   *
   * @param status the status
   * @param error the OAuth error code
   * @param description the description
   * @return the exception to throw
   */
  public static ReplyException oauth(int status, String error, String description) {
    return new ReplyException(HttpReply.oauthError(status, error, description));
  }

  /**
   * Returns the reply.
   *
   * @return the reply
   */
  public HttpReply reply() {
    return reply;
  }
}
