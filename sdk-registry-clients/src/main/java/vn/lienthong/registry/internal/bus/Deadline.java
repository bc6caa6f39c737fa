package vn.lienthong.registry.internal.bus;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts the calling thread when a call outlives its deadline (a blocking {@code
 * HttpClient.send} cancels its exchange when interrupted), without arming a timer in the HTTP
 * client's selector for every call.
 */
public final class Deadline implements AutoCloseable {

  private final Thread caller = Thread.currentThread();
  private final ScheduledFuture<?> alarm;
  private boolean done;
  private boolean fired;

  /**
   * Arms the deadline for the current thread.
   *
   * @param scheduler the shared scheduler
   * @param timeout the time allowed
   */
  public Deadline(ScheduledExecutorService scheduler, Duration timeout) {
    this.alarm = scheduler.schedule(this::fire, timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  private synchronized void fire() {
    if (!done) {
      fired = true;
      caller.interrupt();
    }
  }

  /**
   * Whether the deadline passed and interrupted the caller.
   *
   * @return true if it fired
   */
  public synchronized boolean fired() {
    return fired;
  }

  /** Disarms the deadline; clears an interrupt it caused. */
  @Override
  public void close() {
    boolean clear;
    synchronized (this) {
      done = true;
      clear = fired;
    }
    alarm.cancel(false);
    if (clear) {
      Thread.interrupted();
    }
  }
}
