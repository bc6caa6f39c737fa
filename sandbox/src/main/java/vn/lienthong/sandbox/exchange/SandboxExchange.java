package vn.lienthong.sandbox.exchange;

import java.util.List;

/**
 * The simulated document exchange hub behind {@code /exchange} ({@code
 * contracts/exchange/document-exchange.yaml}): it accepts edXML packages whose structure matches
 * {@code contracts/exchange/edxml.xsd} and whose sender is the calling agency, lists and serves
 * them to the agencies in their {@code To} headers, and records the status messages 01-06 in the
 * order the lifecycle allows. Signatures are not verified yet. Implementations are thread-safe.
 *
 * <pre>{@code
 * SandboxExchange hub = sandbox.exchange();
 * List<ReceivedDocument> inbox = hub.received("000.00.00.H26");
 * List<DocumentStatus> history = hub.statusHistory(inbox.get(0).exchangeId());
 * }</pre>
 *
 * @since 0.1.0
 */
public interface SandboxExchange {

  /**
   * Returns every accepted package, oldest first.
   *
   * @return the packages
   * @since 0.1.0
   */
  List<ReceivedDocument> all();

  /**
   * Returns the packages addressed to an organ, oldest first.
   *
   * @param organId the receiver's agency code, such as {@code 000.00.00.H26}
   * @return the packages
   * @since 0.1.0
   */
  List<ReceivedDocument> received(String organId);

  /**
   * Returns the status messages of a package, oldest first.
   *
   * @param exchangeId the hub's id
   * @return the statuses, empty when the package is unknown or has none
   * @since 0.1.0
   */
  List<DocumentStatus> statusHistory(String exchangeId);

  /**
   * Forgets every package.
   *
   * @since 0.1.0
   */
  void reset();
}
