package vn.lienthong.refapp.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A stand-in for the documents module in tests: an unsigned one-page PDF made by PDFBox, so
 * approve-and-sign can be exercised before the real signing module is installed.
 */
public final class TestPdfIssuer implements ResultIssuer {

  @Override
  public IssuedResult issue(IssueRequest request) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return new IssuedResult("Trích lục khai sinh", "01/TLKS", out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
