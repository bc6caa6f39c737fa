package vn.lienthong.conformance.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The runner's parsed command line. Not thread-safe; made once per invocation. */
public final class Options {

  /** Options that take a value. */
  private static final Set<String> WITH_VALUE =
      Set.of(
          "--target",
          "--profile",
          "--only",
          "--out",
          "--sign-key",
          "--sign-password-env",
          "--set",
          "--trust-anchor",
          "--sandbox-port",
          "--timeout");

  /** Flags without value. */
  private static final Set<String> FLAGS = Set.of("--interactive", "--no-sandbox", "--help", "-h");

  /** The command: run, list, verify or help. */
  public final String command;

  /** Single-valued options, by name. */
  public final Map<String, String> values = new LinkedHashMap<>();

  /** {@code --set key=value} settings. */
  public final Map<String, String> settings = new LinkedHashMap<>();

  /** {@code --trust-anchor} files. */
  public final List<String> trustAnchors = new ArrayList<>();

  /** Flags given. */
  public final List<String> flags = new ArrayList<>();

  /** Positional arguments after the command. */
  public final List<String> positional = new ArrayList<>();

  private Options(String command) {
    this.command = command;
  }

  /**
   * Parses arguments.
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException with a bilingual message on a usage error
   */
  public static Options parse(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException(
          "Thiếu lệnh (run, list, verify). / Missing command (run, list, verify).");
    }
    Options o = new Options(args[0]);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (FLAGS.contains(a)) {
        o.flags.add(a);
      } else if (WITH_VALUE.contains(a)) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(
              "Tùy chọn " + a + " cần một giá trị. / Option " + a + " needs a value.");
        }
        String v = args[++i];
        switch (a) {
          case "--set" -> {
            int eq = v.indexOf('=');
            if (eq <= 0) {
              throw new IllegalArgumentException(
                  "--set cần dạng khóa=giá-trị. / --set needs key=value: " + v);
            }
            o.settings.put(v.substring(0, eq), v.substring(eq + 1));
          }
          case "--trust-anchor" -> o.trustAnchors.add(v);
          default -> o.values.put(a, v);
        }
      } else if (a.startsWith("-")) {
        throw new IllegalArgumentException(
            "Tùy chọn không hợp lệ: " + a + " / Unknown option: " + a);
      } else {
        o.positional.add(a);
      }
    }
    return o;
  }

  /**
   * Returns an option's value.
   *
   * @param name the option, such as {@code --target}
   * @return the value, or null
   */
  public @Nullable String value(String name) {
    return values.get(name);
  }

  /**
   * Tells whether a flag was given.
   *
   * @param flag the flag
   * @return true if given
   */
  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
