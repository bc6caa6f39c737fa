package vn.lienthong.refapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;

/**
 * The reference app's settings: built-in defaults, then a properties file, then environment
 * variables, then explicit overrides (tests), the later winning.
 *
 * <p>A setting {@code db.url} is read from the environment variable {@code LIENTHONG_DB_URL} (upper
 * case, dots and dashes become underscores). The file is {@code ./lienthong.properties} when
 * present, or the one named by {@code LIENTHONG_CONFIG} or the {@code --config} argument.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AppConfig {

  /** HTTP port of the app; 0 picks a free port. */
  public static final String HTTP_PORT = "http.port";

  /** Host the app binds to. */
  public static final String HTTP_HOST = "http.host";

  /** The public base URL (used in redirects and links); defaults to http://localhost:port. */
  public static final String PUBLIC_BASE_URL = "public.base-url";

  /** Directory for the H2 database files, generated demo keys and stored documents. */
  public static final String DATA_DIR = "data.dir";

  /** JDBC URL; defaults to an H2 file database under the data directory. */
  public static final String DB_URL = "db.url";

  /** Database user. */
  public static final String DB_USER = "db.user";

  /** Database password. */
  public static final String DB_PASSWORD = "db.password";

  /** Connections of the PostgreSQL pool (HikariCP), default 16. */
  public static final String DB_POOL_SIZE = "db.pool-size";

  /** Whether to start the embedded sandbox of the national services (default true). */
  public static final String SANDBOX_ENABLED = "sandbox.enabled";

  /** Port of the embedded sandbox; 0 picks a free port. */
  public static final String SANDBOX_PORT = "sandbox.port";

  /** Whether to load demo data at first start (default true). */
  public static final String DEMO_DATA = "demo.data";

  /**
   * Whether the Commune API's test-driver endpoint is on (default false; for the conformance kit).
   */
  public static final String CONFORMANCE_ENABLED = "conformance.enabled";

  /** Whether session cookies require HTTPS (default true; the loopback demo turns it off). */
  public static final String COOKIE_SECURE = "cookie.secure";

  private static final Map<String, String> DEFAULTS =
      Map.of(
          HTTP_PORT, "8080",
          HTTP_HOST, "127.0.0.1",
          DATA_DIR, "./data",
          SANDBOX_ENABLED, "true",
          SANDBOX_PORT, "0",
          DEMO_DATA, "true",
          CONFORMANCE_ENABLED, "false");

  private final Map<String, String> values;

  private AppConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * Loads the settings: defaults, the properties file, the environment.
   *
   * @param args the command-line arguments ({@code --config <file>}, {@code --<setting>=<value>})
   * @return the settings
   * @throws ConfigurationException if the file cannot be read or an argument is malformed
   */
  public static AppConfig load(String... args) {
    Map<String, String> merged = new HashMap<>(DEFAULTS);
    String file = System.getenv("LIENTHONG_CONFIG");
    Map<String, String> fromArgs = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--config") && i + 1 < args.length) {
        file = args[++i];
      } else if (arg.startsWith("--") && arg.contains("=")) {
        int eq = arg.indexOf('=');
        fromArgs.put(arg.substring(2, eq), arg.substring(eq + 1));
      } else {
        throw invalid("argument", "expected --config <file> or --<setting>=<value>");
      }
    }
    Path path = file != null ? Path.of(file) : Path.of("lienthong.properties");
    if (file != null || Files.isRegularFile(path)) {
      merged.putAll(readFile(path));
    }
    for (String key : knownKeys(merged)) {
      String env = System.getenv(envName(key));
      if (env != null) {
        merged.put(key, env);
      }
    }
    merged.putAll(fromArgs);
    return new AppConfig(merged);
  }

  /**
   * Returns settings made of the defaults and the given overrides only (no file, no environment);
   * for tests and embedding.
   *
   * @param overrides settings that replace the defaults
   * @return the settings
   */
  public static AppConfig of(Map<String, String> overrides) {
    Map<String, String> merged = new HashMap<>(DEFAULTS);
    merged.putAll(overrides);
    return new AppConfig(merged);
  }

  /**
   * Returns a copy with some settings replaced.
   *
   * @param overrides the settings to replace
   * @return the new settings
   */
  public AppConfig with(Map<String, String> overrides) {
    Map<String, String> merged = new HashMap<>(values);
    merged.putAll(overrides);
    return new AppConfig(merged);
  }

  /**
   * Returns a setting.
   *
   * @param key the setting
   * @return its value, if set
   */
  public Optional<String> get(String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * Returns a setting or a default.
   *
   * @param key the setting
   * @param defaultValue the value when unset
   * @return the value
   */
  public String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  /**
   * Returns a required setting.
   *
   * @param key the setting
   * @return the value
   * @throws ConfigurationException if unset
   */
  public String require(String key) {
    return get(key).orElseThrow(() -> invalid(key, "required"));
  }

  /**
   * Returns an integer setting.
   *
   * @param key the setting
   * @param defaultValue the value when unset
   * @return the value
   * @throws ConfigurationException if set but not an integer
   */
  public int getInt(String key, int defaultValue) {
    Optional<String> value = get(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw invalid(key, "an integer");
    }
  }

  /**
   * Returns a boolean setting ({@code true} or {@code false}).
   *
   * @param key the setting
   * @param defaultValue the value when unset
   * @return the value
   * @throws ConfigurationException if set to anything else
   */
  public boolean getBoolean(String key, boolean defaultValue) {
    Optional<String> value = get(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(key, "true or false");
    };
  }

  /**
   * Returns the data directory.
   *
   * @return the directory (not necessarily existing yet)
   */
  public Path dataDir() {
    return Path.of(require(DATA_DIR)).toAbsolutePath().normalize();
  }

  /**
   * Returns all settings whose name starts with a prefix, for logging; values of settings whose
   * name mentions a password, secret or key are replaced by {@code ***}.
   *
   * @param prefix the prefix, or the empty string for all
   * @return the settings, sorted by name
   */
  public Map<String, String> describe(String prefix) {
    Map<String, String> out = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            boolean secret = k.contains("password") || k.contains("secret") || k.contains("key");
            out.put(k, secret ? "***" : v);
          }
        });
    return out;
  }

  /**
   * The environment variable that sets a setting.
   *
   * @param key the setting, e.g. {@code db.url}
   * @return the variable, e.g. {@code LIENTHONG_DB_URL}
   */
  public static String envName(String key) {
    return "LIENTHONG_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static Iterable<String> knownKeys(Map<String, String> merged) {
    java.util.Set<String> keys = new java.util.TreeSet<>(merged.keySet());
    keys.addAll(
        java.util.List.of(
            PUBLIC_BASE_URL, DB_URL, DB_USER, DB_PASSWORD, COOKIE_SECURE, CONFORMANCE_ENABLED));
    System.getenv().keySet().stream()
        .filter(name -> name.startsWith("LIENTHONG_") && !name.equals("LIENTHONG_CONFIG"))
        .forEach(name -> keys.add(name.substring(10).toLowerCase(Locale.ROOT).replace('_', '.')));
    return keys;
  }

  private static Map<String, String> readFile(Path path) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(path);
        Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigurationException(
          RefappErrorCode.INVALID_SETTING,
          ErrorDetails.field("config").rule("a readable properties file: " + path),
          e);
    }
    Map<String, String> out = new HashMap<>();
    properties.stringPropertyNames().forEach(k -> out.put(k, properties.getProperty(k)));
    return out;
  }

  static ConfigurationException invalid(String key, String rule) {
    return invalid(key, rule, null);
  }

  static ConfigurationException invalid(String key, String rule, @Nullable Throwable cause) {
    return new ConfigurationException(
        RefappErrorCode.INVALID_SETTING, ErrorDetails.field(key).rule(rule), cause);
  }

  @Override
  public String toString() {
    return "AppConfig" + describe("");
  }
}
