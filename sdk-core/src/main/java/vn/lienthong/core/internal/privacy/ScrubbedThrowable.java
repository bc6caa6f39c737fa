package vn.lienthong.core.internal.privacy;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Stands in for a throwable whose message (or whose cause's message) contained personal data: same
 * stack trace, scrubbed message prefixed with the original class name, causes and suppressed
 * throwables replaced the same way. Not part of the public API.
 */
public final class ScrubbedThrowable extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_CAUSES = 16;

  private final String originalClassName;

  private ScrubbedThrowable(Throwable original, String message) {
    super(message);
    this.originalClassName = original.getClass().getName();
    setStackTrace(original.getStackTrace());
  }

  /**
   * Returns the throwable itself when no message in its chain holds personal data, otherwise a
   * scrubbed stand-in.
   *
   * @param t the throwable to log
   * @param limit the longest scrubbed message
   * @return {@code t} or its stand-in
   */
  public static Throwable of(Throwable t, int limit) {
    Objects.requireNonNull(t, "t");
    return needsScrubbing(t, limit, new IdentityHashMap<>(), 0)
        ? scrub(t, limit, new IdentityHashMap<>(), 0)
        : t;
  }

  /**
   * Returns the class name of the throwable this one stands in for.
   *
   * @return the original class name
   */
  public String originalClassName() {
    return originalClassName;
  }

  @Override
  public String toString() {
    return getMessage();
  }

  private static boolean needsScrubbing(
      Throwable t, int limit, Map<Throwable, Boolean> seen, int depth) {
    if (depth > MAX_CAUSES || seen.put(t, Boolean.TRUE) != null) {
      return false;
    }
    String message = safeMessage(t);
    if (message != null && !ScrubScanner.scrub(message, limit).equals(message)) {
      return true;
    }
    Throwable cause = t.getCause();
    if (cause != null && needsScrubbing(cause, limit, seen, depth + 1)) {
      return true;
    }
    for (Throwable s : t.getSuppressed()) {
      if (needsScrubbing(s, limit, seen, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable scrub(
      Throwable t, int limit, Map<Throwable, Throwable> done, int depth) {
    Throwable already = done.get(t);
    if (already != null) {
      return already;
    }
    String message = safeMessage(t);
    String text = t.getClass().getName();
    if (message != null) {
      text += ": " + ScrubScanner.scrub(message, limit);
    }
    ScrubbedThrowable copy = new ScrubbedThrowable(t, text);
    done.put(t, copy);
    Throwable cause = t.getCause();
    if (cause != null && cause != t && depth < MAX_CAUSES) {
      copy.initCause(scrub(cause, limit, done, depth + 1));
    }
    for (Throwable s : t.getSuppressed()) {
      Throwable scrubbed = depth < MAX_CAUSES ? scrub(s, limit, done, depth + 1) : copy;
      if (scrubbed != copy) {
        copy.addSuppressed(scrubbed);
      }
    }
    return copy;
  }

  private static @Nullable String safeMessage(Throwable t) {
    try {
      return t.getMessage();
    } catch (RuntimeException e) {
      return "[message unavailable]";
    }
  }
}
