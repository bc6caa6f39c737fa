package vn.lienthong.registry.internal.bus;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One daemon thread that fires late {@link Deadline}s every {@link #TICK_MILLIS} ms. */
public final class DeadlineSweeper implements AutoCloseable {

  /** How often deadlines are checked; timeouts fire at most this late. */
  public static final long TICK_MILLIS = 20;

  private final Set<Deadline> armed = ConcurrentHashMap.newKeySet();
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * Starts the sweeper thread.
   *
   * @param name the thread name
   */
  public DeadlineSweeper(String name) {
    thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  void add(Deadline d) {
    armed.add(d);
  }

  void remove(Deadline d) {
    armed.remove(d);
  }

  private void run() {
    while (running) {
      try {
        Thread.sleep(TICK_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      long now = System.nanoTime();
      armed.removeIf(d -> d.check(now));
    }
  }

  /** Stops the thread. */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
