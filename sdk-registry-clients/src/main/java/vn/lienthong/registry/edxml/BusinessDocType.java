package vn.lienthong.registry.edxml;

import java.util.Optional;

/**
 * What a package does to a document already sent (QCVN 102:2016 {@code BussinessDocType}).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum BusinessDocType {
  /** A new document (0). */
  NEW("0"),
  /** Revokes a document sent before (1). */
  REVOKE("1"),
  /** Updates a document sent before (2). */
  UPDATE("2"),
  /** Replaces a document sent before (3). */
  REPLACE("3");

  private final String code;

  BusinessDocType(String code) {
    this.code = code;
  }

  /**
   * Returns the code written in edXML.
   *
   * @return {@code 0} to {@code 3}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the type with a code.
   *
   * @param code the code
   * @return the type, or empty for an unknown code
   */
  public static Optional<BusinessDocType> fromCode(String code) {
    for (BusinessDocType t : values()) {
      if (t.code.equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
