package vn.lienthong.interop.dss;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * EU DSS 6.4 as an offline oracle for the test PKI: the test root as the only trusted certificate,
 * the root's and the issuing CA's CRLs as the only revocation data (no OCSP, no AIA fetching),
 * DSS's default validation policy. Without the CRLs DSS answers INDETERMINATE for any certificate
 * below the root. Each validation keeps the file and DSS's simple report under {@code
 * target/interop/}.
 *
 * <p>Instances are not thread-safe (DSS runs in {@link IsolatedDss}).
 */
final class DssOracle implements AutoCloseable {

  /** Where the validated files and the simple reports are written, for other tools and people. */
  static final Path OUTPUT = Path.of("target", "interop");

  /** DSS's verdict on one signature. */
  record Verdict(
      String id,
      String indication,
      String subIndication,
      String format,
      String signedBy,
      List<String> errors,
      List<String> warnings,
      long byteRangeEnd,
      boolean fullScope,
      boolean modificationsDetected) {}

  private final IsolatedDss dss;

  DssOracle() throws Exception {
    dss = new IsolatedDss(Samples.person());
  }

  /**
   * Validates a signed file (with its detached content, if any) and keeps the file as {@code
   * target/interop/<name>.<extension>} and DSS's simple report as {@code <name>.simple-report.xml}.
   *
   * @param name a file-name stem, e.g. {@code xades-b-b-enveloped}
   * @param extension the file's extension, e.g. {@code xml}
   * @param signed the signed file
   * @param detached the detached content, or null
   * @param knownCertificates certificates DSS is given out of band (DER)
   * @return one verdict per signature DSS found
   * @throws Exception if the outputs cannot be written
   */
  List<Verdict> validate(
      String name,
      String extension,
      byte[] signed,
      byte @Nullable [] detached,
      List<byte[]> knownCertificates)
      throws Exception {
    Files.createDirectories(OUTPUT);
    String file = name + "." + extension;
    Files.write(OUTPUT.resolve(file), signed);
    Map<String, Object> result = dss.validate(signed, file, detached, knownCertificates);
    Files.writeString(
        OUTPUT.resolve(name + ".simple-report.xml"), (String) result.get("simpleReport"));
    return verdicts(result, true);
  }

  /**
   * Validates a detached XAdES signature with its external file given by name, keeping the
   * signature, the file and DSS's simple report under {@code target/interop/}.
   *
   * @param name a file-name stem, e.g. {@code xades-detached-b-b}
   * @param signed the signature document
   * @param detached the external file
   * @param detachedName the external file's name (the reference URI)
   * @return one verdict per signature DSS found
   * @throws Exception if the outputs cannot be written
   */
  List<Verdict> validateXadesDetached(
      String name, byte[] signed, byte[] detached, String detachedName) throws Exception {
    Files.createDirectories(OUTPUT);
    String file = name + ".xml";
    Files.write(OUTPUT.resolve(file), signed);
    Files.write(OUTPUT.resolve(detachedName), detached);
    Map<String, Object> result = dss.validateXadesDetached(signed, file, detached, detachedName);
    Files.writeString(
        OUTPUT.resolve(name + ".simple-report.xml"), (String) result.get("simpleReport"));
    return verdicts(result, false);
  }

  /**
   * DSS's per-signature results as verdicts; the PDF fields (byte range end, full scope,
   * modifications) are read only for PDF validations and left at -1 and false otherwise.
   */
  @SuppressWarnings("unchecked")
  private static List<Verdict> verdicts(Map<String, Object> result, boolean pdfFields) {
    return ((List<Map<String, Object>>) result.get("signatures"))
        .stream()
            .map(
                s ->
                    new Verdict(
                        (String) s.get("id"),
                        (String) s.get("indication"),
                        (String) s.get("subIndication"),
                        (String) s.get("format"),
                        (String) s.get("signedBy"),
                        (List<String>) s.get("errors"),
                        (List<String>) s.get("warnings"),
                        pdfFields && s.containsKey("byteRangeEnd")
                            ? (Long) s.get("byteRangeEnd")
                            : -1,
                        pdfFields && Boolean.TRUE.equals(s.get("fullScope")),
                        pdfFields && Boolean.TRUE.equals(s.get("modificationsDetected"))))
            .toList();
  }

  @Override
  public void close() {
    dss.close();
  }
}
