package vn.lienthong.sandbox.internal.identity;

import java.text.Normalizer;
import java.util.List;
import vn.lienthong.sandbox.identity.IdentityIssuer;
import vn.lienthong.sandbox.persona.Persona;

/**
 * The Vietnamese persona-picker page: a self-contained HTML form (no external assets, inline
 * styles), one labelled button per persona, NFC text, keyboard and screen-reader friendly.
 */
final class PickerPage {

  private PickerPage() {}

  static String render(
      IdentityIssuer issuer,
      String action,
      String clientId,
      String requestUri,
      List<Persona> personas) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Đăng nhập thử nghiệm – LienThong sandbox</title>\n")
        .append("<style>")
        .append("body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1a1a1a}")
        .append(
            "main{max-width:44rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px}")
        .append("h1{font-size:1.5rem;color:#a50f15}")
        .append("ul{list-style:none;padding:0}li{margin:.5rem 0}")
        .append(
            "button{width:100%;text-align:left;padding:.75rem 1rem;font-size:1rem;border:1px solid #888;")
        .append("border-radius:6px;background:#fff;cursor:pointer}")
        .append("button:hover,button:focus{background:#fdecea;outline:3px solid #a50f15}")
        .append(".meta{display:block;font-size:.875rem;color:#444}")
        .append(".note{font-size:.875rem;color:#444}")
        .append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>Đăng nhập thử nghiệm</h1>\n")
        .append("<p>Đây là môi trường thử nghiệm (sandbox), không phải hệ thống định danh thật. ")
        .append("Chọn một nhân vật thử nghiệm để đăng nhập vào ứng dụng <strong>")
        .append(esc(clientId))
        .append("</strong>.</p>\n")
        .append("<p class=\"note\">Bên cấp: ")
        .append(esc(title(issuer)))
        .append(". Mọi dữ liệu đều là dữ liệu giả lập.</p>\n")
        .append("<form method=\"post\" action=\"")
        .append(esc(action))
        .append("\">\n<input type=\"hidden\" name=\"client_id\" value=\"")
        .append(esc(clientId))
        .append("\">\n<input type=\"hidden\" name=\"request_uri\" value=\"")
        .append(esc(requestUri))
        .append("\">\n<fieldset>\n<legend>Nhân vật thử nghiệm</legend>\n<ul>\n");
    for (Persona p : personas) {
      h.append("<li><button type=\"submit\" name=\"persona\" value=\"")
          .append(esc(p.id()))
          .append("\">")
          .append(esc(p.fullName()))
          .append("<span class=\"meta\">")
          .append(esc(p.id()))
          .append(" · mức ")
          .append(esc(p.assuranceLevel().map(a -> a.claimValue()).orElse("")))
          .append(" · ")
          .append(esc(p.residence().commune().name()))
          .append(", ")
          .append(esc(p.residence().commune().province().name()))
          .append("</span></button></li>\n");
    }
    h.append("</ul>\n</fieldset>\n</form>\n")
        .append("<p class=\"note\">Tự động hóa: thêm tham số <code>persona=&lt;mã&gt;</code> hoặc ")
        .append("tiêu đề <code>X-Sandbox-Persona</code> để đăng nhập ngay.</p>\n")
        .append("</main>\n</body>\n</html>\n");
    return Normalizer.normalize(h, Normalizer.Form.NFC);
  }

  private static String title(IdentityIssuer issuer) {
    return switch (issuer) {
      case CITIZEN -> "Định danh công dân (VNeID, hồ sơ nghiêm ngặt FAPI 2.0)";
      case OFFICER -> "Đăng nhập một lần cho cán bộ, công chức";
      case NPSP -> "Cổng Dịch vụ công quốc gia (đăng nhập một lần)";
      case VNEID -> "VNeID kết nối trực tiếp (bản xem trước)";
    };
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
