package vn.lienthong.signature.pades;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Writes large PDFs without holding them in memory (pages whose content streams are padded with
 * comment lines), and signs one in a separate JVM: {@code main(in, out)} is what the large-file
 * test forks with {@code -Xmx256m}.
 */
final class LargePdf {

  private LargePdf() {}

  /** Writes a PDF of about {@code megabytes} MB: one page per MB. */
  static void write(Path file, int megabytes) throws IOException {
    int pages = Math.max(1, megabytes);
    List<Long> offsets = new ArrayList<>();
    byte[] padding = new byte[1024];
    Arrays.fill(padding, (byte) 'x');
    padding[0] = '%';
    padding[padding.length - 1] = '\n';
    try (CountingOut out =
        new CountingOut(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
      offsets.add(out.count);
      out.text("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
      StringBuilder kids = new StringBuilder();
      for (int i = 0; i < pages; i++) {
        kids.append(3 + 2 * i).append(" 0 R ");
      }
      offsets.add(out.count);
      out.text("2 0 obj\n<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>\nendobj\n");
      for (int i = 0; i < pages; i++) {
        offsets.add(out.count);
        out.text(
            (3 + 2 * i)
                + " 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
                + (4 + 2 * i)
                + " 0 R >>\nendobj\n");
        String draw = "0 0 1 RG 50 50 m 500 " + (100 + i % 600) + " l S\n";
        int length = draw.length() + 1024 * padding.length;
        offsets.add(out.count);
        out.text((4 + 2 * i) + " 0 obj\n<< /Length " + length + " >>\nstream\n" + draw);
        for (int k = 0; k < 1024; k++) {
          out.write(padding);
        }
        out.text("\nendstream\nendobj\n");
      }
      long xref = out.count;
      out.text("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
      for (long o : offsets) {
        out.text(String.format("%010d 00000 n \n", o));
      }
      out.text(
          "trailer\n<< /Size "
              + (offsets.size() + 1)
              + " /Root 1 0 R >>\nstartxref\n"
              + xref
              + "\n%%EOF\n");
    }
  }

  /**
   * Signs {@code args[0]} into {@code args[1]} with a fresh test key, streaming file to file; or,
   * with {@code validate file root.pem}, validates a file and exits 0 only when every signature
   * passed and the last covers the whole file.
   *
   * @param args input and output paths, or {@code validate}, the file and the root certificate
   * @throws Exception if signing or validating fails
   */
  public static void main(String[] args) throws Exception {
    if ("validate".equals(args[0])) {
      java.security.cert.X509Certificate root;
      try (var in = Files.newInputStream(Path.of(args[2]))) {
        root =
            (java.security.cert.X509Certificate)
                java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
      }
      var reports =
          PadesValidator.builder().trustAnchors(List.of(root)).build().validate(Path.of(args[1]));
      System.out.println("reports " + reports);
      boolean ok =
          !reports.isEmpty()
              && reports.stream()
                  .allMatch(r -> r.indication() == vn.lienthong.signature.Indication.PASSED)
              && reports.get(reports.size() - 1).fullDocumentSigned();
      System.exit(ok ? 0 : 1);
    }
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    PadesParameters p =
        PadesParameters.builder(
                SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build())
            .build();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])))) {
      PadesSigner.create().sign(Path.of(args[0]), p, PadesFixtures.key(s), out);
    }
    Files.writeString(Path.of(args[1] + ".root.pem"), TestPki.shared().rootPem());
    System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
  }

  private static final class CountingOut extends OutputStream {
    private final OutputStream out;
    private long count;

    CountingOut(OutputStream out) {
      this.out = out;
    }

    void text(String s) throws IOException {
      write(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
