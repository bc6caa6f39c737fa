package vn.lienthong.registry.portal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What became of a message to the portal: acknowledged, worth retrying later with the same message
 * id, or refused for good. This is the answer an outbox transport needs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the outcome
 * @param messageId the bus message id of the delivery
 * @param code the portal's {@code error_code} or the LienThong error code, or null when
 *     acknowledged
 * @param detail a log-safe explanation, or null
 * @param dossierErrors per-dossier error codes by dossier code (sandbox and some portals), possibly
 *     empty
 * @since 0.1.0
 */
public record PortalOutcome(
    Status status,
    String messageId,
    @Nullable String code,
    @Nullable String detail,
    Map<String, String> dossierErrors) {

  /**
   * Copies the map.
   *
   * @param status the outcome
   * @param messageId the bus message id
   * @param code the error code, or null
   * @param detail the explanation, or null
   * @param dossierErrors per-dossier errors
   */
  public PortalOutcome {
    dossierErrors = Map.copyOf(dossierErrors);
  }

  /**
   * The outcomes of a delivery.
   *
   * @since 0.1.0
   */
  public enum Status {
    /** The portal accepted the message ({@code error_code} "0"). */
    ACKNOWLEDGED,
    /** Not delivered for a transient reason (provider down, timeout...); retry with the same id. */
    RETRYABLE,
    /** Refused for good (business error, contract violation, authentication); do not retry. */
    PERMANENT
  }

  /**
   * Whether the portal accepted the message.
   *
   * @return true if acknowledged
   */
  public boolean acknowledged() {
    return status == Status.ACKNOWLEDGED;
  }
}
