package vn.lienthong.signature.external;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.internal.keys.ExternalValues;
import vn.lienthong.signature.internal.keys.SessionCodec;

/**
 * The state of an external signature between two requests: the first computes the data to sign and
 * sends its hash to the signer (the VGCA desktop signing service, a browser plug-in or WebCrypto),
 * the second receives the signature value, checks it and builds the signed document.
 *
 * <p>The state holds no key material: the certificate chain, the algorithm, the signing time and
 * the data to sign (a few kilobytes). {@link #encode()} gives a text form to keep in the server's
 * session store; keep it on the server, since a client could swap the data to sign. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * // request 1
 * SignatureParameters p = SignatureParameters.builder(chain).build();
 * ExternalSigningSession s = ExternalSigningSession.start(
 *     signer.dataToSign(xml, p), p, Instant.now().plus(Duration.ofMinutes(5)));
 * store.put(s.id(), s.encode());            // send s.hash() to the browser
 * // request 2
 * ExternalSigningSession s2 = ExternalSigningSession.decode(store.remove(id));
 * byte[] value = s2.checkedValue(valueFromBrowser, Instant.now());
 * byte[] signed = signer.sign(xml, s2.parameters(), value);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExternalSigningSession {

  /** The largest data to sign a session keeps, in bytes. */
  public static final int MAX_DATA_TO_SIGN_BYTES = SessionCodec.MAX_DATA_TO_SIGN_BYTES;

  /** The longest certificate chain a session keeps. */
  public static final int MAX_CERTIFICATES = SessionCodec.MAX_CERTIFICATES;

  /** The longest text form {@link #decode(String)} accepts, in characters. */
  public static final int MAX_ENCODED_CHARS = SessionCodec.MAX_ENCODED_CHARS;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SessionCodec.State state;

  private ExternalSigningSession(SessionCodec.State state) {
    this.state = state;
  }

  /**
   * Starts a session for data a format's {@code dataToSign} step returned with these parameters.
   *
   * @param dataToSign the data to sign
   * @param parameters the parameters used to compute it (their signing time is kept)
   * @param expiresAt when the session stops accepting a value
   * @return the session
   * @throws InvalidInputException if the data is larger than {@link #MAX_DATA_TO_SIGN_BYTES} or the
   *     chain longer than {@link #MAX_CERTIFICATES} ({@code LT-SIG-0506})
   * @throws NullPointerException if an argument is null
   */
  public static ExternalSigningSession start(
      byte[] dataToSign, SignatureParameters parameters, Instant expiresAt) {
    Objects.requireNonNull(dataToSign, "dataToSign");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (dataToSign.length > MAX_DATA_TO_SIGN_BYTES) {
      throw SessionCodec.invalid("dataToSign larger than " + MAX_DATA_TO_SIGN_BYTES);
    }
    if (parameters.certificateChain().size() > MAX_CERTIFICATES) {
      throw SessionCodec.invalid("more than " + MAX_CERTIFICATES + " certificates");
    }
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return new ExternalSigningSession(
        new SessionCodec.State(
            HexFormat.of().formatHex(id),
            parameters.signatureAlgorithm(),
            parameters.signingTime(),
            expiresAt,
            parameters.certificateChain(),
            dataToSign.clone()));
  }

  /**
   * Reads a session from its text form.
   *
   * @param encoded the text {@link #encode()} returned
   * @return the session
   * @throws InvalidInputException if the text is malformed or too long ({@code LT-SIG-0506})
   * @throws NullPointerException if {@code encoded} is null
   */
  public static ExternalSigningSession decode(String encoded) {
    return new ExternalSigningSession(SessionCodec.decode(Objects.requireNonNull(encoded)));
  }

  /**
   * Returns the text form: URL-safe base64 of a versioned record, no Java serialisation.
   *
   * @return the text
   */
  public String encode() {
    return SessionCodec.encode(state);
  }

  /**
   * Returns the random id of the session (32 hex digits), a key for the session store.
   *
   * @return the id
   */
  public String id() {
    return state.id();
  }

  /**
   * Returns the algorithm the signer must use.
   *
   * @return the algorithm
   */
  public SignatureAlgorithm algorithm() {
    return state.algorithm();
  }

  /**
   * Returns when the session stops accepting a value.
   *
   * @return the expiry
   */
  public Instant expiresAt() {
    return state.expiresAt();
  }

  /**
   * Returns the hash to send out: the digest of the data to sign with the algorithm's digest.
   *
   * @return a fresh copy of the hash
   */
  public byte[] hash() {
    return ExternalValues.hash(state.algorithm().digest(), state.dataToSign());
  }

  /**
   * Returns the DER {@code DigestInfo} of {@link #hash()}: what a raw RSA PKCS#1 v1.5 signer signs.
   *
   * @return the encoding
   */
  public byte[] digestInfo() {
    return digestInfo(state.algorithm().digest(), hash());
  }

  /**
   * Encodes the DER {@code DigestInfo} of a hash (RFC 8017, section 9.2).
   *
   * @param digest the algorithm of the hash
   * @param hash the hash
   * @return the encoding
   * @throws InvalidInputException if the hash length does not fit the algorithm ({@code
   *     LT-SIG-0506})
   * @throws NullPointerException if an argument is null
   */
  public static byte[] digestInfo(DigestAlgorithm digest, byte[] hash) {
    return ExternalValues.digestInfo(
        Objects.requireNonNull(digest, "digest"), Objects.requireNonNull(hash, "hash"));
  }

  /**
   * Returns the parameters to pass to the format's last step, equal to those of the first.
   *
   * @return the parameters
   */
  public SignatureParameters parameters() {
    return SignatureParameters.builder(state.chain())
        .digestAlgorithm(state.algorithm().digest())
        .signatureAlgorithm(state.algorithm())
        .signingTime(state.signingTime())
        .build();
  }

  /**
   * Returns the signer's certificate chain.
   *
   * @return the chain, signer first
   */
  public List<X509Certificate> certificateChain() {
    return state.chain();
  }

  /**
   * Checks a signature value received from the signer: the session must not have expired and the
   * value must verify over the data to sign with the signer's certificate.
   *
   * @param signatureValue the value; ECDSA in DER or raw {@code r || s}
   * @param now the current time
   * @return the value in the form the formats expect (ECDSA in DER)
   * @throws InvalidInputException if the session expired ({@code LT-SIG-0506}) or the value does
   *     not verify ({@code LT-SIG-0006})
   * @throws NullPointerException if an argument is null
   */
  public byte[] checkedValue(byte[] signatureValue, Instant now) {
    Objects.requireNonNull(signatureValue, "signatureValue");
    if (!now.isBefore(state.expiresAt())) {
      throw SessionCodec.invalid("expired at " + state.expiresAt());
    }
    X509Certificate cert = state.chain().get(0);
    return ExternalValues.checked(
        state.algorithm(), cert, state.dataToSign(), signatureValue, "signatureValue");
  }

  /**
   * Describes the session by id, algorithm and signer, for logs.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ExternalSigningSession["
        + state.id()
        + ", "
        + state.algorithm()
        + ", "
        + state.chain().get(0).getSubjectX500Principal().getName()
        + "]";
  }
}
