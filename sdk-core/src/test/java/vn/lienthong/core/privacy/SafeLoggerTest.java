package vn.lienthong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

class SafeLoggerTest {

  /** Records what reaches SLF4J, formatted as a backend would. */
  static final class RecordingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    final List<String> lines = new ArrayList<>();
    final List<@Nullable Throwable> throwables = new ArrayList<>();
    Level threshold = Level.TRACE;

    RecordingLogger() {
      this.name = "recording";
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return SafeLogger.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level,
        @Nullable Marker marker,
        String messagePattern,
        @Nullable Object[] arguments,
        @Nullable Throwable throwable) {
      lines.add(level + " " + MessageFormatter.basicArrayFormat(messagePattern, arguments));
      throwables.add(throwable);
    }

    private boolean on(Level level) {
      return level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
      return on(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
      return on(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
      return on(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
      return on(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
      return on(Level.ERROR);
    }
  }

  private final RecordingLogger recording = new RecordingLogger();
  private final SafeLogger log = SafeLogger.of(recording);

  @Test
  void rendersEveryArgumentLogSafe() {
    record Person(@PersonalData(PersonalDataKind.FULL_NAME) String name) {}
    log.info("dossier {} for {} phone {}", "H22-0001", new Person("Nguyễn Văn An"), "0912345678");
    assertThat(recording.lines)
        .containsExactly("INFO dossier H22-0001 for Person[name=Nguyễn V. A.] phone 0******678");
  }

  @Test
  void logsAtEachLevel() {
    log.trace("t {}", 1);
    log.debug("d {}", 2);
    log.info("i {}", 3);
    log.warn("w {}", 4);
    log.error("e {}", 5);
    assertThat(recording.lines)
        .containsExactly("TRACE t 1", "DEBUG d 2", "INFO i 3", "WARN w 4", "ERROR e 5");
  }

  @Test
  void scrubsValuesConcatenatedIntoTheFormat() {
    log.warn("lookup failed for 001090123456");
    assertThat(recording.lines).containsExactly("WARN lookup failed for *********456");
  }

  @Test
  void skipsRenderingWhenTheLevelIsDisabled() {
    recording.threshold = Level.WARN;
    Object explosive =
        new Object() {
          @Override
          public String toString() {
            throw new AssertionError("must not be rendered");
          }
        };
    log.info("x {}", explosive);
    assertThat(recording.lines).isEmpty();
    assertThat(log.isEnabled(Level.INFO)).isFalse();
    assertThat(log.isEnabled(Level.ERROR)).isTrue();
  }

  @Test
  void scrubsThrowableMessagesAndKeepsTheStackTrace() {
    IllegalStateException cause = new IllegalStateException("no citizen 001090123456");
    RuntimeException top = new RuntimeException("registry said: an@gmail.com", cause);
    log.error("call failed for {}", "H22", top);

    assertThat(recording.lines).containsExactly("ERROR call failed for H22");
    Throwable logged = recording.throwables.get(0);
    assertThat(logged).isNotNull();
    assertThat(logged.getMessage())
        .isEqualTo("java.lang.RuntimeException: registry said: a***@g***.com");
    assertThat(logged.getStackTrace()).isEqualTo(top.getStackTrace());
    assertThat(logged.getCause()).isNotNull();
    assertThat(logged.getCause().getMessage())
        .isEqualTo("java.lang.IllegalStateException: no citizen *********456");
    assertThat(logged.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
  }

  @Test
  void passesCleanThrowablesThrough() {
    IllegalArgumentException clean = new IllegalArgumentException("bad procedure code");
    log.error("failed", clean);
    assertThat(recording.throwables).containsExactly(clean);
  }

  @Test
  void survivesCyclicCauses() {
    RuntimeException a = new RuntimeException("a 0912345678");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    log.error("cycle", a);
    assertThat(recording.throwables.get(0).getMessage()).contains("0******678");
  }

  @Test
  void namesTheLoggerAfterTheClass() {
    assertThat(SafeLogger.of(SafeLoggerTest.class).name())
        .isEqualTo(SafeLoggerTest.class.getName());
  }
}
