package vn.lienthong.conformance.internal.cli;

import java.io.PrintStream;
import vn.lienthong.conformance.Outcome;
import vn.lienthong.conformance.ProgressListener;
import vn.lienthong.conformance.RequirementResult;

/**
 * Prints one Vietnamese line per requirement, coloured only on a terminal. Called from the run's
 * thread only.
 */
public final class ConsoleProgress implements ProgressListener {

  private final PrintStream out;
  private final boolean ansi;

  /**
   * Creates the listener.
   *
   * @param out where to print
   * @param ansi true to colour the outcome (a terminal that understands ANSI escapes)
   */
  public ConsoleProgress(PrintStream out, boolean ansi) {
    this.out = out;
    this.ansi = ansi;
  }

  @Override
  public void finished(RequirementResult result) {
    Outcome o = result.outcome();
    String label = String.format("%-17s", "[" + o.vietnamese() + "]");
    if (ansi) {
      String colour =
          switch (o) {
            case PASSED -> "\u001b[32m";
            case FAILED -> "\u001b[31;1m";
            case ERROR -> "\u001b[33m";
            case SKIPPED -> "\u001b[90m";
          };
      label = colour + label + "\u001b[0m";
    }
    out.println(
        label
            + " "
            + result.requirement().id()
            + "  "
            + result.requirement().title().vi()
            + " ("
            + result.requirement().level().vietnamese().toLowerCase(java.util.Locale.ROOT)
            + ")");
    out.flush();
  }
}
