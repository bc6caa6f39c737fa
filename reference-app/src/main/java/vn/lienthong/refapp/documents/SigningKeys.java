package vn.lienthong.refapp.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.pkcs11.Pkcs11Token;

/**
 * The two keys that sign results: the competent person's (approver) and the agency's (seal), with
 * the trust anchors their certificates chain to.
 *
 * <p>Each role's key comes from {@code signing.<role>.source} ({@code approver} or {@code agency}):
 * {@code demo} (the default: a demo PKI generated under {@code data.dir/pki/}), {@code pkcs12}
 * ({@code signing.<role>.pkcs12.path}, {@code .password}, {@code .alias}), {@code pkcs11} ({@code
 * signing.<role>.pkcs11.library}, {@code .slot}, {@code .pin}, {@code .label}) or {@code external}
 * (an embedder registers a {@code SigningKeys} built with {@link #of} from {@code
 * ExternalSigningKey} or a remote signing adapter in the {@code AppContext} before the documents
 * module starts). {@code signing.trust-anchors} lists PEM files of extra root certificates.
 *
 * <p>Instances are thread-safe; {@link #close()} closes the PKCS#11 sessions they opened.
 *
 * <pre>{@code
 * try (SigningKeys keys = SigningKeys.fromConfig(config, clock.instant())) {
 *   ResultDocuments documents = ResultDocuments.builder().keys(keys).build();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SigningKeys implements AutoCloseable {

  /**
   * Where a role's key comes from: {@code demo}, {@code pkcs12}, {@code pkcs11}, {@code external}.
   */
  public static final String SOURCE = "signing.%s.source";

  /** A role's PKCS#12 file. */
  public static final String PKCS12_PATH = "signing.%s.pkcs12.path";

  /** A role's PKCS#12 password. */
  public static final String PKCS12_PASSWORD = "signing.%s.pkcs12.password";

  /** A role's PKCS#12 alias. */
  public static final String PKCS12_ALIAS = "signing.%s.pkcs12.alias";

  /** A role's PKCS#11 library ({@code /usr/lib/softhsm/libsofthsm2.so}). */
  public static final String PKCS11_LIBRARY = "signing.%s.pkcs11.library";

  /** A role's PKCS#11 slot index (default 0). */
  public static final String PKCS11_SLOT = "signing.%s.pkcs11.slot";

  /** A role's PKCS#11 user PIN. */
  public static final String PKCS11_PIN = "signing.%s.pkcs11.pin";

  /** A role's PKCS#11 key label. */
  public static final String PKCS11_LABEL = "signing.%s.pkcs11.label";

  /** Comma-separated PEM files of root certificates to trust besides the keys' own roots. */
  public static final String TRUST_ANCHORS = "signing.trust-anchors";

  /** The commune whose agency the demo PKI's organisation certificate names (default 00004). */
  public static final String DEMO_COMMUNE = "signing.demo.commune";

  /** The approver's name in the demo PKI's person certificate. */
  public static final String DEMO_APPROVER = "signing.demo.approver";

  /** The role of the competent person. */
  public static final String APPROVER = "approver";

  /** The role of the agency. */
  public static final String AGENCY = "agency";

  /** The most approving officers the demo PKI keeps a key for. */
  public static final int MAX_DEMO_APPROVERS = 256;

  private final SigningKey approver;
  private final SigningKey agency;
  private final List<X509Certificate> trustAnchors;
  private final List<AutoCloseable> resources;
  private final DemoPki.@Nullable Keys demo;
  private final @Nullable String demoAgencyName;
  private final java.util.Map<String, SigningKey> demoApprovers =
      new java.util.concurrent.ConcurrentHashMap<>();

  private SigningKeys(
      SigningKey approver,
      SigningKey agency,
      Collection<X509Certificate> anchors,
      List<AutoCloseable> resources,
      DemoPki.@Nullable Keys demo,
      @Nullable String demoAgencyName) {
    this.approver = approver;
    this.agency = agency;
    this.demo = demo;
    this.demoAgencyName = demoAgencyName;
    Set<X509Certificate> all = new LinkedHashSet<>(anchors);
    all.add(root(approver));
    all.add(root(agency));
    this.trustAnchors = List.copyOf(all);
    this.resources = List.copyOf(resources);
  }

  /**
   * Returns keys given directly (for example {@code ExternalSigningKey}s of a browser or remote
   * signer); the last certificate of each chain is trusted as well.
   *
   * @param approver the competent person's key
   * @param agency the agency's key
   * @param trustAnchors further root certificates to trust (may be empty)
   * @return the keys
   * @throws NullPointerException if an argument is null
   */
  public static SigningKeys of(
      SigningKey approver, SigningKey agency, Collection<X509Certificate> trustAnchors) {
    return new SigningKeys(
        Objects.requireNonNull(approver, "approver"),
        Objects.requireNonNull(agency, "agency"),
        trustAnchors,
        List.of(),
        null,
        null);
  }

  /**
   * Loads the keys the settings name.
   *
   * @param config the settings
   * @param now the current time (to renew demo certificates about to expire)
   * @return the keys
   * @throws ConfigurationException if a key cannot be loaded ({@code LT-APP-0201}), the demo PKI
   *     cannot be written ({@code LT-APP-0202}) or a source is {@code external} ({@code
   *     LT-APP-0001}: register the keys instead)
   */
  public static SigningKeys fromConfig(AppConfig config, Instant now) {
    List<AutoCloseable> resources = new ArrayList<>();
    try {
      DemoPki.Keys demo = null;
      DemoPki.Keys demoApprover = null;
      SigningKey[] keys = new SigningKey[2];
      String[] roles = {APPROVER, AGENCY};
      for (int i = 0; i < 2; i++) {
        String role = roles[i];
        String source = config.get(SOURCE.formatted(role), "demo").toLowerCase(Locale.ROOT);
        switch (source) {
          case "demo" -> {
            if (demo == null) {
              demo = demo(config, now);
            }
            keys[i] = role.equals(APPROVER) ? demo.approver() : demo.agency();
            if (role.equals(APPROVER)) {
              demoApprover = demo;
            }
          }
          case "pkcs12" -> keys[i] = pkcs12(config, role);
          case "pkcs11" -> keys[i] = pkcs11(config, role, resources);
          default ->
              throw new ConfigurationException(
                  RefappErrorCode.INVALID_SETTING,
                  ErrorDetails.field(SOURCE.formatted(role))
                      .rule(
                          "demo, pkcs12 or pkcs11; for external, register SigningKeys in the"
                              + " AppContext before the documents module starts")
                      .rejectedValue(source),
                  null);
        }
      }
      return new SigningKeys(
          keys[0],
          keys[1],
          anchors(config),
          resources,
          demoApprover,
          demoApprover == null ? null : demoAgencyName(config));
    } catch (RuntimeException e) {
      closeAll(resources);
      throw e;
    }
  }

  /**
   * Returns the competent person's key.
   *
   * @return the key
   */
  public SigningKey approver() {
    return approver;
  }

  /**
   * Returns the key that signs for a named approving officer: with the demo PKI, a demo person
   * certificate in that officer's name (issued by the demo CA at first use and kept in memory);
   * with a configured key (PKCS#12, PKCS#11, external), that key, whose certificate names its
   * holder.
   *
   * @param fullName the approving officer's full name, as the officer SSO gives it
   * @return the key
   * @throws ConfigurationException if a demo certificate cannot be issued ({@code LT-APP-0202})
   * @throws NullPointerException if the argument is null
   */
  public SigningKey approverFor(String fullName) {
    Objects.requireNonNull(fullName, "fullName");
    DemoPki.Keys keys = demo;
    if (keys == null || fullName.isBlank()) {
      return approver;
    }
    SigningKey known = demoApprovers.get(fullName);
    if (known != null) {
      return known;
    }
    if (demoApprovers.size() >= MAX_DEMO_APPROVERS) {
      demoApprovers.clear();
    }
    return demoApprovers.computeIfAbsent(
        fullName,
        n ->
            DemoPki.person(
                keys, n, Objects.requireNonNull(demoAgencyName), java.time.Instant.now()));
  }

  /**
   * Returns the agency's key.
   *
   * @return the key
   */
  public SigningKey agency() {
    return agency;
  }

  /**
   * Returns the root certificates results are validated against.
   *
   * @return the unmodifiable trust anchors
   */
  public List<X509Certificate> trustAnchors() {
    return trustAnchors;
  }

  /** Closes the PKCS#11 sessions opened by {@link #fromConfig}; the keys no longer sign. */
  @Override
  public void close() {
    closeAll(resources);
  }

  private static DemoPki.Keys demo(AppConfig config, Instant now) {
    String approver = config.get(DEMO_APPROVER, "Trịnh Văn Quang");
    return DemoPki.loadOrCreate(
        config.dataDir().resolve("pki"), approver, demoAgencyName(config), now);
  }

  private static String demoAgencyName(AppConfig config) {
    String code = config.get(DEMO_COMMUNE, "00004");
    Commune commune =
        AdministrativeUnits.current()
            .commune(code)
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        RefappErrorCode.INVALID_SETTING,
                        ErrorDetails.field(DEMO_COMMUNE)
                            .rule("a commune code of the current unit list")
                            .rejectedValue(code),
                        null));
    return IssuingOffice.of(commune).agencyName();
  }

  private static SigningKey pkcs12(AppConfig config, String role) {
    String path = required(config, PKCS12_PATH.formatted(role));
    char[] password = required(config, PKCS12_PASSWORD.formatted(role)).toCharArray();
    String alias = required(config, PKCS12_ALIAS.formatted(role));
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      return Pkcs12SigningKey.load(in, password, alias);
    } catch (IOException e) {
      throw unavailable(PKCS12_PATH.formatted(role), "a readable PKCS#12 file", e);
    } catch (LienThongException e) {
      throw unavailable(PKCS12_PATH.formatted(role), e.code(), e);
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
  }

  private static SigningKey pkcs11(AppConfig config, String role, List<AutoCloseable> resources) {
    String library = required(config, PKCS11_LIBRARY.formatted(role));
    char[] pin = required(config, PKCS11_PIN.formatted(role)).toCharArray();
    String label = required(config, PKCS11_LABEL.formatted(role));
    try {
      Pkcs11Token token =
          Pkcs11Token.builder()
              .library(Path.of(library))
              .slotIndex(config.getInt(PKCS11_SLOT.formatted(role), 0))
              .pin(pin)
              .open();
      resources.add(token);
      return token.signingKey(label);
    } catch (LienThongException e) {
      throw unavailable(PKCS11_LIBRARY.formatted(role), e.code(), e);
    } finally {
      java.util.Arrays.fill(pin, '\0');
    }
  }

  private static List<X509Certificate> anchors(AppConfig config) {
    List<X509Certificate> out = new ArrayList<>();
    for (String file : config.get(TRUST_ANCHORS, "").split(",")) {
      if (file.isBlank()) {
        continue;
      }
      try (InputStream in = Files.newInputStream(Path.of(file.strip()))) {
        for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          out.add((X509Certificate) c);
        }
      } catch (IOException | CertificateException e) {
        throw unavailable(TRUST_ANCHORS, "readable PEM certificates", e);
      }
    }
    return out;
  }

  private static X509Certificate root(SigningKey key) {
    List<X509Certificate> chain = key.certificateChain();
    return chain.get(chain.size() - 1);
  }

  private static String required(AppConfig config, String key) {
    return config
        .get(key)
        .orElseThrow(
            () ->
                new ConfigurationException(
                    RefappErrorCode.INVALID_SETTING,
                    ErrorDetails.field(key).rule("required"),
                    null));
  }

  private static ConfigurationException unavailable(String field, String rule, Throwable cause) {
    return new ConfigurationException(
        RefappErrorCode.SIGNING_KEY_UNAVAILABLE, ErrorDetails.field(field).rule(rule), cause);
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception ignored) {
        // closing a token that is already gone: nothing more to release
      }
    }
  }

  /**
   * Describes the keys without their subjects (a person's certificate names the person).
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "SigningKeys["
        + approver.getClass().getSimpleName()
        + ", "
        + agency.getClass().getSimpleName()
        + ", "
        + trustAnchors.size()
        + " trust anchors]";
  }
}
