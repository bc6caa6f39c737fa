package vn.lienthong.sandbox.internal.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.sandbox.identity.IdentityIssuer;

/** The OpenID Provider metadata (OpenID Connect Discovery 1.0, RFC 8414) of one issuer. */
final class Discovery {

  static final List<String> STRICT_CLAIMS =
      List.of(
          "sub",
          "name",
          "birthdate",
          "gender",
          "acr",
          "vn_personal_id",
          "vn_account_type",
          "vn_tax_code",
          "vn_officer_id",
          "vn_agency_code",
          "vn_roles",
          "vn_assignments");

  private Discovery() {}

  static Map<String, Object> metadata(String issuer, IdentityIssuer kind) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("issuer", issuer);
    m.put("authorization_endpoint", issuer + "/authorize");
    m.put("token_endpoint", issuer + "/token");
    m.put("userinfo_endpoint", issuer + "/userinfo");
    m.put("jwks_uri", issuer + "/jwks");
    m.put("scopes_supported", List.of("openid", "profile"));
    m.put("response_types_supported", List.of("code"));
    m.put("response_modes_supported", List.of("query"));
    m.put("grant_types_supported", List.of("authorization_code"));
    m.put("subject_types_supported", List.of("public"));
    m.put("id_token_signing_alg_values_supported", List.of("ES256"));
    m.put("acr_values_supported", List.of("LoA1", "LoA2"));
    m.put("ui_locales_supported", List.of("vi", "en"));
    if (kind.strict()) {
      m.put("pushed_authorization_request_endpoint", issuer + "/par");
      m.put("require_pushed_authorization_requests", true);
      m.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
      m.put("token_endpoint_auth_signing_alg_values_supported", List.of("ES256", "PS256"));
      m.put("code_challenge_methods_supported", List.of("S256"));
      m.put("dpop_signing_alg_values_supported", List.of("ES256", "PS256"));
      m.put("authorization_response_iss_parameter_supported", true);
      m.put("id_token_encryption_alg_values_supported", List.of("RSA-OAEP-256", "ECDH-ES+A256KW"));
      m.put("id_token_encryption_enc_values_supported", List.of("A256GCM"));
      m.put("claims_supported", STRICT_CLAIMS);
    } else {
      m.put(
          "token_endpoint_auth_methods_supported",
          List.of("client_secret_post", "client_secret_basic"));
      m.put("code_challenge_methods_supported", List.of("S256"));
      m.put("authorization_response_iss_parameter_supported", false);
      m.put(
          "claims_supported",
          List.of(
              "sub",
              "SoDinhDanh",
              "HoVaTen",
              "NgayThangNamSinh",
              "GioiTinh",
              "LoaiTaiKhoan",
              "MaSoDoanhNghiep",
              "ThuongTru",
              "SoDienThoai",
              "ThuDienTu",
              "loginIdp",
              "LoA"));
    }
    return m;
  }
}
