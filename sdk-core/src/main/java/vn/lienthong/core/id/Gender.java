package vn.lienthong.core.id;

import java.util.Optional;

/**
 * A person's gender with the codes of QCVN 109:2017/BTTTT (the national technical standard for the
 * population database): 0 unknown, 1 male, 2 female.
 *
 * <p>It lives in {@code vn.lienthong.core.id} because the personal identification number encodes
 * it; identity and civil-status code reuse this type rather than defining their own. Enum constants
 * are immutable and thread-safe.
 *
 * <pre>{@code
 * Gender.fromCode(2);   // Optional[FEMALE]
 * Gender.MALE.code();   // 1
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Gender {
  /** Not known or not stated (code 0). */
  UNKNOWN(0),
  /** Male (nam, code 1). */
  MALE(1),
  /** Female (nữ, code 2). */
  FEMALE(2);

  private final int code;

  Gender(int code) {
    this.code = code;
  }

  /**
   * Returns the QCVN 109:2017 code.
   *
   * @return 0, 1 or 2
   * @since 0.1.0
   */
  public int code() {
    return code;
  }

  /**
   * Returns the gender with a QCVN 109:2017 code.
   *
   * @param code the code
   * @return the gender, or empty for a code other than 0, 1 and 2
   * @since 0.1.0
   */
  public static Optional<Gender> fromCode(int code) {
    for (Gender g : values()) {
      if (g.code == code) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
