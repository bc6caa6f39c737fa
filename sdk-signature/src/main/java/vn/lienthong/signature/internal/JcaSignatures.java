package vn.lienthong.signature.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
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
    String digest = algorithm.digest().jcaName();
    try {
      if (algorithm.pss()) {
        Signature s = Signature.getInstance("RSASSA-PSS");
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
      return Signature.getInstance(
          name + (algorithm.keyType() == SignatureAlgorithm.KeyType.RSA ? "withRSA" : "withECDSA"));
    } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
      throw unsupported(algorithm.name(), e);
    }
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
