package vn.lienthong.signature.remote.csc;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The PIN and/or OTP a signer typed for an explicit {@code credentials/authorize}. {@link
 * #toString()} never shows them; call {@link #clear()} when done.
 *
 * <p>Not thread-safe: give each authorisation its own instance.
 *
 * @since 0.1.0
 */
public final class CscSecrets {

  private final char @Nullable [] pin;
  private final char @Nullable [] otp;

  private CscSecrets(char @Nullable [] pin, char @Nullable [] otp) {
    this.pin = pin == null ? null : pin.clone();
    this.otp = otp == null ? null : otp.clone();
  }

  /**
   * Creates secrets from a PIN and/or an OTP.
   *
   * <pre>{@code
   * CscSecrets s = CscSecrets.of(pinField.getPassword(), null);
   * }</pre>
   *
   * @param pin the PIN, or null
   * @param otp the one-time password, or null
   * @return the secrets (copies of the arrays)
   */
  public static CscSecrets of(char @Nullable [] pin, char @Nullable [] otp) {
    return new CscSecrets(pin, otp);
  }

  /**
   * Returns the PIN.
   *
   * @return the PIN, or null
   */
  public char @Nullable [] pin() {
    return pin;
  }

  /**
   * Returns the OTP.
   *
   * @return the OTP, or null
   */
  public char @Nullable [] otp() {
    return otp;
  }

  /** Overwrites the PIN and OTP with zeros. */
  public void clear() {
    if (pin != null) {
      Arrays.fill(pin, '\0');
    }
    if (otp != null) {
      Arrays.fill(otp, '\0');
    }
  }

  /**
   * Describes the secrets without their values.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "CscSecrets[pin=" + (pin != null) + ", otp=" + (otp != null) + "]";
  }
}
