package vn.lienthong.buildtools.admin;

import java.util.List;

/** The source lists are inconsistent; the message lists every problem found. */
final class DataStepException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  DataStepException(String what, List<String> problems) {
    super(
        what
            + ": "
            + problems.size()
            + " problem(s)\n  - "
            + String.join("\n  - ", problems.subList(0, Math.min(problems.size(), 50)))
            + (problems.size() > 50 ? "\n  ... and " + (problems.size() - 50) + " more" : ""));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
