package vn.lienthong.registry.outbox;

import java.time.Duration;
import vn.lienthong.registry.testing.SimplePool;

/**
 * The dispatcher as a separate program, for the crash test: drains the outbox at the JDBC URL in
 * the first argument through real HTTP, and exits 0 once the outbox is empty.
 */
public final class DispatcherProcess {

  private DispatcherProcess() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    try (SimplePool pool = new SimplePool(url);
        OutboxDispatcher dispatcher =
            OutboxDispatcher.builder(
                    pool,
                    HttpOutboxTransport.builder()
                        .connectTimeout(Duration.ofSeconds(2))
                        .requestTimeout(Duration.ofSeconds(2))
                        .build())
                .name("crash-test")
                .workers(32)
                .batchSize(64)
                .pollInterval(Duration.ofMillis(20))
                .backoff(Duration.ofMillis(20), Duration.ofMillis(400))
                .lease(Duration.ofSeconds(5))
                .deadLetterHorizon(Duration.ofDays(1))
                .start()) {
      OutboxOperations ops = OutboxOperations.create(pool);
      while (ops.counts().total() > 0) {
        Thread.sleep(100);
      }
    }
    System.exit(0);
  }
}
