package vn.lienthong.signature.pkcs11;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.lienthong.signature.testpki.TestPki;

/**
 * A SoftHSM2 token for tests (Debian {@code softhsm2}, installed by {@code .ci/run}): the Surefire
 * configuration points {@code SOFTHSM2_CONF} at {@code target/softhsm2/softhsm2.conf}; this fixture
 * writes that file, initialises two fresh tokens with {@code softhsm2-util} before the library is
 * first loaded in the JVM, and imports test keys from {@link TestPki} through SunPKCS11. Skipped
 * with a message when SoftHSM2 is absent outside CI; fails on CI.
 */
final class SoftHsm {

  static final Path LIBRARY = findLibrary();
  static final char[] PIN = "123456".toCharArray();
  static final String RSA_LABEL = "rsa-signer";
  static final String EC_LABEL = "ec-signer";
  static final String WEAK_LABEL = "rsa-1024";

  private static SoftHsm shared;

  final long slotId;
  final long pinTestSlotId;
  final TestPki.Signer rsa;
  final TestPki.Signer ec;

  private SoftHsm(long slotId, long pinTestSlotId, TestPki.Signer rsa, TestPki.Signer ec) {
    this.slotId = slotId;
    this.pinTestSlotId = pinTestSlotId;
    this.rsa = rsa;
    this.ec = ec;
  }

  /** Returns the shared fixture, creating the tokens once per JVM; skips or fails when absent. */
  static synchronized SoftHsm shared() throws Exception {
    if (shared == null) {
      requireSoftHsm();
      String conf = System.getenv("SOFTHSM2_CONF");
      assumeTrue(conf != null, "SOFTHSM2_CONF is not set: run through Maven (Surefire sets it)");
      Path confFile = Path.of(conf);
      Path tokens = confFile.resolveSibling("tokens");
      if (Files.exists(tokens)) {
        try (Stream<Path> s = Files.walk(tokens)) {
          s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(tokens);
      Files.writeString(
          confFile,
          "directories.tokendir = "
              + tokens.toAbsolutePath()
              + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
      long slot = initToken("lienthong-test");
      long pinSlot = initToken("lienthong-pin");
      TestPki pki = TestPki.shared();
      TestPki.Signer rsa = pki.rsaSigner(2048);
      TestPki.Signer ec = pki.ecSigner("secp256r1");
      Provider p =
          Security.getProvider("SunPKCS11")
              .configure(
                  "--name=LienThongTestImport\nlibrary=" + LIBRARY + "\nslot=" + slot + "\n");
      KeyStore ks = KeyStore.getInstance("PKCS11", p);
      ks.load(null, PIN);
      ks.setKeyEntry(
          RSA_LABEL, rsa.keys().getPrivate(), null, new Certificate[] {rsa.certificate()});
      ks.setKeyEntry(EC_LABEL, ec.keys().getPrivate(), null, new Certificate[] {ec.certificate()});
      TestPki.Signer weak = pki.rsaSigner(1024);
      ks.setKeyEntry(
          WEAK_LABEL, weak.keys().getPrivate(), null, new Certificate[] {weak.certificate()});
      ((AuthProvider) p).logout();
      shared = new SoftHsm(slot, pinSlot, rsa, ec);
    }
    return shared;
  }

  /** Opens the main test token by slot id. */
  Pkcs11Token open() {
    return Pkcs11Token.builder().library(LIBRARY).slotId(slotId).pin(PIN).open();
  }

  private static long initToken(String label) throws Exception {
    Process p =
        new ProcessBuilder(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                label,
                "--pin",
                new String(PIN),
                "--so-pin",
                "so-test-pin")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("softhsm2-util failed: " + out);
    }
    Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no slot in softhsm2-util output: " + out);
    }
    return Long.parseLong(m.group(1));
  }

  private static void requireSoftHsm() {
    boolean present = LIBRARY != null && Files.isRegularFile(LIBRARY) && onPath("softhsm2-util");
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("SoftHSM2 is required on CI: apt-get install -y softhsm2 (.ci/run does it)");
    }
    assumeTrue(
        present,
        "SoftHSM2 is not installed: apt-get install -y softhsm2 opensc (the CI script .ci/run does"
            + " it)");
  }

  private static Path findLibrary() {
    for (String s :
        new String[] {
          "/usr/lib/softhsm/libsofthsm2.so",
          "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
          "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
          "/usr/local/lib/softhsm/libsofthsm2.so"
        }) {
      if (Files.isRegularFile(Path.of(s))) {
        return Path.of(s);
      }
    }
    return Path.of("/usr/lib/softhsm/libsofthsm2.so");
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
