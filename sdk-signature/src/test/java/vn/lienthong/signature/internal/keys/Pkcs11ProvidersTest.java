package vn.lienthong.signature.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.ProviderException;
import javax.security.auth.login.FailedLoginException;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * Mapping of SunPKCS11 failures to codes, for the states SoftHSM2 cannot reach (it never locks a
 * PIN), and the generated configuration.
 */
class Pkcs11ProvidersTest {

  private static final Path LIB = Path.of("/opt/vendor/libtoken.so");

  @Test
  void mapsLockedPinToTokenLocked() {
    LienThongException e =
        Pkcs11Providers.map(new ProviderException(new Exception("CKR_PIN_LOCKED")), LIB, "index 0");
    assertThat(e.errorCode()).isEqualTo(SignatureErrorCode.PKCS11_TOKEN_LOCKED);
  }

  @Test
  void mapsFailedLoginAndIncorrectPinToPinIncorrect() {
    assertThat(
            Pkcs11Providers.map(
                    new java.io.IOException("load failed", new FailedLoginException()),
                    LIB,
                    "index 0")
                .errorCode())
        .isEqualTo(SignatureErrorCode.PKCS11_PIN_INCORRECT);
    assertThat(
            Pkcs11Providers.map(new ProviderException("CKR_PIN_INCORRECT"), LIB, "id 7")
                .errorCode())
        .isEqualTo(SignatureErrorCode.PKCS11_PIN_INCORRECT);
  }

  @Test
  void mapsAbsentTokenToSlotNotFound() {
    assertThat(
            Pkcs11Providers.map(new ProviderException("CKR_TOKEN_NOT_PRESENT"), LIB, "id 7")
                .errorCode())
        .isEqualTo(SignatureErrorCode.PKCS11_SLOT_NOT_FOUND);
  }

  @Test
  void generatesConfigurationWithQuotedLibraryAndSlot() {
    String c = Pkcs11Providers.config(Path.of("/opt/my vendor/lib.so"), null, 42L);
    assertThat(c).startsWith("--name = LienThong-").contains("library = \"/opt/my vendor/lib.so\"");
    assertThat(c).contains("slot = 42").doesNotContain("slotListIndex");
    assertThat(Pkcs11Providers.config(LIB, 3, null)).contains("slotListIndex = 3");
  }

  @Test
  void rejectsLibraryPathThatWouldInjectConfiguration() {
    assertThatThrownBy(() -> Pkcs11Providers.config(Path.of("/tmp/x.so\"\nslot = 1"), null, null))
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("LT-SIG-0501");
  }
}
