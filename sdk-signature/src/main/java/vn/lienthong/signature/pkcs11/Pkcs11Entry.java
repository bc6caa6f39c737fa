package vn.lienthong.signature.pkcs11;

import java.security.cert.X509Certificate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An object found on a PKCS#11 token: a private key with its certificate, or a certificate alone,
 * under a label (the SunPKCS11 alias, from {@code CKA_LABEL}).
 *
 * <p>Records are immutable and thread-safe.
 *
 * @param label the label, usable with {@link Pkcs11Token#signingKey(String)} when {@code
 *     privateKey} is true
 * @param privateKey whether a private key is stored under the label
 * @param certificate the certificate under the label, or null when there is none
 * @since 0.1.0
 */
public record Pkcs11Entry(String label, boolean privateKey, @Nullable X509Certificate certificate) {

  /**
   * Checks the label.
   *
   * @param label the label
   * @param privateKey whether a private key is stored under the label
   * @param certificate the certificate, or null
   * @throws NullPointerException if {@code label} is null
   */
  public Pkcs11Entry {
    Objects.requireNonNull(label, "label");
  }

  /**
   * Describes the entry for logs: label, kind and certificate subject.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Pkcs11Entry["
        + label
        + (privateKey ? ", private key" : "")
        + (certificate == null ? "" : ", " + certificate.getSubjectX500Principal().getName())
        + "]";
  }
}
