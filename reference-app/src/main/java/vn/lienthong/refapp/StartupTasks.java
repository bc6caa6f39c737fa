package vn.lienthong.refapp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.privacy.SafeLogger;

/**
 * Start-up steps that run on background threads while the main thread goes on (the embedded
 * sandbox, the database and its migrations, the modules' preparation), each timed in the {@link
 * StartupTimeline}. {@link #join} waits for one and rethrows its failure as it was thrown; {@link
 * #close} waits for every step still running (so nothing is left half-started) and then, when the
 * start-up failed, releases what the finished steps produced.
 *
 * <p>Instances are used by the thread that starts the app; the steps themselves run concurrently.
 */
final class StartupTasks implements AutoCloseable {

  /** Background threads: the machine the app is sized for has two cores. */
  static final int THREADS = 3;

  /** How long {@link #close} waits for steps still running before giving up on them. */
  static final long CLOSE_WAIT_SECONDS = 60;

  private static final SafeLogger LOG = SafeLogger.of(StartupTasks.class);

  private final StartupTimeline timeline;
  private final ExecutorService pool;
  private final List<Runnable> releases = new ArrayList<>();

  StartupTasks(StartupTimeline timeline) {
    this.timeline = timeline;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread t = new Thread(r, "lienthong-start-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts a step in the background; {@code release} frees its result if the app's start-up fails
   * after the step succeeded (closing a started sandbox, a database pool).
   */
  <T> Future<T> submit(String name, Supplier<T> step, Consumer<? super T> release) {
    return pool.submit(
        () -> {
          T result = timeline.time(name, step);
          synchronized (releases) {
            releases.add(() -> release.accept(result));
          }
          return result;
        });
  }

  /** Starts a step without a result in the background. */
  Future<?> submit(String name, Runnable step) {
    return pool.submit(() -> timeline.run(name, step));
  }

  /**
   * Waits for a step and returns its result.
   *
   * @throws RuntimeException the step's own failure, unchanged
   * @throws ConfigurationException {@code LT-APP-0801} if the start-up is interrupted while
   *     waiting, {@code LT-APP-0802} if the step failed with a checked exception
   */
  <T> T join(String name, Future<T> step) {
    try {
      return step.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConfigurationException(
          RefappErrorCode.STARTUP_INTERRUPTED, ErrorDetails.field(name), e);
    } catch (CancellationException e) {
      throw new ConfigurationException(
          RefappErrorCode.STARTUP_INTERRUPTED, ErrorDetails.field(name), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new ConfigurationException(
          RefappErrorCode.STARTUP_STEP_FAILED,
          ErrorDetails.field(name).rule(String.valueOf(cause).split(":", 2)[0]),
          cause);
    }
  }

  /** The start-up succeeded: what the steps produced now belongs to the app. */
  void keepResults() {
    synchronized (releases) {
      releases.clear();
    }
  }

  /** Waits for the steps still running (after a failure, before the modules are closed). */
  void awaitSteps() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("start-up steps still running after {} s; left to finish", CLOSE_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits for the steps still running, then releases the results of finished steps unless {@link
   * #keepResults} was called.
   */
  @Override
  public void close() {
    awaitSteps();
    List<Runnable> toRelease;
    synchronized (releases) {
      toRelease = List.copyOf(releases);
      releases.clear();
    }
    for (Runnable r : toRelease) {
      try {
        r.run();
      } catch (RuntimeException e) {
        LOG.warn("releasing a start-up step's result failed: {}", e.toString());
      }
    }
  }
}
