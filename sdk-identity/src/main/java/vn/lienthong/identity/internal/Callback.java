package vn.lienthong.identity.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.identity.IdentityErrorCode;

/**
 * Reads and checks the parameters of an authorization callback: each known parameter at most once,
 * bounded lengths, printable ASCII only (a state or code never needs more), and a cap on the number
 * of parameters so that injected extras cost nothing.
 */
public final class Callback {

  /** Longest callback query accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 8192;

  /** Longest single parameter value accepted, in characters. */
  public static final int MAX_VALUE_LENGTH = 2048;

  /** Most parameters a callback may carry. */
  public static final int MAX_PARAMETERS = 32;

  private static final Set<String> SINGLE =
      Set.of("code", "state", "iss", "error", "error_description", "error_uri", "session_state");

  private Callback() {}

  /**
   * Reads the query of a callback URI.
   *
   * @param uri the callback URI as the browser requested it
   * @return the checked parameters, one value each
   */
  public static Map<String, String> parse(URI uri) {
    String q = uri.getRawQuery();
    if (q == null || q.isEmpty()) {
      throw malformed("query", "the callback has no parameters");
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw malformed("query", "longer than " + MAX_QUERY_LENGTH + " characters");
    }
    Map<String, List<String>> params = new HashMap<>();
    String[] pairs = q.split("&");
    if (pairs.length > MAX_PARAMETERS) {
      throw malformed("query", "more than " + MAX_PARAMETERS + " parameters");
    }
    for (String pair : pairs) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return check(params);
  }

  /**
   * Checks parameters a web framework already decoded.
   *
   * @param params the parameters
   * @return the checked parameters, one value each
   */
  public static Map<String, String> check(Map<String, List<String>> params) {
    if (params.size() > MAX_PARAMETERS) {
      throw malformed("query", "more than " + MAX_PARAMETERS + " parameters");
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      String name = e.getKey();
      List<String> values = e.getValue();
      if (!SINGLE.contains(name)) {
        continue;
      }
      if (values.size() != 1) {
        throw malformed(name, "given " + values.size() + " times");
      }
      String v = values.get(0);
      if (v.length() > MAX_VALUE_LENGTH) {
        throw malformed(name, "longer than " + MAX_VALUE_LENGTH + " characters");
      }
      if (!name.startsWith("error_") && !printableAscii(v)) {
        throw malformed(name, "characters outside printable ASCII");
      }
      out.put(name, v);
    }
    return out;
  }

  private static boolean printableAscii(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed("query", "bad percent-encoding");
    }
  }

  private static RuntimeException malformed(String field, String reason) {
    return Failures.input(IdentityErrorCode.CALLBACK_MALFORMED, field, reason);
  }
}
