package vn.lienthong.signature.internal.remote;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;

/** The typed exceptions of the provider adapters; no secret or personal data goes in them. */
public final class RemoteErrors {

  private RemoteErrors() {}

  /**
   * The client credentials or token were refused.
   *
   * @param uri the endpoint
   * @param status the HTTP status
   * @param remoteCode the provider's code, or null
   * @return the exception
   */
  public static RemoteServiceException unauthorised(
      URI uri, int status, @Nullable String remoteCode) {
    return new RemoteServiceException(
        SignatureErrorCode.REMOTE_UNAUTHORISED,
        ErrorDetails.none()
            .with("endpoint", RemoteHttp.describe(uri))
            .with("status", Integer.toString(status)),
        status,
        null,
        remoteCode,
        null);
  }

  /**
   * The signer refused, or the provider would not sign with this credential.
   *
   * @param uri the endpoint
   * @param status the HTTP status
   * @param transactionId the transaction, or null
   * @param remoteCode the provider's code, or null
   * @param reason a short reason without personal data
   * @return the exception
   */
  public static RemoteServiceException refused(
      URI uri,
      int status,
      @Nullable String transactionId,
      @Nullable String remoteCode,
      String reason) {
    return new RemoteServiceException(
        SignatureErrorCode.REMOTE_SIGNER_REFUSED,
        ErrorDetails.none()
            .with("endpoint", RemoteHttp.describe(uri))
            .with("reason", reason + (remoteCode == null ? "" : " (" + remoteCode + ")")),
        status,
        transactionId,
        remoteCode,
        null);
  }

  /**
   * No credential matched.
   *
   * @param field the setting that selects it
   * @param value the value looked for (masked by the caller if personal)
   * @return the exception
   */
  public static RemoteServiceException credentialNotFound(String field, String value) {
    return new RemoteServiceException(
        SignatureErrorCode.REMOTE_CREDENTIAL_NOT_FOUND,
        ErrorDetails.field(field).rule("signature.remote.credential-exists").rejectedValue(value),
        0,
        null,
        null,
        null);
  }

  /**
   * The adapter cannot sign with this algorithm.
   *
   * @param credential the credential id or serial number
   * @param algorithm the algorithm asked for
   * @param supported what it supports
   * @return the exception
   */
  public static RemoteServiceException unsupported(
      String credential, SignatureAlgorithm algorithm, String supported) {
    return new RemoteServiceException(
        SignatureErrorCode.REMOTE_ALGORITHM_UNSUPPORTED,
        ErrorDetails.field("credential")
            .rule("signature.remote.algorithm-supported")
            .rejectedValue(credential)
            .with("algorithm", algorithm.name())
            .with("supported", supported),
        0,
        null,
        null,
        null);
  }

  /**
   * Returns whether an exception carries this code.
   *
   * @param e the exception
   * @param code the code
   * @return true if it does
   */
  public static boolean is(RemoteServiceException e, ErrorCode code) {
    return e.errorCode() == code;
  }
}
