package vn.lienthong.refapp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.ReferenceApp;

/**
 * The web pages over real HTTP against the running app and its embedded sandbox: security headers,
 * catalogue search, citizen login with a persona, the prefilled birth-registration form, CSRF,
 * field-level Vietnamese errors, filing, and the officer inbox limited to the officer's commune.
 */
class WebPagesTest {

  @TempDir static Path dataDir;
  private static ReferenceApp app;

  @BeforeAll
  static void start() {
    app =
        ReferenceApp.start(
            AppConfig.of(Map.of(AppConfig.HTTP_PORT, "0", AppConfig.DATA_DIR, dataDir.toString())));
    // The documents module's issuer is wired by the app later; an unsigned stand-in meanwhile.
    if (app.context().find(vn.lienthong.refapp.service.ResultIssuer.class).isEmpty()) {
      app.context()
          .register(
              vn.lienthong.refapp.service.ResultIssuer.class,
              new vn.lienthong.refapp.service.TestPdfIssuer());
    }
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static WebClient client() {
    return new WebClient(app.baseUrl());
  }

  static Map<String, String> birthForm(String csrf) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("_csrf", csrf);
    f.put("/requester/relationship", "Mẹ");
    f.put("/child/fullName", "Trần Bình An");
    f.put("/child/birthDate", "2026-11-10");
    f.put("/child/gender", "1");
    f.put("/child/ethnicity", "Kinh");
    f.put("/child/nationality", "Việt Nam");
    f.put("/child/birthPlace/address/provinceCode", "01");
    f.put("/child/birthPlace/address/communeCode", "00004");
    return f;
  }

  @Test
  void everyPageCarriesTheSecurityHeadersAndTheVietnameseLayout() throws Exception {
    HttpResponse<String> home = client().get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'")
        .contains("default-src 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(home.headers().firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(home.body())
        .startsWith("<!doctype html>")
        .contains("<html lang=\"vi\">")
        .contains("name=\"viewport\"")
        .contains("href=\"#noi-dung\"")
        .contains("<main id=\"noi-dung\"")
        .doesNotContain("<script");
    HttpResponse<String> missing = client().get("/khong-co");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Không tìm thấy trang").contains("LT-APP-0404");
  }

  @Test
  void catalogueSearchIgnoresDiacritics() throws Exception {
    HttpResponse<String> r = client().get("/thu-tuc?q=khai+sinh");
    assertThat(r.body()).contains("Đăng ký khai sinh").doesNotContain("Đăng ký kết hôn");
    assertThat(client().get("/thu-tuc?q=DANG+KY+KET+HON").body()).contains("Đăng ký kết hôn");
    assertThat(client().get("/thu-tuc/1.001193").body()).contains("/cong-dan/nop/1.001193");
  }

  @Test
  void searchTextIsEscaped() throws Exception {
    HttpResponse<String> r = client().get("/thu-tuc?q=%3Cscript%3Ealert(1)%3C/script%3E");
    assertThat(r.body()).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void formPagesNeedALoginAndRedirectToIt() throws Exception {
    HttpResponse<String> r = client().get("/cong-dan/nop/1.001193");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElseThrow())
        .isEqualTo("/dang-nhap?next=%2Fcong-dan%2Fnop%2F1.001193");
  }

  @Test
  void loginRotatesTheSessionAndSetsSecureHttpOnlySameSiteCookies() throws Exception {
    WebClient c = client();
    c.get("/dang-nhap?persona=citizen-lan");
    String before = c.cookies.get(Exchange.SECURE_COOKIE);
    assertThat(before).isNotNull();
    HttpResponse<String> page = c.follow(c.get("/dang-nhap?persona=citizen-lan"));
    assertThat(page.statusCode()).isEqualTo(200);
    String after = c.cookies.get(Exchange.SECURE_COOKIE);
    assertThat(after).isNotEqualTo(before);
    assertThat(c.setCookies)
        .allSatisfy(
            sc ->
                assertThat(sc)
                    .startsWith(Exchange.SECURE_COOKIE + "=")
                    .contains("; HttpOnly")
                    .contains("; Secure")
                    .contains("; SameSite=Lax")
                    .contains("; Path=/"));
    assertThat(page.body()).contains("Nguyễn Thị Lan").contains("Đăng xuất");
    // The pre-login session is gone: its token opens nothing.
    WebClient stale = client();
    stale.cookies.put(Exchange.SECURE_COOKIE, before);
    assertThat(stale.get("/cong-dan/ho-so").statusCode()).isEqualTo(303);
  }

  @Test
  void theBirthFormIsPrefilledFromThePopulationRegistryWithItsSource() throws Exception {
    WebClient c = client();
    c.login("/dang-nhap", "citizen-lan");
    HttpResponse<String> form = c.get("/cong-dan/nop/1.001193");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("value=\"Nguyễn Thị Lan\"")
        .contains("value=\"001192004521\"")
        .contains("value=\"00004\"")
        .contains("Điền sẵn từ Cơ sở dữ liệu quốc gia về dân cư (HoVaTen)")
        .contains("<label for=\"f-child-fullName\">")
        .contains("id=\"f-child-fullName\"")
        .contains("enctype=\"multipart/form-data\"");
  }

  @Test
  void aFormWithoutTheCsrfTokenIsRefusedInVietnamese() throws Exception {
    WebClient c = client();
    c.login("/dang-nhap", "citizen-tuan");
    Map<String, String> form = birthForm("forged");
    HttpResponse<String> r = c.post("/cong-dan/nop/1.001193", form);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("LT-APP-0402").contains("mã chống giả mạo");
    form.remove("_csrf");
    assertThat(c.post("/cong-dan/nop/1.001193", form).statusCode()).isEqualTo(403);
    assertThat(c.get("/cong-dan/ho-so").body()).contains("Bạn chưa nộp hồ sơ nào");
  }

  @Test
  void aFormFromAnotherOriginIsRefusedEvenWithTheToken() throws Exception {
    WebClient c = client();
    c.login("/dang-nhap", "citizen-lan");
    String csrf = WebClient.csrf(c.get("/cong-dan/nop/1.001193").body());
    HttpResponse<String> r =
        c.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(app.baseUrl() + "/cong-dan/nop/1.001193"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void invalidFieldsComeBackWithVietnameseFieldErrorsLinkedFromTheSummary() throws Exception {
    WebClient c = client();
    c.login("/dang-nhap", "citizen-lan");
    String csrf = WebClient.csrf(c.get("/cong-dan/nop/1.001193").body());
    Map<String, String> form = birthForm(csrf);
    form.remove("/child/fullName");
    form.put("/child/birthDate", "2099-01-01");
    HttpResponse<String> r = c.post("/cong-dan/nop/1.001193", form);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains("class=\"error-summary\"")
        .contains("href=\"#f-child-fullName\"")
        .contains("id=\"f-child-fullName-error\"")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"Trần Bình An\"".replace("Trần Bình An", "Kinh"));
    assertThat(r.body()).containsPattern("Lỗi: [^<]*[ắầảãạáàđếềệóọớờợúùủưứừựíìịýỳ]");
  }

  @Test
  void filingGivesADossierCodeAndTheOfficerOfThatCommuneSeesIt() throws Exception {
    WebClient citizen = client();
    citizen.login("/dang-nhap", "citizen-lan");
    String csrf = WebClient.csrf(citizen.get("/cong-dan/nop/1.001193").body());
    HttpResponse<String> filed = citizen.post("/cong-dan/nop/1.001193", birthForm(csrf));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
    String location = filed.headers().firstValue("Location").orElseThrow();
    String code = location.replaceAll("^/cong-dan/ho-so/([^?]+).*$", "$1");
    assertThat(citizen.get(location).body()).contains("Đã nộp hồ sơ thành công").contains(code);
    assertThat(citizen.get("/cong-dan/ho-so").body()).contains(code).contains("Mới đăng ký");

    WebClient receiver = client();
    receiver.login("/can-bo/dang-nhap", "officer-receiver");
    assertThat(receiver.get("/can-bo").body()).contains(code).contains("Phường Ba Đình");
    HttpResponse<String> detail = receiver.get("/can-bo/ho-so/" + code);
    assertThat(detail.body()).contains("Tiếp nhận").contains("Trần Bình An");
    HttpResponse<String> accepted =
        receiver.post(
            "/can-bo/ho-so/" + code,
            Map.of("_csrf", WebClient.csrf(detail.body()), "action", "ACCEPT", "note", ""));
    assertThat(accepted.statusCode()).isEqualTo(303);
    assertThat(receiver.get("/can-bo/ho-so/" + code).body()).contains("Được tiếp nhận");

    // An officer now assigned to another commune neither sees nor acts on it.
    WebClient moved = client();
    moved.login("/can-bo/dang-nhap", "officer-moved");
    assertThat(moved.get("/can-bo").body()).doesNotContain(code);
    HttpResponse<String> denied = moved.get("/can-bo/ho-so/" + code);
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.body())
        .containsPattern("LT-APP-0(403|104)") // the page's or the dossier service's refusal
        .doesNotContain("Trần Bình An");
    String movedCsrf = WebClient.csrf(moved.get("/can-bo").body());
    assertThat(
            moved
                .post(
                    "/can-bo/ho-so/" + code,
                    Map.of("_csrf", movedCsrf, "action", "PROCESS", "note", ""))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theSameIdempotencyKeyFilesOneDossier() throws Exception {
    WebClient c = client();
    c.login("/dang-nhap", "citizen-minh");
    String csrf = WebClient.csrf(c.get("/cong-dan/nop/1.001193").body());
    Map<String, String> form = birthForm(csrf);
    form.put("_idempotency", "double-click-1");
    String first =
        c.post("/cong-dan/nop/1.001193", form).headers().firstValue("Location").orElseThrow();
    String second =
        c.post("/cong-dan/nop/1.001193", form).headers().firstValue("Location").orElseThrow();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void logoutNeedsTheTokenAndEndsTheSession() throws Exception {
    WebClient c = client();
    HttpResponse<String> page = c.login("/dang-nhap", "citizen-hoa");
    assertThat(c.post("/dang-xuat", Map.of()).statusCode()).isEqualTo(403);
    HttpResponse<String> out = c.post("/dang-xuat", Map.of("_csrf", WebClient.csrf(page.body())));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(c.get("/cong-dan/ho-so").statusCode()).isEqualTo(303);
  }

  private static String multipart(
      String boundary, Map<String, String> fields, String fileName, byte[] content) {
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, v) ->
            b.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
    b.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: application/pdf\r\n\r\n")
        .append(new String(content, java.nio.charset.StandardCharsets.ISO_8859_1))
        .append("\r\n--")
        .append(boundary)
        .append("--\r\n");
    return b.toString();
  }

  private static HttpResponse<String> postMultipart(
      WebClient c, Map<String, String> fields, String fileName, byte[] content) throws Exception {
    String boundary = "----lt" + System.nanoTime();
    byte[] body =
        multipart(boundary, fields, fileName, content)
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    // Field values are UTF-8 on the wire; re-encode the text parts correctly.
    String text = multipart(boundary, fields, fileName, new byte[0]);
    int cut = text.lastIndexOf("\r\n--" + boundary + "--");
    byte[] head = text.substring(0, cut).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail =
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(head);
    out.write(content);
    out.write(tail);
    body = out.toByteArray();
    return c.send(
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(app.baseUrl() + "/cong-dan/nop/1.001193"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  @Test
  void attachmentsAreJudgedByTheirBytesNotTheirNames() throws Exception {
    WebClient c = client();
    c.login("/dang-nhap", "citizen-khanh");
    String csrf = WebClient.csrf(c.get("/cong-dan/nop/1.001193").body());
    Map<String, String> form = birthForm(csrf);
    HttpResponse<String> evil =
        postMultipart(
            c,
            form,
            "giay-chung-sinh.pdf",
            "MZ\u0090\u0000 not a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(evil.statusCode()).isEqualTo(422);
    assertThat(evil.body())
        .contains("không phải PDF, JPEG hoặc PNG")
        .contains("href=\"#f-attachments\"");
    HttpResponse<String> ok = postMultipart(c, form, "giay-chung-sinh.pdf", onePagePdf());
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
    String page = c.get(ok.headers().firstValue("Location").orElseThrow()).body();
    assertThat(page).contains("giay-chung-sinh.pdf");
  }

  @Test
  void aSubmissionOverTheCapIsRefusedBeforeItIsRead() throws Exception {
    WebClient c = client();
    c.login("/dang-nhap", "citizen-thao");
    java.net.URI base = java.net.URI.create(app.baseUrl());
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(10_000);
      String head =
          "POST /cong-dan/nop/1.001193 HTTP/1.1\r\nHost: localhost\r\n"
              + "Cookie: "
              + Exchange.SECURE_COOKIE
              + "="
              + c.cookies.get(Exchange.SECURE_COOKIE)
              + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
              + "Content-Length: 1073741824\r\n\r\n--x\r\n"; // claims 1 GiB, sends 5 bytes
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(
                      socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
              .readLine();
      assertThat(status).startsWith("HTTP/1.1 413");
    }
  }

  private static void act(WebClient officer, String code, String action) throws Exception {
    String page = officer.get("/can-bo/ho-so/" + code).body();
    assertThat(page).as(action).contains("value=\"" + action + "\"");
    HttpResponse<String> r =
        officer.post(
            "/can-bo/ho-so/" + code,
            Map.of("_csrf", WebClient.csrf(page), "action", action, "note", "ghi chú " + action));
    assertThat(r.statusCode())
        .as(action + " " + r.body().replaceAll("(?s).*<main[^>]*>(.*)</main>.*", "$1"))
        .isEqualTo(303);
  }

  @Test
  void eachOfficerRoleTakesItsStepAndTheCitizenAnswersTheSupplement() throws Exception {
    WebClient citizen = client();
    citizen.login("/dang-nhap", "citizen-minh"); // lives in Phường Ba Đình (00004)
    String csrf = WebClient.csrf(citizen.get("/cong-dan/nop/1.001193").body());
    Map<String, String> form = birthForm(csrf);
    form.put("_idempotency", "full-chain");
    String location =
        citizen.post("/cong-dan/nop/1.001193", form).headers().firstValue("Location").orElseThrow();
    String code = location.replaceAll("^/cong-dan/ho-so/([^?]+).*$", "$1");

    WebClient receiver = client();
    receiver.login("/can-bo/dang-nhap", "officer-receiver");
    WebClient processor = client();
    processor.login("/can-bo/dang-nhap", "officer-processor");
    WebClient approver = client();
    approver.login("/can-bo/dang-nhap", "officer-approver");
    WebClient clerk = client();
    clerk.login("/can-bo/dang-nhap", "officer-clerk");

    // The processor may not accept at the desk: the button is not offered and the post is refused.
    String processorPage = processor.get("/can-bo/ho-so/" + code).body();
    assertThat(processorPage).contains("Quá trình xử lý").doesNotContain("value=\"ACCEPT\"");
    assertThat(
            processor
                .post(
                    "/can-bo/ho-so/" + code,
                    Map.of("_csrf", WebClient.csrf(processorPage), "action", "ACCEPT", "note", ""))
                .statusCode())
        .isEqualTo(403);

    act(receiver, code, "ACCEPT");
    act(processor, code, "PROCESS");
    act(processor, code, "REQUEST_SUPPLEMENT");
    String mine = citizen.get("/cong-dan/ho-so/" + code).body();
    assertThat(mine).contains("Yêu cầu bổ sung").contains("Gửi bổ sung");
    assertThat(
            citizen
                .post(
                    "/cong-dan/ho-so/" + code + "/bo-sung",
                    Map.of("_csrf", WebClient.csrf(mine), "note", "Đã bổ sung bản sao"))
                .statusCode())
        .isEqualTo(303);
    assertThat(citizen.get("/cong-dan/ho-so/" + code).body()).contains("Đang xử lý");
    act(approver, code, "APPROVE_AND_SIGN");
    // Approved and signed by the approver: the clerk's seal comes before the hand-over.
    String awaiting = receiver.get("/can-bo/ho-so/" + code).body();
    assertThat(awaiting)
        .contains("đang chờ văn thư đóng dấu")
        .doesNotContain("value=\"HAND_OVER\"");
    assertThat(approver.get("/can-bo/ho-so/" + code).body())
        .doesNotContain("value=\"AGENCY_SEAL\"");
    assertThat(clerk.get("/can-bo/ho-so/" + code).body())
        .contains("value=\"AGENCY_SEAL\"")
        .contains("Đóng dấu, ký số cơ quan");
    assertThat(citizen.get("/cong-dan/ho-so/" + code).body())
        .doesNotContain("/cong-dan/ho-so/" + code + "/ket-qua");
    act(clerk, code, "AGENCY_SEAL");
    act(receiver, code, "HAND_OVER");
    String done = citizen.get("/cong-dan/ho-so/" + code).body();
    assertThat(done)
        .contains("Đã trả kết quả")
        .contains("Đã xử lý xong")
        .contains("/cong-dan/ho-so/" + code + "/ket-qua");
    HttpResponse<String> pdf = citizen.get("/cong-dan/ho-so/" + code + "/ket-qua");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
    // Nobody else downloads it.
    WebClient other = client();
    other.login("/dang-nhap", "citizen-hoa");
    assertThat(other.get("/cong-dan/ho-so/" + code + "/ket-qua").statusCode()).isIn(403, 404);
    // Handed over: no longer in the inbox.
    assertThat(receiver.get("/can-bo").body()).doesNotContain(code);
    // The public look-up shows the status and a masked name only.
    String lookup = client().get("/tra-cuu?ma=" + code).body();
    assertThat(lookup).contains("Đã trả kết quả").doesNotContain("Trần Văn Minh");
  }

  @Test
  void aParentIdTypedInTheFormFillsTheParentNameFromTheRegistry() throws Exception {
    WebClient c = client();
    c.login("/dang-nhap", "citizen-duc");
    String csrf = WebClient.csrf(c.get("/cong-dan/nop/1.001193").body());
    Map<String, String> form = birthForm(csrf);
    form.remove("/child/fullName"); // keep the form invalid so it comes back
    form.put("/mother/personalIdNumber", "001192004521");
    HttpResponse<String> r = c.post("/cong-dan/nop/1.001193", form);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains("name=\"/mother/fullName\" value=\"Nguyễn Thị Lan\"")
        .contains("id=\"f-mother-fullName-source\"");
  }

  /** A small, well-formed PDF made with PDFBox. */
  static byte[] onePagePdf() throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aHouseholdMemberTypedInAFoldedRowIsFiledAsTheFirstMember() throws Exception {
    WebClient citizen = client();
    citizen.login("/dang-nhap", "citizen-khanh");
    String page = citizen.get("/cong-dan/nop/1.004222").body();
    assertThat(page)
        .contains("Những thành viên trong hộ gia đình cùng thay đổi")
        .contains("<details class=\"more-row\"><summary>Thêm thành viên thứ 2</summary>")
        .contains("id=\"f-members-0-fullName\"")
        .doesNotContain("chưa hỗ trợ danh sách");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", WebClient.csrf(page));
    form.put("/householdHead/fullName", "Hoàng Văn Long");
    form.put("/householdHead/personalIdNumber", "001060012351");
    form.put("/householdHead/relationship", "Con");
    form.put("/address/provinceCode", "01");
    form.put("/address/communeCode", "00004");
    form.put("/address/detail", "Số 12 phố Đội Cấn");
    form.put("/content", "Đăng ký thường trú vào hộ gia đình của bố");
    // The member goes in the third row, the first two left blank; without a birth date first.
    form.put("/members/2/fullName", "Hoàng Minh Nhật");
    form.put("/members/2/gender", "1");
    form.put("/members/2/personalIdNumber", "001218012352");
    form.put("/members/2/relationship", "Cháu");
    HttpResponse<String> invalid = citizen.post("/cong-dan/nop/1.004222", form);
    assertThat(invalid.statusCode()).isEqualTo(422);
    // The error and the typed values both show in the first row, where the member now is.
    assertThat(invalid.body())
        .contains("href=\"#f-members-0-birthDate\"")
        .contains("id=\"f-members-0-birthDate-error\"")
        .contains("value=\"Hoàng Minh Nhật\"");

    form.put("_csrf", WebClient.csrf(invalid.body()));
    form.put("/members/0/birthDate", "2018-06-01");
    form.keySet().removeIf(k -> k.startsWith("/members/2/"));
    form.put("/members/0/fullName", "Hoàng Minh Nhật");
    form.put("/members/0/gender", "1");
    form.put("/members/0/personalIdNumber", "001218012352");
    form.put("/members/0/relationship", "Cháu");
    HttpResponse<String> filed = citizen.post("/cong-dan/nop/1.004222", form);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
    String code =
        filed
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll("^/cong-dan/ho-so/([^?]+).*$", "$1");

    WebClient receiver = client();
    receiver.login("/can-bo/dang-nhap", "officer-receiver");
    assertThat(receiver.get("/can-bo/ho-so/" + code).body())
        .contains("Hoàng Minh Nhật")
        .contains("(/members/0/fullName)");
  }
}
