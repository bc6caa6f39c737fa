package vn.lienthong.signature.internal.remote;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.RemoteServiceException;

/** Reading members of parsed JSON answers; every shape error is {@code LT-SIG-0515}. */
public final class Json {

  /** The most certificates read from one chain. */
  public static final int MAX_CERTIFICATES = 10;

  private Json() {}

  /**
   * Returns a required string (numbers are read as their text).
   *
   * @param uri the endpoint, for errors
   * @param status the HTTP status, for errors
   * @param json the object
   * @param name the member
   * @return the value
   */
  public static String string(URI uri, int status, Map<String, ?> json, String name) {
    String v = optString(json, name);
    if (v == null || v.isEmpty()) {
      throw RemoteHttp.invalid(uri, status, "member " + name + " missing");
    }
    return v;
  }

  /**
   * Returns an optional string (numbers are read as their text).
   *
   * @param json the object
   * @param name the member
   * @return the value or null
   */
  public static @Nullable String optString(@Nullable Map<String, ?> json, String name) {
    if (json == null) {
      return null;
    }
    Object v = json.get(name);
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Number n) {
      return n.longValue() == n.doubleValue() ? Long.toString(n.longValue()) : n.toString();
    }
    return null;
  }

  /**
   * Returns an optional object member.
   *
   * @param json the object
   * @param name the member
   * @return the member, or null when missing or not an object
   */
  @SuppressWarnings("unchecked")
  public static @Nullable Map<String, Object> object(@Nullable Map<String, ?> json, String name) {
    Object v = json == null ? null : json.get(name);
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  /**
   * Returns an optional array member.
   *
   * @param json the object
   * @param name the member
   * @return the items, or null when missing or not an array
   */
  public static @Nullable List<?> array(@Nullable Map<String, ?> json, String name) {
    Object v = json == null ? null : json.get(name);
    return v instanceof List<?> l ? l : null;
  }

  /**
   * Returns a required array of strings.
   *
   * @param uri the endpoint, for errors
   * @param status the HTTP status, for errors
   * @param json the object
   * @param name the member
   * @return the strings
   */
  public static List<String> strings(URI uri, int status, Map<String, ?> json, String name) {
    List<?> items = array(json, name);
    if (items == null) {
      throw RemoteHttp.invalid(uri, status, "member " + name + " missing");
    }
    List<String> out = new ArrayList<>(items.size());
    for (Object o : items) {
      if (!(o instanceof String s)) {
        throw RemoteHttp.invalid(uri, status, "member " + name + " holds a non-string");
      }
      out.add(s);
    }
    return out;
  }

  /**
   * Decodes base64 (standard or URL-safe, line breaks ignored).
   *
   * @param uri the endpoint, for errors
   * @param status the HTTP status, for errors
   * @param text the text
   * @param what what it is, for errors
   * @return the bytes
   */
  public static byte[] base64(URI uri, int status, String text, String what) {
    String t = text.replaceAll("\\s", "");
    try {
      return t.indexOf('-') >= 0 || t.indexOf('_') >= 0
          ? Base64.getUrlDecoder().decode(t)
          : Base64.getDecoder().decode(t);
    } catch (IllegalArgumentException e) {
      throw RemoteHttp.invalid(uri, status, what + " is not base64");
    }
  }

  /**
   * Decodes a certificate chain of base64 DER (or PEM) certificates, signer first.
   *
   * @param uri the endpoint, for errors
   * @param status the HTTP status, for errors
   * @param items the base64 texts
   * @return the chain, never empty
   * @throws RemoteServiceException {@code LT-SIG-0515} if empty, too long or unreadable
   */
  public static List<X509Certificate> chain(URI uri, int status, List<String> items) {
    if (items.isEmpty() || items.size() > MAX_CERTIFICATES) {
      throw RemoteHttp.invalid(uri, status, "certificate chain empty or too long");
    }
    try {
      CertificateFactory f = CertificateFactory.getInstance("X.509");
      List<X509Certificate> out = new ArrayList<>();
      for (String s : items) {
        String b64 = s.replaceAll("-----[A-Z ]+-----", "");
        out.add(
            (X509Certificate)
                f.generateCertificate(
                    new ByteArrayInputStream(base64(uri, status, b64, "certificate"))));
      }
      return List.copyOf(out);
    } catch (CertificateException e) {
      throw RemoteHttp.invalid(uri, status, "certificate unreadable");
    }
  }
}
