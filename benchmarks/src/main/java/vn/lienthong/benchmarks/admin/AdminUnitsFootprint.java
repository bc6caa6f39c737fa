package vn.lienthong.benchmarks.admin;

import org.openjdk.jol.info.GraphLayout;
import vn.lienthong.core.internal.admin.UnitTables;

/**
 * Measures, in a fresh JVM, the first load's wall time and the retained heap of the loaded tables
 * (JOL object-graph walk: everything reachable from the tables, including names and indexes).
 * Target: 3 MB. Run: {@code java -Djdk.attach.allowAttachSelf=true -cp
 * benchmarks/target/benchmarks.jar vn.lienthong.benchmarks.admin.AdminUnitsFootprint} (without the
 * property JOL cannot attach its agent and fails on record fields).
 */
public final class AdminUnitsFootprint {

  private AdminUnitsFootprint() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    UnitTables tables = UnitTables.loadJuly2025();
    long firstLoadMicros = (System.nanoTime() - start) / 1_000;
    GraphLayout layout = GraphLayout.parseInstance(tables);
    // A measuring tool, not library code: it reports on the console.
    System.out.printf("first load in a fresh JVM: %.1f ms%n", firstLoadMicros / 1000.0);
    System.out.printf(
        "retained heap: %d bytes (%.2f MB) in %d objects%n",
        layout.totalSize(), layout.totalSize() / 1048576.0, layout.totalCount());
    if (args.length > 0 && args[0].equals("-v")) {
      System.out.println(layout.toFootprint());
    }
  }
}
