package vn.lienthong.signature.pkcs11;

import java.io.IOException;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.security.auth.login.LoginException;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.internal.keys.Pkcs11Providers;

/**
 * A logged-in session with a PKCS#11 token (USB token, smart card, HSM or SoftHSM2) through the
 * JDK's SunPKCS11 provider, configured at run time; nothing is written to {@code java.security} and
 * the provider is not registered globally.
 *
 * <p>Instances are thread-safe: tokens often allow a single session, so every operation on the
 * token is serialised on one lock. Open one per token and reuse it; {@link #close()} logs out.
 *
 * <pre>{@code
 * try (Pkcs11Token token = Pkcs11Token.builder()
 *     .library(Path.of("/usr/lib/softhsm/libsofthsm2.so"))
 *     .slotIndex(0)
 *     .pin(pin)
 *     .open()) {
 *   SigningKey key = token.signingKey("signer");
 *   byte[] p7s = CadesSigner.create().sign(content, parameters, key);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Pkcs11Token implements AutoCloseable {

  private final Provider provider;
  private final KeyStore store;
  private final Path library;
  private final String slot;
  private final Object lock = new Object();
  private volatile boolean closed;

  private Pkcs11Token(Provider provider, KeyStore store, Path library, String slot) {
    this.provider = provider;
    this.store = store;
    this.library = library;
    this.slot = slot;
  }

  /**
   * Starts describing a token to open.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Lists the labelled private keys and certificates on the token.
   *
   * @return the entries, in the token's order
   * @throws LienThongException if the token fails ({@code LT-SIG-05xx})
   * @throws IllegalStateException if the token is closed
   */
  public List<Pkcs11Entry> entries() {
    synchronized (lock) {
      checkOpen();
      try {
        List<Pkcs11Entry> out = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
          Certificate c = store.getCertificate(alias);
          out.add(
              new Pkcs11Entry(
                  alias, store.isKeyEntry(alias), c instanceof X509Certificate x ? x : null));
        }
        return List.copyOf(out);
      } catch (GeneralSecurityException e) {
        throw Pkcs11Providers.map(e, library, slot);
      }
    }
  }

  /**
   * Returns the private key under a label, with its certificate chain as stored on the token.
   *
   * @param label the key's label ({@code CKA_LABEL})
   * @return the signing key, usable until this token is closed
   * @throws InvalidInputException if no private key with a certificate has the label ({@code
   *     LT-SIG-0505}) or the key is not allowed by the crypto policy ({@code LT-SIG-0003})
   * @throws LienThongException if the token fails ({@code LT-SIG-05xx})
   * @throws IllegalStateException if the token is closed
   * @throws NullPointerException if {@code label} is null
   */
  public Pkcs11SigningKey signingKey(String label) {
    Objects.requireNonNull(label, "label");
    synchronized (lock) {
      checkOpen();
      try {
        Certificate[] chain = store.isKeyEntry(label) ? store.getCertificateChain(label) : null;
        if (chain == null
            || chain.length == 0
            || !(store.getKey(label, null) instanceof PrivateKey key)) {
          throw new InvalidInputException(
              SignatureErrorCode.PKCS11_KEY_NOT_FOUND,
              ErrorDetails.field("label")
                  .rule("signature.pkcs11.key-label")
                  .rejectedValue(label)
                  .with("aliases", String.join(", ", Collections.list(store.aliases()))));
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (Certificate c : chain) {
          certs.add((X509Certificate) c);
        }
        SignatureAlgorithm.forKey(
            certs.get(0).getPublicKey(), DigestAlgorithm.SHA256, RsaPadding.PSS);
        return new Pkcs11SigningKey(this, key, List.copyOf(certs));
      } catch (GeneralSecurityException e) {
        throw Pkcs11Providers.map(e, library, slot);
      }
    }
  }

  Provider provider() {
    return provider;
  }

  Object lock() {
    return lock;
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("PKCS#11 token closed");
    }
  }

  LienThongException failure(Throwable e) {
    return Pkcs11Providers.map(e, library, slot);
  }

  /** Logs out of the token; keys obtained from it can no longer sign. Idempotent. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (provider instanceof AuthProvider auth) {
        try {
          auth.logout();
        } catch (LoginException e) {
          // the session is gone either way; nothing useful to report on close
        }
      }
    }
  }

  /**
   * Describes the token by library and slot, never its PIN.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "Pkcs11Token[" + library.getFileName() + "#" + slot + (closed ? ", closed" : "") + "]";
  }

  /**
   * Describes a token to open: the PKCS#11 library, the slot and the user PIN.
   *
   * <p>Builders are not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private @Nullable Path library;
    private @Nullable Integer slotIndex;
    private @Nullable Long slotId;
    private char @Nullable [] pin;

    private Builder() {}

    /**
     * Sets the PKCS#11 library (the vendor's {@code .so} or {@code .dll}). Required.
     *
     * @param library the module's path
     * @return this builder
     * @throws NullPointerException if {@code library} is null
     */
    public Builder library(Path library) {
      this.library = Objects.requireNonNull(library, "library");
      return this;
    }

    /**
     * Selects the slot by its index in the library's list of slots with a token (default 0).
     *
     * @param slotIndex the index, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code slotIndex} is negative
     */
    public Builder slotIndex(int slotIndex) {
      if (slotIndex < 0) {
        throw new IllegalArgumentException("slotIndex must be >= 0");
      }
      this.slotIndex = slotIndex;
      this.slotId = null;
      return this;
    }

    /**
     * Selects the slot by its PKCS#11 slot id ({@code CK_SLOT_ID}).
     *
     * @param slotId the id
     * @return this builder
     */
    public Builder slotId(long slotId) {
      this.slotId = slotId;
      this.slotIndex = null;
      return this;
    }

    /**
     * Sets the user PIN; the builder keeps a copy, which {@link #open()} clears after login, so the
     * caller may clear its array at once. Required.
     *
     * @param pin the PIN
     * @return this builder
     * @throws NullPointerException if {@code pin} is null
     */
    public Builder pin(char[] pin) {
      Objects.requireNonNull(pin, "pin");
      clearPin();
      this.pin = pin.clone();
      return this;
    }

    /**
     * Loads the library, opens a session on the slot and logs in.
     *
     * @return the open token
     * @throws IllegalStateException if the library or the PIN is missing
     * @throws vn.lienthong.core.ConfigurationException if the library cannot be used ({@code
     *     LT-SIG-0501})
     * @throws InvalidInputException if the slot has no token ({@code LT-SIG-0502}), the PIN is
     *     wrong ({@code LT-SIG-0503}) or locked ({@code LT-SIG-0504})
     */
    public Pkcs11Token open() {
      Path lib = library;
      char[] p = pin;
      if (lib == null) {
        throw new IllegalStateException("library required");
      }
      if (p == null) {
        throw new IllegalStateException("pin required");
      }
      String slot =
          slotId != null ? "id " + slotId : "index " + (slotIndex == null ? 0 : slotIndex);
      try {
        Provider provider =
            Pkcs11Providers.configure(lib, slot, Pkcs11Providers.config(lib, slotIndex, slotId));
        KeyStore store;
        try {
          store = KeyStore.getInstance("PKCS11", provider);
          store.load(null, p);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
          if (e instanceof LienThongException l) {
            throw l;
          }
          throw Pkcs11Providers.map(e, lib, slot);
        }
        return new Pkcs11Token(provider, store, lib, slot);
      } finally {
        clearPin();
      }
    }

    private void clearPin() {
      if (pin != null) {
        Arrays.fill(pin, '\0');
        pin = null;
      }
    }
  }
}
