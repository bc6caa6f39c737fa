package vn.lienthong.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.identity.IdentityErrorCode;

/**
 * Opens the VNeID userinfo envelope {@code {"data","key"}}: {@code key} is the base64 RSA-OAEP-256
 * encryption of a 32-byte AES key to the client's RSA key, {@code data} the base64 of a 12-byte IV
 * followed by the AES-256-GCM ciphertext and tag of the UTF-8 JSON claims. Modelled on behaviour
 * seen in public integrations (no public specification).
 */
public final class VneidEnvelope {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private VneidEnvelope() {}

  /**
   * Opens an envelope.
   *
   * @param body the envelope JSON
   * @param key the client's RSA private key
   * @param from the endpoint, for errors
   * @return the claims JSON text
   */
  public static String open(String body, PrivateKey key, String from) {
    try {
      Map<String, Object> m = Json.parseObject(body);
      byte[] wrapped = Base64.getDecoder().decode(Json.string(m, "key"));
      byte[] data = Base64.getDecoder().decode(Json.string(m, "data"));
      if (data.length <= IV_BYTES + TAG_BITS / 8) {
        throw new IllegalArgumentException("data too short");
      }
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(
          Cipher.DECRYPT_MODE,
          key,
          new OAEPParameterSpec(
              "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
      byte[] aesKey = rsa.doFinal(wrapped);
      if (aesKey.length != 32) {
        throw new IllegalArgumentException("content key is not 256 bits");
      }
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(aesKey, "AES"),
          new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
      byte[] plain = aes.doFinal(data, IV_BYTES, data.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw Failures.remote(
          IdentityErrorCode.USERINFO_ENVELOPE_INVALID,
          ErrorDetails.field(from).with("reason", e.getClass().getSimpleName()),
          200,
          null,
          null);
    }
  }
}
