package vn.lienthong.registry.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void delayStaysBetweenHalfAndAllOfTheCappedExponentialBound() {
    qt().forAll(
            longs().between(1, 60_000), longs().between(1, 86_400_000), integers().between(1, 500))
        .assuming((initial, max, failures) -> max >= initial)
        .checkAssert(
            (initial, max, failures) -> {
              long bound = Math.min(max, initial << Math.min(failures - 1, 30));
              if (bound < 0) {
                bound = max;
              }
              long d = new Backoff(initial, max).delayMillis(failures);
              assertThat(d).isBetween(bound / 2, bound).isLessThanOrEqualTo(max);
            });
  }

  @Test
  void growsWithFailures() {
    Backoff b = new Backoff(100, 10_000);
    assertThat(b.delayMillis(1)).isBetween(50L, 100L);
    assertThat(b.delayMillis(4)).isBetween(400L, 800L);
    assertThat(b.delayMillis(50)).isBetween(5_000L, 10_000L);
  }
}
