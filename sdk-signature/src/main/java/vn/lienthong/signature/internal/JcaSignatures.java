package vn.lienthong.signature.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;

/** Creates JDK {@link Signature} engines for the policy's algorithms. Thread-safe (stateless). */
public final class JcaSignatures {

  private JcaSignatures() {}

  /**
   * Returns a fresh, uninitialised engine for an algorithm.
   *
   * @param algorithm the algorithm
   * @return the engine
   */
  public static Signature create(SignatureAlgorithm algorithm) {
    return create(algorithm, null);
  }

  /**
   * Returns a fresh, uninitialised engine for an algorithm from a given provider (a PKCS#11 token's
   * provider, which is not registered in {@link java.security.Security}).
   *
   * @param algorithm the algorithm
   * @param provider the provider, or null for the JDK's choice
   * @return the engine
   */
  public static Signature create(
      SignatureAlgorithm algorithm, java.security.@Nullable Provider provider) {
    String digest = algorithm.digest().jcaName();
    try {
      if (algorithm.pss()) {
        Signature s = instance("RSASSA-PSS", provider);
        s.setParameter(
            new PSSParameterSpec(
                digest,
                "MGF1",
                new MGF1ParameterSpec(digest),
                algorithm.digest().length(),
                PSSParameterSpec.TRAILER_FIELD_BC));
        return s;
      }
      String name = digest.replace("-", "");
      return instance(
          name + (algorithm.keyType() == SignatureAlgorithm.KeyType.RSA ? "withRSA" : "withECDSA"),
          provider);
    } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
      throw unsupported(algorithm.name(), e);
    }
  }

  private static Signature instance(String name, java.security.@Nullable Provider provider)
      throws NoSuchAlgorithmException {
    return provider == null ? Signature.getInstance(name) : Signature.getInstance(name, provider);
  }

  /**
   * Wraps a missing platform algorithm.
   *
   * @param what the missing facility
   * @param e the cause
   * @return the exception to throw
   */
  public static ConfigurationException unsupported(String what, GeneralSecurityException e) {
    return new ConfigurationException(
        SignatureErrorCode.PLATFORM_UNSUPPORTED,
        ErrorDetails.field("platform").rejectedValue(what).with("reason", e.toString()),
        e);
  }
}
