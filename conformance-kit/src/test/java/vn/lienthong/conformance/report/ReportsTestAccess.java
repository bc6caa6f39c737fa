package vn.lienthong.conformance.report;

/** Lets other test packages parse XML the way ReportsTest does. */
public final class ReportsTestAccess {

  private ReportsTestAccess() {}

  public static org.w3c.dom.Document parse(byte[] xml) throws Exception {
    return ReportsTest.parse(xml);
  }
}
