package vn.lienthong.signature.xades;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * A file signed by or validated against a detached XAdES signature: its name, which becomes the
 * reference URI in the signature, and its bytes.
 *
 * <p>The name must be usable as a relative URI as it is: 1 to {@link #MAX_NAME_LENGTH} characters
 * among letters, digits, {@code . _ ~ -} and {@code /}, no empty or dot segment, not starting with
 * {@code /}. Vietnamese or spaced file names are given in a safe form ({@code quyet-dinh-02.pdf}).
 * Immutable and thread-safe (the bytes are copied in and out).
 *
 * <pre>{@code
 * DetachedDocument pdf = DetachedDocument.of("quyet-dinh-02.pdf", pdfBytes);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DetachedDocument {

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 255;

  /** The largest file accepted, in bytes (64 MiB). */
  public static final int MAX_CONTENT_BYTES = 64 * 1024 * 1024;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");

  private final String name;
  private final byte[] content;

  private DetachedDocument(String name, byte[] content) {
    this.name = name;
    this.content = content;
  }

  /**
   * Names a file's bytes.
   *
   * @param name the name, used as the reference URI
   * @param content the bytes
   * @return the document
   * @throws InvalidInputException if the name is not URI-safe ({@code LT-SIG-1102}) or the file is
   *     larger than {@link #MAX_CONTENT_BYTES} ({@code LT-SIG-0101})
   * @throws NullPointerException if an argument is null
   */
  public static DetachedDocument of(String name, byte[] content) {
    Objects.requireNonNull(content, "content");
    checkName(name);
    checkSize(name, content.length);
    return new DetachedDocument(name, content.clone());
  }

  /**
   * Reads a file from a stream, up to {@link #MAX_CONTENT_BYTES}; the stream is not closed.
   *
   * @param name the name, used as the reference URI
   * @param in the stream
   * @return the document
   * @throws InvalidInputException if the name is not URI-safe ({@code LT-SIG-1102}) or the stream
   *     holds more than {@link #MAX_CONTENT_BYTES} ({@code LT-SIG-0101})
   * @throws LienThongException if the stream fails ({@code LT-SIG-1104})
   * @throws NullPointerException if an argument is null
   */
  public static DetachedDocument read(String name, InputStream in) {
    Objects.requireNonNull(in, "in");
    checkName(name);
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_CONTENT_BYTES + 1);
    } catch (IOException e) {
      throw new LienThongException(
          SignatureErrorCode.DETACHED_DOCUMENT_UNREADABLE,
          ErrorDetails.field("in").rejectedValue(name).with("reason", e.toString()),
          e);
    }
    checkSize(name, bytes.length);
    return new DetachedDocument(name, bytes);
  }

  /**
   * Returns the name: the reference URI in the signature.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns a copy of the bytes.
   *
   * @return the bytes
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * Returns the size.
   *
   * @return the number of bytes
   */
  public int length() {
    return content.length;
  }

  /**
   * Returns the bytes without copying; for this module's implementation only.
   *
   * @return the shared bytes, never to be changed
   */
  byte[] bytes() {
    return content;
  }

  /**
   * Tells whether another document has the same name and bytes.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DetachedDocument d
        && name.equals(d.name)
        && Arrays.equals(content, d.content);
  }

  /**
   * Returns a hash of the name and bytes.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(content);
  }

  /**
   * Describes the document for logs: its name and size, not its bytes.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DetachedDocument[" + name + ", " + content.length + " bytes]";
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    String rule = null;
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      rule = "xades.detached.name.length";
    } else if (!NAME.matcher(name).matches()) {
      rule = "xades.detached.name.uri-safe";
    } else {
      for (String segment : name.split("/", -1)) {
        if (segment.equals(".") || segment.equals("..")) {
          rule = "xades.detached.name.no-dot-segment";
        }
      }
    }
    if (rule != null) {
      throw new InvalidInputException(
          SignatureErrorCode.DETACHED_DOCUMENT_NAME_INVALID,
          ErrorDetails.field("name").rule(rule).rejectedValue(name));
    }
  }

  private static void checkSize(String name, int length) {
    if (length > MAX_CONTENT_BYTES) {
      throw new InvalidInputException(
          SignatureErrorCode.DOCUMENT_TOO_LARGE,
          ErrorDetails.field(name)
              .rule("signature.detached.max-bytes")
              .with("length", length)
              .with("max", MAX_CONTENT_BYTES));
    }
  }
}
