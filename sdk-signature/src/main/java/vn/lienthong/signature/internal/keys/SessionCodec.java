package vn.lienthong.signature.internal.keys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * The text form of an external signing session: base64url of a small versioned binary record (no
 * Java serialisation, so decoding runs no code from the input). Thread-safe (stateless).
 */
public final class SessionCodec {

  /** The largest encoded session accepted, in characters. */
  public static final int MAX_ENCODED_CHARS = 256 * 1024;

  /** The largest data to sign kept in a session, in bytes. */
  public static final int MAX_DATA_TO_SIGN_BYTES = 64 * 1024;

  /** The most certificates kept in a session. */
  public static final int MAX_CERTIFICATES = 10;

  private static final int VERSION = 1;
  private static final int MAX_CERTIFICATE_BYTES = 16 * 1024;

  private SessionCodec() {}

  /** The decoded parts of a session. */
  public record State(
      String id,
      SignatureAlgorithm algorithm,
      Instant signingTime,
      Instant expiresAt,
      List<X509Certificate> chain,
      byte[] dataToSign) {}

  /**
   * Encodes a session.
   *
   * @param s the state
   * @return the text form
   */
  public static String encode(State s) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(VERSION);
      out.writeUTF(s.id());
      out.writeUTF(s.algorithm().name());
      out.writeLong(s.signingTime().getEpochSecond());
      out.writeLong(s.expiresAt().getEpochSecond());
      out.writeByte(s.chain().size());
      for (X509Certificate c : s.chain()) {
        byte[] der = c.getEncoded();
        out.writeInt(der.length);
        out.write(der);
      }
      out.writeInt(s.dataToSign().length);
      out.write(s.dataToSign());
      out.flush();
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Decodes a session.
   *
   * @param text the text form
   * @return the state
   * @throws InvalidInputException {@code LT-SIG-0506} when malformed
   */
  public static State decode(String text) {
    if (text.length() > MAX_ENCODED_CHARS) {
      throw invalid("longer than " + MAX_ENCODED_CHARS + " characters");
    }
    try {
      DataInputStream in =
          new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(text)));
      if (in.readUnsignedByte() != VERSION) {
        throw invalid("unknown version");
      }
      String id = in.readUTF();
      SignatureAlgorithm algorithm = SignatureAlgorithm.valueOf(in.readUTF());
      Instant signingTime = Instant.ofEpochSecond(in.readLong());
      Instant expiresAt = Instant.ofEpochSecond(in.readLong());
      int count = in.readUnsignedByte();
      if (count == 0 || count > MAX_CERTIFICATES) {
        throw invalid("certificate count " + count);
      }
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      List<X509Certificate> chain = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        chain.add(
            (X509Certificate)
                cf.generateCertificate(
                    new ByteArrayInputStream(read(in, MAX_CERTIFICATE_BYTES, "certificate"))));
      }
      byte[] data = read(in, MAX_DATA_TO_SIGN_BYTES, "dataToSign");
      if (in.read() != -1) {
        throw invalid("trailing bytes");
      }
      return new State(id, algorithm, signingTime, expiresAt, List.copyOf(chain), data);
    } catch (IOException | CertificateException | IllegalArgumentException e) {
      throw invalid(e.getClass().getSimpleName());
    }
  }

  private static byte[] read(DataInputStream in, int max, String what) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > max) {
      throw invalid(what + " length " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  /**
   * Builds the error for an unusable session.
   *
   * @param reason why
   * @return the exception
   */
  public static InvalidInputException invalid(String reason) {
    return new InvalidInputException(
        SignatureErrorCode.EXTERNAL_SESSION_INVALID,
        ErrorDetails.field("session").rule("signature.external.session").with("reason", reason));
  }
}
