package vn.lienthong.registry.edxml;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Objects;
import org.w3c.dom.Document;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.contracts.ContractValidationResult;
import vn.lienthong.core.contracts.ContractValidator;
import vn.lienthong.core.contracts.ContractViolation;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.internal.edxml.PackageXml;
import vn.lienthong.registry.internal.edxml.SafeXml;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.xmldsig.XmlDsigValidator;

/**
 * Reads and checks a received edXML package: size cap, well-formed XML without DTD, the QCVN
 * 102:2016 structure of {@code contracts/exchange/edxml.xsd}, manifest and attachments naming the
 * same parts, then the enveloped signature in {@code edXMLHeader} against the trust anchors.
 *
 * <p>A package that cannot be read is an exception; a readable package whose signature fails is a
 * result with a FAILED report. Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * EdxmlValidator validator = EdxmlValidator.create(List.of(vgcaRoot));
 * EdxmlValidationResult r = validator.validate(received);
 * if (r.valid()) {
 *   store(r.edxmlPackage());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EdxmlValidator {

  private static final String OPERATION = "exchange/document-exchange#sendDocument";

  private final XmlDsigValidator signatures;
  private final ContractValidator contracts;

  private EdxmlValidator(XmlDsigValidator signatures) {
    this.signatures = signatures;
    this.contracts = ContractValidator.create();
  }

  /**
   * Returns a validator trusting the given roots.
   *
   * @param trustAnchors the root certificates
   * @return the validator
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalStateException if the collection is empty
   */
  public static EdxmlValidator create(Collection<X509Certificate> trustAnchors) {
    return new EdxmlValidator(Edxml.signatureValidator(trustAnchors));
  }

  /**
   * Reads a package and validates it.
   *
   * @param edxml the received package
   * @return the package and its signature report
   * @throws NullPointerException if the argument is null
   * @throws InvalidInputException with {@code LT-REG-0201} (too large), {@code LT-REG-0202}
   *     (malformed or DTD), {@code LT-REG-0203} (structure) or {@code LT-REG-0204} (manifest and
   *     attachments differ)
   */
  public EdxmlValidationResult validate(byte[] edxml) {
    Document document =
        SafeXml.parse(Objects.requireNonNull(edxml, "edxml"), Edxml.MAX_PACKAGE_BYTES);
    checkStructure(contracts, edxml);
    EdxmlPackage read = PackageXml.read(document);
    ValidationReport report = signatures.validate(edxml);
    return new EdxmlValidationResult(read, report);
  }

  /**
   * Reads a package without checking its signature, for example to show what arrived before the
   * signature is judged.
   *
   * @param edxml the package
   * @return the package
   * @throws NullPointerException if the argument is null
   * @throws InvalidInputException as {@link #validate(byte[])}
   */
  public EdxmlPackage read(byte[] edxml) {
    Document document =
        SafeXml.parse(Objects.requireNonNull(edxml, "edxml"), Edxml.MAX_PACKAGE_BYTES);
    checkStructure(contracts, edxml);
    return PackageXml.read(document);
  }

  static void checkStructure(ContractValidator contracts, byte[] xml) {
    ContractValidationResult r =
        contracts.validateRequestBody(OPERATION, new String(xml, StandardCharsets.UTF_8));
    if (!r.valid()) {
      ContractViolation first = r.violations().get(0);
      throw new InvalidInputException(
          RegistryErrorCode.EDXML_STRUCTURE,
          ErrorDetails.field(element(first.messageEn())).rule(first.rule()));
    }
  }

  private static String element(String message) {
    int start = message.indexOf("Element ");
    int end = message.indexOf(' ', start + 8);
    return start < 0 || end < 0 ? "edXMLEnvelope" : message.substring(start + 8, end);
  }
}
