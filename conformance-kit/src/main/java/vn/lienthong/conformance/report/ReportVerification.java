package vn.lienthong.conformance.report;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ReportVerifier} found about a report and its signature.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param valid true if the signature is valid over the report's bytes
 * @param integrityOnly true if the signer was trusted only through the chain embedded in the
 *     signature: the report is unchanged, but who signed it is not proven
 * @param signer the signer certificate's subject, empty when unknown
 * @param messages what the validator observed (English)
 * @since 0.1.0
 */
public record ReportVerification(
    boolean valid, boolean integrityOnly, String signer, List<String> messages) {

  /**
   * Checks the parts and copies the list.
   *
   * @param valid whether the signature is valid
   * @param integrityOnly whether only integrity is proven
   * @param signer the signer's subject
   * @param messages the validator's messages
   * @throws NullPointerException if a part is null
   */
  public ReportVerification {
    Objects.requireNonNull(signer, "signer");
    messages = List.copyOf(messages);
  }
}
