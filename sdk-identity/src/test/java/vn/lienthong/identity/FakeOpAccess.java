package vn.lienthong.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.util.Map;

/** Gives tests of other packages a {@link FakeOp}: start with {@link #rp()}, then call back. */
public final class FakeOpAccess implements AutoCloseable {

  private final FakeOp op = new FakeOp();
  private OidcLogin rp;

  /**
   * Returns the relying party bound to this provider.
   *
   * @return the relying party
   */
  public OidcLogin rp() {
    if (rp == null) {
      rp = op.rp().build();
    }
    return rp;
  }

  /**
   * Returns a builder for a relying party bound to this provider.
   *
   * @return the builder
   */
  public OidcLogin.Builder rpBuilder() {
    return op.rp();
  }

  /**
   * Stubs tokens for the last started login with extra ID token claims and returns its callback.
   *
   * @param extraClaims claims added to the ID token
   * @return the callback URI
   */
  public URI callbackWith(Map<String, Object> extraClaims) {
    Map<String, String> par = op.lastPar();
    JWTClaimsSet.Builder c = op.claims(par.get("nonce"));
    extraClaims.forEach(c::claim);
    op.tokenResponse(op.sign(c.build()), "DPoP");
    op.userInfo(Map.of("sub", "sub-an-0001"));
    return URI.create(
        "https://xa.example.vn/cb?code=code-1&state=" + par.get("state") + "&iss=" + op.issuer);
  }

  /**
   * Returns the issuer.
   *
   * @return the issuer
   */
  public String issuer() {
    return op.issuer;
  }

  @Override
  public void close() {
    op.close();
  }
}
