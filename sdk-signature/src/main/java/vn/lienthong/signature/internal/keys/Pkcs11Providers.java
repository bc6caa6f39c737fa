package vn.lienthong.signature.internal.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.login.FailedLoginException;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * Configures SunPKCS11 providers at run time from a generated configuration and maps PKCS#11
 * failures to error codes. Thread-safe (stateless apart from a name counter).
 */
public final class Pkcs11Providers {

  private static final AtomicLong COUNTER = new AtomicLong();

  private Pkcs11Providers() {}

  /**
   * Builds the SunPKCS11 configuration text for a library and a slot.
   *
   * @param library the PKCS#11 module
   * @param slotIndex the slot list index, or null
   * @param slotId the slot id, or null
   * @return the inline configuration (starting with {@code --})
   */
  public static String config(Path library, @Nullable Integer slotIndex, @Nullable Long slotId) {
    String path = library.toAbsolutePath().toString();
    if (path.indexOf('"') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
      throw new InvalidInputException(
          SignatureErrorCode.PKCS11_LIBRARY_UNUSABLE,
          ErrorDetails.field("library")
              .rule("signature.pkcs11.library-path")
              .rejectedValue(path)
              .with("reason", "quote or line break in path"));
    }
    StringBuilder b = new StringBuilder("--");
    b.append("name = LienThong-").append(COUNTER.incrementAndGet()).append('\n');
    b.append("library = \"").append(path).append("\"\n");
    if (slotId != null) {
      b.append("slot = ").append(slotId).append('\n');
    } else {
      b.append("slotListIndex = ").append(slotIndex == null ? 0 : slotIndex).append('\n');
    }
    return b.toString();
  }

  /**
   * Returns a new SunPKCS11 provider for a configuration; it is not registered globally.
   *
   * @param library the library, for messages
   * @param slot the slot description, for messages
   * @param config the inline configuration
   * @return the configured provider
   * @throws LienThongException with {@code LT-SIG-0501} or {@code LT-SIG-0502}
   */
  public static Provider configure(Path library, String slot, String config) {
    if (!Files.isRegularFile(library)) {
      throw new ConfigurationException(
          SignatureErrorCode.PKCS11_LIBRARY_UNUSABLE,
          ErrorDetails.field("library")
              .rejectedValue(library.toString())
              .with("reason", "no such file"),
          null);
    }
    Provider base = Security.getProvider("SunPKCS11");
    if (base == null) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("platform")
              .rejectedValue("SunPKCS11")
              .with("reason", "module jdk.crypto.cryptoki absent"),
          null);
    }
    try {
      return base.configure(config);
    } catch (ProviderException | IllegalArgumentException | UnsupportedOperationException e) {
      throw map(e, library, slot);
    }
  }

  /**
   * Maps a failure of the provider or the token to an error with a code.
   *
   * @param e the failure
   * @param library the library, for messages
   * @param slot the slot description, for messages
   * @return the exception to throw
   */
  public static LienThongException map(Throwable e, Path library, String slot) {
    String text = chainText(e);
    String field = "pkcs11:" + library.getFileName() + "#" + slot;
    if (text.contains("CKR_PIN_LOCKED")) {
      return new InvalidInputException(
          SignatureErrorCode.PKCS11_TOKEN_LOCKED, ErrorDetails.field(field), e);
    }
    if (text.contains("CKR_PIN_INCORRECT")
        || text.contains("CKR_PIN_LEN_RANGE")
        || hasCause(e, FailedLoginException.class)) {
      return new InvalidInputException(
          SignatureErrorCode.PKCS11_PIN_INCORRECT, ErrorDetails.field(field), e);
    }
    if (text.toLowerCase(Locale.ROOT).contains("slot")
        || text.contains("CKR_TOKEN_NOT_PRESENT")
        || text.contains("CKR_TOKEN_NOT_RECOGNIZED")) {
      return new InvalidInputException(
          SignatureErrorCode.PKCS11_SLOT_NOT_FOUND,
          ErrorDetails.field(field).rejectedValue(slot).with("reason", reason(e)),
          e);
    }
    return new ConfigurationException(
        SignatureErrorCode.PKCS11_LIBRARY_UNUSABLE,
        ErrorDetails.field("library").rejectedValue(library.toString()).with("reason", reason(e)),
        e);
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return root.getClass().getSimpleName() + (m == null ? "" : ": " + firstLine(m));
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  private static String chainText(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      b.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
    }
    return b.toString();
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
