package vn.lienthong.signature.remote.csc;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What {@code credentials/info} says about one credential (a key and its certificate).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the credential id
 * @param certificateChain the chain, signer first, never empty
 * @param keyAlgorithms the OIDs of the signature algorithms the key supports ({@code key/algo})
 * @param keyLength the key length in bits ({@code key/len}), or 0 when not given
 * @param authMode {@code implicit}, {@code explicit} or {@code oauth2code}
 * @param scal the Sole Control Assurance Level, {@code 1} or {@code 2}
 * @param multisign the most hashes one authorisation covers (1 when not given)
 * @since 0.1.0
 */
public record CscCredential(
    String id,
    List<X509Certificate> certificateChain,
    List<String> keyAlgorithms,
    int keyLength,
    String authMode,
    String scal,
    int multisign) {

  /**
   * Checks and copies the members.
   *
   * @param id the id
   * @param certificateChain the chain
   * @param keyAlgorithms the algorithm OIDs
   * @param keyLength the key length
   * @param authMode the authorisation mode
   * @param scal the SCAL
   * @param multisign the batch size
   * @throws IllegalArgumentException if the chain is empty or multisign below 1
   * @throws NullPointerException if a member is null
   */
  public CscCredential {
    Objects.requireNonNull(id, "id");
    certificateChain = List.copyOf(certificateChain);
    keyAlgorithms = List.copyOf(keyAlgorithms);
    Objects.requireNonNull(authMode, "authMode");
    Objects.requireNonNull(scal, "scal");
    if (certificateChain.isEmpty() || multisign < 1) {
      throw new IllegalArgumentException("empty chain or multisign < 1");
    }
  }
}
