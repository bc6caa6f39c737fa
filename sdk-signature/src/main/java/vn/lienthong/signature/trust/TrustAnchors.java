package vn.lienthong.signature.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * A named set of trust anchors: the root certificates a validator accepts as the end of a chain.
 *
 * <p>Viet Nam has two public-service roots: the VGCA root (Ban Cơ yếu Chính phủ, the Government
 * Cipher Committee, for officials' certificates) and the NEAC national root (Trung tâm Chứng thực
 * điện tử quốc gia, for public CAs such as VNPT-CA and Viettel-CA). LienThong ships neither: load
 * them from the files your organisation obtained from those authorities, as PEM or a key store.
 * Keep the sets apart ({@link #vgca(Path)}, {@link #neac(Path)}) so a report can say which one a
 * signer chains to, and combine them in a {@link CertificateVerifier}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * TrustAnchors vgca = TrustAnchors.vgca(Path.of("/etc/lienthong/vgca-roots.pem"));
 * TrustAnchors neac = TrustAnchors.fromKeyStore("NEAC", Path.of("neac.p12"), password);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TrustAnchors {

  /** The largest anchor file read, in bytes (1 MiB). */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  /** The most certificates in one set. */
  public static final int MAX_CERTIFICATES = 256;

  private final String name;
  private final List<X509Certificate> certificates;

  private TrustAnchors(String name, Collection<X509Certificate> certificates) {
    this.name = name;
    this.certificates = List.copyOf(new LinkedHashSet<>(certificates));
  }

  /**
   * Creates a set from certificates already loaded.
   *
   * @param name the set's name for reports, such as {@code "VGCA"}
   * @param certificates the root (or intermediate) CA certificates, at least one
   * @return the set
   * @throws ConfigurationException if the collection is empty or too large, or a certificate is not
   *     a CA certificate ({@code LT-SIG-0601})
   * @throws NullPointerException if an argument or element is null
   */
  public static TrustAnchors of(String name, Collection<X509Certificate> certificates) {
    Objects.requireNonNull(name, "name");
    List<X509Certificate> list = new ArrayList<>();
    for (X509Certificate c : certificates) {
      list.add(Objects.requireNonNull(c, "certificate"));
    }
    if (list.isEmpty() || list.size() > MAX_CERTIFICATES) {
      throw invalid(
          name, "expected 1 to " + MAX_CERTIFICATES + " certificates, got " + list.size());
    }
    for (X509Certificate c : list) {
      boolean selfSignedV1 =
          c.getVersion() < 3 && c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
      if (c.getBasicConstraints() < 0 && !selfSignedV1) {
        throw invalid(name, "not a CA certificate: " + c.getSubjectX500Principal().getName());
      }
    }
    return new TrustAnchors(name, list);
  }

  /**
   * Loads the VGCA (Government Cipher Committee) roots from a PEM or key store file you supply.
   *
   * @param file a PEM file, or a PKCS#12/JKS key store without password
   * @return the set named {@code "VGCA"}
   * @throws ConfigurationException if the file cannot be read or holds no CA certificate ({@code
   *     LT-SIG-0601})
   * @throws NullPointerException if the argument is null
   */
  public static TrustAnchors vgca(Path file) {
    return fromFile("VGCA", file);
  }

  /**
   * Loads the NEAC (national electronic authentication centre) roots from a PEM or key store file.
   *
   * @param file a PEM file, or a PKCS#12/JKS key store without password
   * @return the set named {@code "NEAC"}
   * @throws ConfigurationException if the file cannot be read or holds no CA certificate ({@code
   *     LT-SIG-0601})
   * @throws NullPointerException if the argument is null
   */
  public static TrustAnchors neac(Path file) {
    return fromFile("NEAC", file);
  }

  /**
   * Loads a set from a PEM file (one or more {@code CERTIFICATE} blocks) or, for names ending in
   * {@code .p12}, {@code .pfx} or {@code .jks}, from a key store without password.
   *
   * @param name the set's name
   * @param file the file
   * @return the set
   * @throws ConfigurationException if the file cannot be read or holds no CA certificate ({@code
   *     LT-SIG-0601})
   * @throws NullPointerException if an argument is null
   */
  public static TrustAnchors fromFile(String name, Path file) {
    Objects.requireNonNull(name, "name");
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".p12") || lower.endsWith(".pfx") || lower.endsWith(".jks")) {
      return fromKeyStore(name, file, new char[0]);
    }
    return fromPem(name, read(name, file));
  }

  /**
   * Loads a set from PEM or DER certificate bytes.
   *
   * @param name the set's name
   * @param pemOrDer the bytes, at most {@link #MAX_FILE_BYTES}
   * @return the set
   * @throws ConfigurationException if the bytes hold no readable CA certificate ({@code
   *     LT-SIG-0601})
   * @throws NullPointerException if an argument is null
   */
  public static TrustAnchors fromPem(String name, byte[] pemOrDer) {
    Objects.requireNonNull(name, "name");
    if (pemOrDer.length > MAX_FILE_BYTES) {
      throw invalid(name, "file larger than " + MAX_FILE_BYTES + " bytes");
    }
    List<X509Certificate> list = new ArrayList<>();
    try {
      for (Certificate c :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(pemOrDer))) {
        list.add((X509Certificate) c);
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw invalid(name, "not PEM or DER certificates (" + e.getClass().getSimpleName() + ")");
    }
    return of(name, list);
  }

  /**
   * Loads the trusted certificate entries (and certificates of key entries) of a key store.
   *
   * @param name the set's name
   * @param file a PKCS#12 or JKS key store
   * @param password its password (empty for none)
   * @return the set
   * @throws ConfigurationException if the store cannot be read or holds no CA certificate ({@code
   *     LT-SIG-0601})
   * @throws NullPointerException if an argument is null
   */
  public static TrustAnchors fromKeyStore(String name, Path file, char[] password) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(password, "password");
    byte[] bytes = read(name, file);
    List<X509Certificate> list = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(in, password);
      for (String alias : Collections.list(ks.aliases())) {
        if (ks.getCertificate(alias) instanceof X509Certificate c) {
          list.add(c);
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw invalid(name, "key store unreadable (" + e.getClass().getSimpleName() + ")");
    }
    return of(name, list);
  }

  /**
   * Returns the set's name.
   *
   * @return the name, such as {@code "VGCA"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the anchor certificates.
   *
   * @return the unmodifiable certificates, never empty
   */
  public List<X509Certificate> certificates() {
    return certificates;
  }

  /**
   * Tells whether a certificate is one of this set's anchors.
   *
   * @param certificate the certificate
   * @return true if it is in the set
   */
  public boolean contains(X509Certificate certificate) {
    return Set.copyOf(certificates).contains(certificate);
  }

  private static byte[] read(String name, Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw invalid(name, "file larger than " + MAX_FILE_BYTES + " bytes: " + file.getFileName());
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw invalid(name, "file unreadable: " + file.getFileName());
    }
  }

  private static ConfigurationException invalid(String name, String reason) {
    return new ConfigurationException(
        SignatureErrorCode.TRUST_ANCHOR_FILE_INVALID,
        ErrorDetails.field("trustAnchors").rejectedValue(name).with("reason", reason),
        null);
  }

  @Override
  public String toString() {
    return "TrustAnchors[" + name + ", " + certificates.size() + " certificates]";
  }
}
