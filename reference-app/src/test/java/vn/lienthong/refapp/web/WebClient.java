package vn.lienthong.refapp.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP "browser" for page tests: no automatic redirects, a cookie jar kept by hand (so
 * {@code Secure} cookies still travel over loopback HTTP, as a browser does for localhost).
 */
final class WebClient {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\"");

  final String base;
  final Map<String, String> cookies = new LinkedHashMap<>();
  final List<String> setCookies = new java.util.ArrayList<>();

  WebClient(String base) {
    this.base = base;
  }

  HttpResponse<byte[]> getBytes(String pathOrUrl) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
    if (!cookies.isEmpty()) {
      StringBuilder c = new StringBuilder();
      cookies.forEach(
          (k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      request.header("Cookie", c.toString());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
  }

  HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) -> {
          if (body.length() > 0) {
            body.append('&');
          }
          body.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    URI target = b.build().uri();
    if (target.toString().startsWith(base) && !cookies.isEmpty()) {
      StringBuilder c = new StringBuilder();
      cookies.forEach(
          (k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      b.header("Cookie", c.toString());
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (target.toString().startsWith(base)) {
      for (String sc : r.headers().allValues("Set-Cookie")) {
        setCookies.add(sc);
        String pair = sc.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq);
        String value = pair.substring(eq + 1);
        if (value.isEmpty()) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
    }
    return r;
  }

  /** Follows redirects (to the identity provider and back) until a page answers. */
  HttpResponse<String> follow(HttpResponse<String> first) throws IOException, InterruptedException {
    HttpResponse<String> r = first;
    for (int i = 0; i < 10 && r.statusCode() >= 300 && r.statusCode() < 400; i++) {
      String location = r.headers().firstValue("Location").orElseThrow();
      r = get(r.uri().resolve(location).toString());
    }
    return r;
  }

  /** Logs in at the sandbox with a persona (the sandbox's documented automation parameter). */
  HttpResponse<String> login(String startPath, String persona)
      throws IOException, InterruptedException {
    return follow(get(startPath + "?persona=" + persona));
  }

  static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field in page");
    }
    return m.group(1);
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }
}
