package vn.lienthong.conformance.internal.checks;

import java.security.cert.X509Certificate;
import vn.lienthong.conformance.CheckContext;

/** Test access to how the signature checks tell the agency's certificate from a person's. */
public final class PadesCheckAccess {

  private PadesCheckAccess() {}

  public static boolean isAgency(CheckContext context, X509Certificate certificate) {
    return PadesCheck.isAgency(context, certificate);
  }
}
