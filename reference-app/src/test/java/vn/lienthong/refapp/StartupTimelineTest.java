package vn.lienthong.refapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StartupTimelineTest {

  @Test
  void recordsStepsInStartOrderAlsoWhenAStepFails() {
    StartupTimeline timeline = StartupTimeline.start();
    assertThat(timeline.time("first", () -> 42)).isEqualTo(42);
    assertThatThrownBy(
            () ->
                timeline.run(
                    "second",
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(timeline.steps())
        .extracting(StartupTimeline.Step::name)
        .containsExactly("first", "second");
    assertThat(timeline.steps()).allSatisfy(s -> assertThat(s.durationNanos()).isNotNegative());
  }

  @Test
  void elapsedCountsTheJvmsTimeBeforeTheTimeline() {
    StartupTimeline timeline = StartupTimeline.start();
    assertThat(timeline.beforeMain().isNegative()).isFalse();
    assertThat(timeline.elapsed()).isGreaterThanOrEqualTo(timeline.beforeMain());
  }
}
