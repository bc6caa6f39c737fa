package vn.lienthong.conformance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Writes the root certificate of the kit's test PKI, whose key signs the document the kit sends a
 * target in the exchange checks ({@code LT-EXC-002}), so the province can configure it as the
 * target's trust anchor for received edXML. Stateless and thread-safe.
 */
final class ExchangeRoot {

  static final String FILE = "kit-exchange-root.pem";

  private ExchangeRoot() {}

  static Path write(Path dir) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(
          dir.resolve(FILE), TestPki.shared().rootPem(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("the test PKI's root could not be written", e);
    }
  }
}
