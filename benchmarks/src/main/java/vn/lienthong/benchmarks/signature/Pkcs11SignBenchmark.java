package vn.lienthong.benchmarks.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.pkcs11.Pkcs11SigningKey;
import vn.lienthong.signature.pkcs11.Pkcs11Token;

/**
 * RSA-2048 PKCS#1 v1.5 signing of CAdES-sized data to sign (about 300 bytes) with the key on a
 * SoftHSM2 token through {@link Pkcs11Token}, against the baseline of the same key in memory
 * through {@link Pkcs12SigningKey}: the ratio is the cost of the PKCS#11 round trip and the token
 * lock.
 *
 * <p>Needs SoftHSM2 ({@code apt-get install softhsm2}) and {@code SOFTHSM2_CONF} set to a writable
 * path, e.g. {@code SOFTHSM2_CONF=/tmp/bench-softhsm/softhsm2.conf java -jar benchmarks.jar
 * Pkcs11SignBenchmark}; the set-up writes that file and a fresh token directory beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Pkcs11SignBenchmark {

  private static final char[] PIN = "123456".toCharArray();
  private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

  private byte[] dataToSign;
  private Pkcs11Token token;
  private Pkcs11SigningKey pkcs11Key;
  private Pkcs12SigningKey pkcs12Key;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null) {
      throw new IllegalStateException("set SOFTHSM2_CONF to a writable path (see the javadoc)");
    }
    Path confFile = Path.of(conf);
    Path tokens = confFile.resolveSibling("tokens-" + System.nanoTime());
    Files.createDirectories(tokens);
    Files.writeString(
        confFile, "directories.tokendir = " + tokens.toAbsolutePath() + "\nlog.level = ERROR\n");
    long slot = initToken();
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair keys = g.generateKeyPair();
    X509Certificate cert = selfSigned(keys);
    Provider p =
        Security.getProvider("SunPKCS11")
            .configure("--name=BenchImport\nlibrary=" + LIBRARY + "\nslot=" + slot + "\n");
    KeyStore ks = KeyStore.getInstance("PKCS11", p);
    ks.load(null, PIN);
    ks.setKeyEntry("bench", keys.getPrivate(), null, new Certificate[] {cert});
    ((AuthProvider) p).logout();
    token = Pkcs11Token.builder().library(LIBRARY).slotId(slot).pin(PIN).open();
    pkcs11Key = token.signingKey("bench");

    KeyStore p12 = KeyStore.getInstance("PKCS12");
    p12.load(null, null);
    p12.setKeyEntry("bench", keys.getPrivate(), PIN, new Certificate[] {cert});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p12.store(out, PIN);
    pkcs12Key = Pkcs12SigningKey.load(new ByteArrayInputStream(out.toByteArray()), PIN, "bench");
    dataToSign = "x".repeat(300).getBytes(StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    token.close();
  }

  @Benchmark
  public byte[] pkcs11Sign() {
    return pkcs11Key.sign(dataToSign, SignatureAlgorithm.RSA_SHA256);
  }

  @Benchmark
  public byte[] pkcs12Sign() {
    return pkcs12Key.sign(dataToSign, SignatureAlgorithm.RSA_SHA256);
  }

  private static long initToken() throws Exception {
    Process proc =
        new ProcessBuilder(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                "bench",
                "--pin",
                new String(PIN),
                "--so-pin",
                "so-bench-pin")
            .redirectErrorStream(true)
            .start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    proc.waitFor(60, TimeUnit.SECONDS);
    Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("softhsm2-util: " + out);
    }
    return Long.parseLong(m.group(1));
  }

  private static X509Certificate selfSigned(KeyPair keys) throws Exception {
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=BENCH PKCS11");
    return new JcaX509CertificateConverter()
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(30))),
                    name,
                    keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }
}
