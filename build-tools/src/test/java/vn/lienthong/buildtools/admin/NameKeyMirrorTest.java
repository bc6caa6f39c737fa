package vn.lienthong.buildtools.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spot checks; sdk-core's StoredNameKeysTest compares every unit with the runtime key function. */
class NameKeyMirrorTest {

  @Test
  void dropsTheKindWordAndFoldsTheRest() {
    assertThat(NameKeyMirror.baseKey("Phường Ba Đình", UnitKindCode.WARD)).isEqualTo("ba dinh");
    assertThat(NameKeyMirror.baseKey("Thành phố Đà Nẵng", UnitKindCode.CITY)).isEqualTo("da nang");
    assertThat(NameKeyMirror.baseKey("Đặc khu Côn Đảo", UnitKindCode.SPECIAL_ZONE))
        .isEqualTo("con dao");
  }

  @Test
  void turnsPunctuationRunsIntoOneSpace() {
    assertThat(NameKeyMirror.baseKey("Phường Văn Miếu - Quốc Tử Giám", UnitKindCode.WARD))
        .isEqualTo("van mieu quoc tu giam");
  }

  @Test
  void keepsANameThatOnlyStartsLikeAKindWord() {
    assertThat(NameKeyMirror.baseKey("Xã Xã Hồ", UnitKindCode.COMMUNE)).isEqualTo("xa ho");
    assertThat(NameKeyMirror.baseKey("Phường", UnitKindCode.WARD)).isEqualTo("phuong");
  }

  @Test
  void foldsDecomposedInputLikeComposed() {
    String nfd = java.text.Normalizer.normalize("Hưng Yên", java.text.Normalizer.Form.NFD);
    assertThat(NameKeyMirror.key(nfd)).isEqualTo("hung yen");
  }
}
