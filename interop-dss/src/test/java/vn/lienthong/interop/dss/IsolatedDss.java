package vn.lienthong.interop.dss;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.testpki.TestPki;

/**
 * EU DSS 6.4 in a class loader of its own, on the library versions DSS pins (Santuario 3.0.6, BC
 * 1.83, PDFBox 3.0.6), next to our code on ours (Santuario 4.0.4, BC 1.86, PDFBox 3.0.8) in the
 * same JVM. DSS 6.4 fails on the newer ones: its XAdES code calls Santuario 3 methods removed in 4
 * ({@code XMLSignatureInput.getOctetStreamReal}), and with BC 1.86 and PDFBox 3.0.8 it finds no
 * PAdES signature: BC refuses the zero padding after the CMS in {@code /Contents} ("Extra data
 * detected in stream").
 *
 * <p>The class path comes from the build ({@code target/dss-runtime/}, written by the dependency
 * plugin: the test class path without our modules and the clashing libraries, plus DSS's pinned
 * versions); the loader's parent is the platform loader, so nothing of ours leaks in. The bridge
 * ({@code vn.lienthong.interop.dss.bridge.DssBridge}) speaks JDK types only.
 *
 * <p>Instances hold an open DSS token and are not thread-safe; close them when done.
 */
public final class IsolatedDss implements AutoCloseable {

  private static final String BRIDGE = "vn.lienthong.interop.dss.bridge.DssBridge";
  private static URLClassLoader loader;

  private final Object bridge;
  private final Method validate;
  private final Method validCount;
  private final Method signXades;
  private final Method signCades;
  private final Method signPades;
  private final Method close;
  private final Method validateXadesDetached;
  private final Method signXadesPackaging;

  /**
   * Starts DSS for the shared test PKI, signing (when asked) with the given signer's key.
   *
   * @param signer the signer whose PKCS#12 DSS opens
   * @throws Exception if the loader or the bridge cannot be set up
   */
  public IsolatedDss(TestPki.Signer signer) throws Exception {
    TestPki pki = TestPki.shared();
    Class<?> type = Class.forName(BRIDGE, true, loader());
    Constructor<?> c =
        type.getConstructor(byte[].class, List.class, String.class, byte[].class, char[].class);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader());
    try {
      bridge =
          c.newInstance(
              pki.root().getEncoded(),
              List.of(pki.rootCrl().getEncoded(), pki.crl().getEncoded()),
              pki.server().timestampUri().toString(),
              signer.pkcs12(),
              TestPki.PASSWORD);
    } finally {
      thread.setContextClassLoader(previous);
    }
    validate = type.getMethod("validate", byte[].class, String.class, byte[].class, List.class);
    validCount = type.getMethod("validCount", byte[].class, String.class, byte[].class);
    signXades = type.getMethod("signXades", byte[].class, String.class, boolean.class);
    signCades = type.getMethod("signCades", byte[].class, String.class);
    signPades = type.getMethod("signPades", byte[].class, String.class);
    close = type.getMethod("close");
    validateXadesDetached =
        type.getMethod(
            "validateXadesDetached", byte[].class, String.class, byte[].class, String.class);
    signXadesPackaging =
        type.getMethod(
            "signXadesPackaging", byte[].class, String.class, String.class, String.class);
  }

  /** The class loader holding DSS, made once per JVM. */
  static synchronized ClassLoader loader() throws Exception {
    if (loader == null) {
      Path runtime = Path.of(required("dss.runtime"));
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of(required("dss.bridge")).toUri().toURL());
      try (Stream<Path> pinned = Files.list(runtime.resolve("pinned"))) {
        for (Path jar : pinned.sorted().toList()) {
          urls.add(jar.toUri().toURL());
        }
      }
      String classPath = Files.readString(runtime.resolve("classpath.txt")).strip();
      for (String entry : classPath.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          urls.add(Path.of(entry).toUri().toURL());
        }
      }
      loader =
          new URLClassLoader(
              "dss-6.4", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
    return loader;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          property + " is not set: run through Maven (the interop-dss POM sets it)");
    }
    return value;
  }

  /**
   * Validates with DSS; see the bridge for the map's keys.
   *
   * @param file the signed file
   * @param name its name
   * @param detached the detached content, or null
   * @param knownCertificates certificates DSS is given out of band (DER)
   * @return the simple report and one map per signature
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> validate(
      byte[] file, String name, byte @Nullable [] detached, List<byte[]> knownCertificates) {
    return (Map<String, Object>) call(validate, file, name, detached, knownCertificates);
  }

  /**
   * Validates with DSS and counts the valid signatures.
   *
   * @param file the signed file
   * @param name its name
   * @param detached the detached content, or null
   * @return the count
   */
  public int validCount(byte[] file, String name, byte @Nullable [] detached) {
    return (Integer) call(validCount, file, name, detached);
  }

  /**
   * Signs XML enveloped with DSS.
   *
   * @param xml the document
   * @param level DSS's level name, e.g. {@code XAdES-BASELINE-B}
   * @param envelopedTransform the XMLDSig enveloped-signature transform instead of DSS's default
   *     XPath Filter 2.0
   * @return the signed document
   */
  public byte[] signXades(byte[] xml, String level, boolean envelopedTransform) {
    return (byte[]) call(signXades, xml, level, envelopedTransform);
  }

  /**
   * Signs content detached with DSS.
   *
   * @param content the content
   * @param level DSS's level name, e.g. {@code CAdES-BASELINE-B}
   * @return the CMS signature
   */
  public byte[] signCades(byte[] content, String level) {
    return (byte[]) call(signCades, content, level);
  }

  /**
   * Signs a PDF invisibly with DSS.
   *
   * @param pdf the PDF
   * @param level DSS's level name, e.g. {@code PAdES-BASELINE-B}
   * @return the signed PDF
   */
  public byte[] signPades(byte[] pdf, String level) {
    return (byte[]) call(signPades, pdf, level);
  }

  /**
   * Validates a detached XAdES signature with DSS, its external file given by name.
   *
   * @param file the signature document
   * @param name its name
   * @param detached the external file
   * @param detachedName the external file's name (the reference URI)
   * @return the simple report and one map per signature
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> validateXadesDetached(
      byte[] file, String name, byte[] detached, String detachedName) {
    return (Map<String, Object>) call(validateXadesDetached, file, name, detached, detachedName);
  }

  /**
   * Signs with DSS XAdES enveloping or detached.
   *
   * @param content the content
   * @param name its name (the detached reference URI)
   * @param level DSS's level name, e.g. {@code XAdES-BASELINE-B}
   * @param packaging {@code ENVELOPING} or {@code DETACHED}
   * @return the signature document
   */
  public byte[] signXadesPackaging(byte[] content, String name, String level, String packaging) {
    return (byte[]) call(signXadesPackaging, content, name, level, packaging);
  }

  private Object call(Method m, Object... args) {
    // DSS finds its implementations (utilities, PDF and XML back ends) through ServiceLoader with
    // the context class loader: it must be DSS's own loader during every call.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return m.invoke(bridge, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  public void close() {
    call(close);
  }
}
