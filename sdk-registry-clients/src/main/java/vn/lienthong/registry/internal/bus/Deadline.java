package vn.lienthong.registry.internal.bus;

import java.time.Duration;

/**
 * Interrupts the calling thread when a call outlives its deadline (a blocking {@code
 * HttpClient.send} cancels its exchange when interrupted). Deadlines are checked by one {@link
 * DeadlineSweeper} thread a few times a second, so arming one costs no timer and no wake-up.
 */
public final class Deadline implements AutoCloseable {

  private final Thread caller = Thread.currentThread();
  private final long dueNanos;
  private final DeadlineSweeper sweeper;
  private boolean done;
  private boolean fired;

  /**
   * Arms the deadline for the current thread.
   *
   * @param sweeper the sweeper that watches it
   * @param timeout the time allowed
   */
  public Deadline(DeadlineSweeper sweeper, Duration timeout) {
    this.sweeper = sweeper;
    this.dueNanos = System.nanoTime() + timeout.toNanos();
    sweeper.add(this);
  }

  /**
   * Interrupts the caller if the deadline passed.
   *
   * @param now {@code System.nanoTime()}
   * @return true if it fired (and can be forgotten)
   */
  synchronized boolean check(long now) {
    if (!done && now - dueNanos >= 0) {
      fired = true;
      caller.interrupt();
    }
    return fired || done;
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
    sweeper.remove(this);
    if (clear) {
      Thread.interrupted();
    }
  }
}
