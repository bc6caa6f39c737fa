package vn.lienthong.refapp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.event.Level;
import vn.lienthong.core.privacy.SafeLogger;

/**
 * Where the start-up time goes: each step (the sandbox, the database, each module, the web server)
 * records its wall-clock duration and thread; {@link #log} writes one DEBUG line per step and one
 * INFO line "started in N ms" naming the slowest steps. Times count from the JVM's start when the
 * operating system reports it (so JVM boot and class loading before {@code main} are included),
 * else from the creation of the timeline.
 *
 * <p>Instances are thread-safe: steps may run on several threads at once.
 */
final class StartupTimeline {

  /** How many of the slowest steps the INFO line names. */
  static final int SLOWEST_SHOWN = 3;

  private static final SafeLogger LOG = SafeLogger.of(StartupTimeline.class);

  /** One finished step, times in nanoseconds from the timeline's origin. */
  record Step(String name, String thread, long startNanos, long durationNanos) {

    Duration duration() {
      return Duration.ofNanos(durationNanos);
    }
  }

  private final long originNanos;
  private final long sinceJvmStartNanos;
  private final List<Step> steps = new ArrayList<>();

  private StartupTimeline(long originNanos, long sinceJvmStartNanos) {
    this.originNanos = originNanos;
    this.sinceJvmStartNanos = sinceJvmStartNanos;
  }

  /** Starts a timeline now, counting from the JVM's start when the platform reports it. */
  static StartupTimeline start() {
    long now = System.nanoTime();
    long jvm =
        ProcessHandle.current()
            .info()
            .startInstant()
            .map(t -> Duration.between(t, Instant.now()).toNanos())
            .filter(n -> n >= 0 && n < Duration.ofMinutes(10).toNanos())
            .orElse(0L);
    return new StartupTimeline(now, jvm);
  }

  /** Runs one step and records its duration, also when it fails. */
  <T> T time(String name, Supplier<T> step) {
    long t0 = System.nanoTime();
    try {
      return step.get();
    } finally {
      record(name, t0, System.nanoTime());
    }
  }

  /** Runs one step without a result and records its duration, also when it fails. */
  void run(String name, Runnable step) {
    time(
        name,
        () -> {
          step.run();
          return Boolean.TRUE;
        });
  }

  /** Records a step timed by the caller ({@link System#nanoTime()} before and after). */
  void record(String name, long t0, long t1) {
    Step s = new Step(name, Thread.currentThread().getName(), t0 - originNanos, t1 - t0);
    synchronized (steps) {
      steps.add(s);
    }
  }

  /** The steps recorded so far, in the order they started. */
  List<Step> steps() {
    synchronized (steps) {
      return steps.stream().sorted(Comparator.comparingLong(Step::startNanos)).toList();
    }
  }

  /** Time since the JVM started (or since the timeline started when that is unknown). */
  Duration elapsed() {
    return Duration.ofNanos(sinceJvmStartNanos + System.nanoTime() - originNanos);
  }

  /** Time the JVM ran before the timeline started (0 when the platform does not tell). */
  Duration beforeMain() {
    return Duration.ofNanos(sinceJvmStartNanos);
  }

  /** Logs every step at DEBUG and the total with the slowest steps at INFO. */
  void log(String baseUrl) {
    List<Step> all = steps();
    if (LOG.isEnabled(Level.DEBUG)) {
      LOG.debug("start-up: {} ms in the JVM before main", beforeMain().toMillis());
      for (Step s : all) {
        LOG.debug(
            "start-up step {}: {} ms (from +{} ms, thread {})",
            s.name(),
            s.duration().toMillis(),
            (sinceJvmStartNanos + s.startNanos()) / 1_000_000,
            s.thread());
      }
    }
    String slowest =
        all.stream()
            .sorted(Comparator.comparingLong(Step::durationNanos).reversed())
            .limit(SLOWEST_SHOWN)
            .map(s -> s.name() + " " + s.duration().toMillis() + " ms")
            .collect(Collectors.joining(", "));
    LOG.info(
        "LienThong reference app listening on {} (started in {} ms since the JVM started; slowest: {})",
        baseUrl,
        elapsed().toMillis(),
        slowest);
  }
}
