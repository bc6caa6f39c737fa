package vn.lienthong.identity;

/**
 * The protocol profile a relying party speaks with its identity provider.
 *
 * <p>{@link #STRICT} is the default and meets the bar of Singapore's Singpass (FAPI 2.0). The two
 * national profiles are weaker; choosing one is explicit configuration and {@link OidcLogin} logs
 * it as a downgrade when it is built. Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum IdentityProfile {
  /**
   * FAPI 2.0-grade OpenID Connect: discovery, pushed authorization requests (PAR), PKCE S256,
   * DPoP-bound tokens, {@code private_key_jwt} client authentication, RFC 9207 {@code iss} check,
   * signed (optionally encrypted) ID token with nonce.
   */
  STRICT(false),
  /**
   * The National Public Service Portal SSO (Cổng Dịch vụ công quốc gia) as seen in public
   * integrations: a plain code flow with a client secret, {@code acr_values=LoA1} and a userinfo
   * response with Vietnamese claim names.
   */
  NPSP_SSO(true),
  /**
   * Preview: VNeID directly, modelled on behaviour observed in public integrations (no public
   * specification exists): a code flow with a client secret and a userinfo response encrypted in a
   * {@code {"data","key"}} envelope.
   */
  VNEID_DIRECT(true);

  private final boolean downgrade;

  IdentityProfile(boolean downgrade) {
    this.downgrade = downgrade;
  }

  /**
   * Tells whether this profile is weaker than {@link #STRICT}.
   *
   * @return {@code true} for the national profiles
   * @since 0.1.0
   */
  public boolean isDowngrade() {
    return downgrade;
  }
}
