package vn.lienthong.core.privacy;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import vn.lienthong.core.internal.privacy.ScrubScanner;
import vn.lienthong.core.internal.privacy.ScrubbedThrowable;

/**
 * The only way LienThong code logs: a thin wrapper over an SLF4J {@link Logger} that renders every
 * argument with {@link LogRenderer}, scrubs the format string (in case a value was concatenated
 * into it) and replaces a throwable whose message holds personal data by a stand-in with the
 * scrubbed message and the same stack trace. Nothing is rendered when the level is disabled.
 *
 * <p>As with SLF4J, a {@link Throwable} as the last argument is logged as the exception. An
 * architecture test keeps other LienThong classes from calling SLF4J directly.
 *
 * <p>Instances are immutable and thread-safe; create one per class and keep it in a {@code static
 * final} field.
 *
 * <pre>{@code
 * private static final SafeLogger LOG = SafeLogger.of(BirthRegistration.class);
 * LOG.info("dossier {} received for {}", dossierCode, applicantPhone); // phone masked
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SafeLogger {

  private final Logger logger;

  private SafeLogger(Logger logger) {
    this.logger = logger;
  }

  /**
   * Returns a safe logger named after a class.
   *
   * @param type the class
   * @return the logger
   * @throws NullPointerException if {@code type} is null
   */
  public static SafeLogger of(Class<?> type) {
    return new SafeLogger(LoggerFactory.getLogger(Objects.requireNonNull(type, "type")));
  }

  /**
   * Returns a safe logger writing to an existing SLF4J logger.
   *
   * @param logger the logger
   * @return the safe logger
   * @throws NullPointerException if {@code logger} is null
   */
  public static SafeLogger of(Logger logger) {
    return new SafeLogger(Objects.requireNonNull(logger, "logger"));
  }

  /**
   * Returns the logger's name.
   *
   * @return the name
   */
  public String name() {
    return logger.getName();
  }

  /**
   * Tells whether a level is enabled, to skip expensive preparation of arguments.
   *
   * @param level the level
   * @return {@code true} if messages at this level are logged
   * @throws NullPointerException if {@code level} is null
   */
  public boolean isEnabled(Level level) {
    return logger.isEnabledForLevel(Objects.requireNonNull(level, "level"));
  }

  /**
   * Logs at TRACE level.
   *
   * @param format the SLF4J format with {@code {}} placeholders
   * @param arguments the arguments, rendered log-safe; a last {@link Throwable} is the exception
   * @throws NullPointerException if {@code format} is null
   */
  public void trace(String format, @Nullable Object... arguments) {
    log(Level.TRACE, format, arguments);
  }

  /**
   * Logs at DEBUG level.
   *
   * @param format the SLF4J format with {@code {}} placeholders
   * @param arguments the arguments, rendered log-safe; a last {@link Throwable} is the exception
   * @throws NullPointerException if {@code format} is null
   */
  public void debug(String format, @Nullable Object... arguments) {
    log(Level.DEBUG, format, arguments);
  }

  /**
   * Logs at INFO level.
   *
   * @param format the SLF4J format with {@code {}} placeholders
   * @param arguments the arguments, rendered log-safe; a last {@link Throwable} is the exception
   * @throws NullPointerException if {@code format} is null
   */
  public void info(String format, @Nullable Object... arguments) {
    log(Level.INFO, format, arguments);
  }

  /**
   * Logs at WARN level.
   *
   * @param format the SLF4J format with {@code {}} placeholders
   * @param arguments the arguments, rendered log-safe; a last {@link Throwable} is the exception
   * @throws NullPointerException if {@code format} is null
   */
  public void warn(String format, @Nullable Object... arguments) {
    log(Level.WARN, format, arguments);
  }

  /**
   * Logs at ERROR level.
   *
   * @param format the SLF4J format with {@code {}} placeholders
   * @param arguments the arguments, rendered log-safe; a last {@link Throwable} is the exception
   * @throws NullPointerException if {@code format} is null
   */
  public void error(String format, @Nullable Object... arguments) {
    log(Level.ERROR, format, arguments);
  }

  private void log(Level level, String format, @Nullable Object[] arguments) {
    Objects.requireNonNull(format, "format");
    if (!logger.isEnabledForLevel(level)) {
      return;
    }
    int count = arguments == null ? 0 : arguments.length;
    Object[] safe = new Object[count];
    for (int i = 0; i < count; i++) {
      Object argument = arguments[i];
      if (i == count - 1 && argument instanceof Throwable t) {
        safe[i] = ScrubbedThrowable.of(t, LogRenderer.MAX_LENGTH);
      } else {
        safe[i] = LogRenderer.render(argument);
      }
    }
    String safeFormat = ScrubScanner.scrub(format, LogRenderer.MAX_LENGTH);
    switch (level) {
      case TRACE -> logger.trace(safeFormat, safe);
      case DEBUG -> logger.debug(safeFormat, safe);
      case INFO -> logger.info(safeFormat, safe);
      case WARN -> logger.warn(safeFormat, safe);
      case ERROR -> logger.error(safeFormat, safe);
    }
  }
}
