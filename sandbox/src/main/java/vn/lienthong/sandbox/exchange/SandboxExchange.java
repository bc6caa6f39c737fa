package vn.lienthong.sandbox.exchange;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/**
 * The simulated document exchange hub behind {@code /exchange} ({@code
 * contracts/exchange/document-exchange.yaml}): it accepts edXML packages whose structure matches
 * {@code contracts/exchange/edxml.xsd} and whose sender is the calling agency, lists and serves
 * them to the agencies in their {@code To} headers, and records the status messages 01-06 in the
 * order the lifecycle allows. It verifies each package's XML signature (in {@code edXMLHeader})
 * with sdk-signature and refuses unsigned or tampered packages, and, once {@link #trustAnchors} are
 * set, signers outside them ({@code 422 LT-BUS-0501}, as edXML status 02 would). Implementations
 * are thread-safe.
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

  /**
   * Sets the certificates signers must chain to. Empty (the default) checks each signature's
   * integrity (digest, signature value, algorithms, key size) but trusts any signer.
   *
   * @param anchors the trust anchors; copied
   * @throws NullPointerException if the collection or an element is null
   * @since 0.1.0
   */
  void trustAnchors(Collection<X509Certificate> anchors);

  /**
   * Turns the signature check on (the default) or off, for tests of other parts that send unsigned
   * packages.
   *
   * @param required true to refuse unsigned and invalid packages
   * @since 0.1.0
   */
  void requireSignatures(boolean required);

  /**
   * Tells whether the hub refuses unsigned and invalid packages.
   *
   * @return true by default
   * @since 0.1.0
   */
  boolean signaturesRequired();
}
