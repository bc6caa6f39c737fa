package vn.lienthong.sandbox.internal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * The VNeID direct userinfo envelope as seen in public integrations: {@code key} = base64 of the
 * RSA-OAEP-256 (SHA-256, MGF1 SHA-256) encryption of a fresh AES-256 key with the client's RSA
 * public key; {@code data} = base64 of a 12-byte IV followed by the AES-256-GCM ciphertext and
 * 128-bit tag of the claims' UTF-8 JSON.
 */
final class VneidEnvelope {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private VneidEnvelope() {}

  static Map<String, String> seal(byte[] json, RSAKey recipient) {
    try {
      KeyGenerator gen = KeyGenerator.getInstance("AES");
      gen.init(256);
      SecretKey aes = gen.generateKey();
      byte[] iv = new byte[IV_BYTES];
      new java.security.SecureRandom().nextBytes(iv);
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, iv));
      byte[] ct = gcm.doFinal(json);
      byte[] data = new byte[IV_BYTES + ct.length];
      System.arraycopy(iv, 0, data, 0, IV_BYTES);
      System.arraycopy(ct, 0, data, IV_BYTES, ct.length);
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(
          Cipher.ENCRYPT_MODE,
          recipient.toRSAPublicKey(),
          new OAEPParameterSpec(
              "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
      byte[] key = rsa.doFinal(aes.getEncoded());
      Map<String, String> out = new LinkedHashMap<>();
      out.put("data", Base64.getEncoder().encodeToString(data));
      out.put("key", Base64.getEncoder().encodeToString(key));
      return out;
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException("VNeID envelope encryption failed", e);
    }
  }
}
