package vn.lienthong.signature;

import java.util.Objects;

/**
 * One part of what a signature covers, as found by a validator: the whole document, one element of
 * it, one object enveloped in the signature, or one detached file.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (SignedScope scope : report.signedScopes()) {
 *   System.out.println(scope.type() + " " + scope.name());
 * }
 * }</pre>
 *
 * @param type the kind of part
 * @param name what names the part: empty for the whole document, the element's name and Id ({@code
 *     NoiDung#noi-dung}), the object's Id, or the detached file's name (its reference URI)
 * @since 0.1.0
 */
public record SignedScope(Type type, String name) {

  /**
   * The kinds of signed part.
   *
   * @since 0.1.0
   */
  public enum Type {
    /** The whole document except the signature itself (enveloped packaging). */
    FULL_DOCUMENT,
    /** One element of the document, referenced by its Id (enveloped packaging). */
    ELEMENT,
    /** One {@code ds:Object} inside the signature, XML or base64 content (enveloping packaging). */
    ENVELOPED_OBJECT,
    /** One external file the caller supplied, referenced by name (detached packaging). */
    DETACHED_DOCUMENT
  }

  /**
   * Checks the parts.
   *
   * @param type the kind of part
   * @param name the name of the part
   * @throws NullPointerException if an argument is null
   */
  public SignedScope {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }
}
