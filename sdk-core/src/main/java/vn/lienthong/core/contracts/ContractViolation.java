package vn.lienthong.core.contracts;

import java.util.Objects;
import vn.lienthong.core.ErrorCode;

/**
 * One reason a message does not satisfy its contract: which part of the message, where (a JSON
 * Pointer, RFC 6901, into the body or into the header map), the rule broken, a stable code ({@code
 * LT-CORE-08xx}) and the message in Vietnamese and English.
 *
 * <p>Messages name fields and rules, never the values received, so violations may be logged and
 * returned to the sender. Instances are immutable and thread-safe.
 *
 * @param part the part of the message
 * @param pointer for the body, the JSON Pointer of the field ({@code /data/0/NgayHenTra}), empty
 *     for the whole body; for headers, {@code /} and the header name ({@code /LT-Client})
 * @param rule the rule id, such as {@code contract.schema.pattern} or {@code
 *     contract.header.missing}
 * @param code the stable error code
 * @param messageVi the Vietnamese message
 * @param messageEn the English message
 * @since 0.1.0
 */
public record ContractViolation(
    Part part, String pointer, String rule, ErrorCode code, String messageVi, String messageEn) {

  /**
   * The part of a message a violation is in.
   *
   * @since 0.1.0
   */
  public enum Part {
    /** The HTTP status or the media type. */
    MESSAGE,
    /** A header. */
    HEADER,
    /** The body. */
    BODY
  }

  /**
   * Creates a violation.
   *
   * @param part the part
   * @param pointer the JSON Pointer
   * @param rule the rule id
   * @param code the code
   * @param messageVi the Vietnamese message
   * @param messageEn the English message
   * @throws NullPointerException if any argument is null
   */
  public ContractViolation {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(messageVi, "messageVi");
    Objects.requireNonNull(messageEn, "messageEn");
  }
}
