package vn.lienthong.sandbox.identity;

/**
 * The issuers the sandbox identity provider serves, each under its own path. Enum constants are
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum IdentityIssuer {
  /**
   * Citizens, strict FAPI 2.0 profile: PAR, PKCE, DPoP, private_key_jwt, signed (and encrypted) ID
   * tokens.
   */
  CITIZEN("/idp", true),
  /** Officers of communes and provinces, same engine and profile as {@link #CITIZEN}. */
  OFFICER("/officer-idp", true),
  /**
   * The National Public Service Portal SSO as seen in public integrations: plain code flow, client
   * secret.
   */
  NPSP("/npsp", false),
  /**
   * VNeID direct (preview, from observed behaviour): code flow, client secret, encrypted userinfo
   * envelope.
   */
  VNEID("/vneid", false);

  private final String path;
  private final boolean strict;

  IdentityIssuer(String path, boolean strict) {
    this.path = path;
    this.strict = strict;
  }

  /**
   * Returns the issuer's path on the sandbox server.
   *
   * @return for example {@code /idp}
   * @since 0.1.0
   */
  public String path() {
    return path;
  }

  /**
   * Tells whether the issuer enforces the strict FAPI 2.0 profile.
   *
   * @return true for {@link #CITIZEN} and {@link #OFFICER}
   * @since 0.1.0
   */
  public boolean strict() {
    return strict;
  }
}
