package vn.lienthong.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

final class ExchangeLogTestSupport {

  private ExchangeLogTestSupport() {}

  static ExchangeRecord record(int i) {
    return ExchangeRecord.builder()
        .messageId("msg-" + i)
        .client("VN/GOV/000.00.01.H22/MOTCUA")
        .service("VN/GOV/000.00.00.G22/DVCQG/progress/v1")
        .time(Instant.parse("2026-11-23T10:00:00Z").plusMillis(i))
        .status(i % 5 == 0 ? "failed:503" : "delivered")
        .payload(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8))
        .user("canbo" + i)
        .build();
  }

  /** Appends from several threads at once and checks the chain stays one intact chain. */
  static void concurrentAppendersKeepOneChain(ExchangeLog log, int threads, int each)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Void>> calls = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int base = t * each;
        calls.add(
            () -> {
              for (int i = 0; i < each; i++) {
                log.append(record(base + i));
              }
              return null;
            });
      }
      for (Future<Void> f : pool.invokeAll(calls)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    ChainReport report = log.verify();
    assertThat(report.intact()).as(String.valueOf(report.problem())).isTrue();
    assertThat(report.entriesChecked()).isEqualTo((long) threads * each);
    assertThat(report.lastHash()).isEqualTo(log.lastHash());
  }
}
