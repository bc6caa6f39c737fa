package vn.lienthong.refapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;

class StartupTasksTest {

  private final List<String> released = new CopyOnWriteArrayList<>();

  @Test
  void joinRethrowsTheStepsOwnFailureUnchanged() {
    ConfigurationException failure =
        new ConfigurationException(
            RefappErrorCode.DATABASE_UNAVAILABLE, ErrorDetails.field("jdbc:h2:x"), null);
    try (StartupTasks tasks = new StartupTasks(StartupTimeline.start())) {
      Future<String> step =
          tasks.submit(
              "database",
              () -> {
                throw failure;
              },
              released::add);
      assertThatThrownBy(() -> tasks.join("database", step)).isSameAs(failure);
    }
    assertThat(released).isEmpty();
  }

  @Test
  void closeReleasesWhatFinishedStepsStartedWhenTheStartUpFailed() {
    StartupTasks tasks = new StartupTasks(StartupTimeline.start());
    Future<String> sandbox = tasks.submit("sandbox", () -> "sandbox", released::add);
    Future<String> database = tasks.submit("database", () -> "pool", released::add);
    assertThat(tasks.join("sandbox", sandbox)).isEqualTo("sandbox");
    assertThat(tasks.join("database", database)).isEqualTo("pool");
    tasks.close();
    assertThat(released).containsExactlyInAnyOrder("sandbox", "pool");
  }

  @Test
  void keptResultsBelongToTheAppAndAreNotReleased() {
    StartupTasks tasks = new StartupTasks(StartupTimeline.start());
    Future<String> sandbox = tasks.submit("sandbox", () -> "sandbox", released::add);
    tasks.join("sandbox", sandbox);
    tasks.keepResults();
    tasks.close();
    assertThat(released).isEmpty();
  }

  @Test
  void closeWaitsForStepsStillRunningBeforeReleasing() {
    StartupTasks tasks = new StartupTasks(StartupTimeline.start());
    tasks.submit(
        "slow",
        () -> {
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "slow";
        },
        released::add);
    tasks.close();
    assertThat(released).containsExactly("slow");
  }

  @Test
  void everyStepIsTimedWithTheThreadThatRanIt() {
    StartupTimeline timeline = StartupTimeline.start();
    try (StartupTasks tasks = new StartupTasks(timeline)) {
      tasks.join("a", tasks.submit("a", () -> 1, x -> {}));
      tasks.join("b", tasks.submit("b", () -> {}));
    }
    assertThat(timeline.steps())
        .extracting(StartupTimeline.Step::name)
        .containsExactlyInAnyOrder("a", "b");
    assertThat(timeline.steps())
        .allSatisfy(s -> assertThat(s.thread()).startsWith("lienthong-start-"));
  }
}
