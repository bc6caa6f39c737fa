package vn.lienthong.refapp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.ReferenceApp;

/**
 * The citizen and officer pages in headless Chromium: search without diacritics, citizen login at
 * the sandbox persona picker, the prefilled birth-registration form with its sources, a Vietnamese
 * field error, filing, officer login and inbox. axe-core audits every app page visited and the test
 * fails on any serious or critical violation. Screenshots go to {@code target/screenshots}.
 */
class WebFlowBrowserTest {

  @TempDir static Path dataDir;
  private static ReferenceApp app;
  private static BrowserHarness browser;

  @BeforeAll
  static void start() throws Exception {
    app =
        ReferenceApp.start(
            AppConfig.of(Map.of(AppConfig.HTTP_PORT, "0", AppConfig.DATA_DIR, dataDir.toString())));
    // The app's own documents module issues results: demo keys, two signatures, Decree 30.
    assertThat(app.context().find(vn.lienthong.refapp.service.ResultIssuer.class)).isPresent();
    browser = BrowserHarness.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    app.close();
  }

  private static String url(String path) {
    return app.baseUrl() + path;
  }

  private static void type(String css, String text) {
    WebElement e = browser.find(css);
    e.clear();
    e.sendKeys(text);
  }

  private static void setValue(String css, String value) {
    ((JavascriptExecutor) browser.driver)
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
  }

  @Test
  void citizenFilesABirthRegistrationAndTheOfficerSeesItInTheInbox() throws Exception {
    // Catalogue, searched without diacritics.
    browser.open(url("/thu-tuc"));
    browser.audit("catalogue");
    type("#q", "khai sinh");
    browser.clickAndWait("form[role=search] button");
    assertThat(browser.find("ul.procedures").getText()).contains("Đăng ký khai sinh");
    browser.audit("catalogue-search");
    browser.screenshot("01-catalogue-search");

    browser.clickAndWait(By.linkText("Đăng ký khai sinh"));
    browser.audit("procedure");
    browser.clickAndWait(By.linkText("Nộp hồ sơ trực tuyến"));

    // The sandbox persona picker. Its own CSP (form-action 'self') stops Chromium from following
    // the picker's redirect to another origin, so the test logs in as Nguyễn Thị Lan with the
    // sandbox's documented automation parameter instead of clicking.
    assertThat(browser.source()).contains("citizen-lan");
    browser.screenshot("02-sandbox-persona-picker");
    browser.open(url("/dang-nhap?persona=citizen-lan&next=%2Fcong-dan%2Fnop%2F1.001193"));

    // Back on the form, prefilled from the population registry, with the source shown.
    assertThat(browser.driver.getCurrentUrl()).endsWith("/cong-dan/nop/1.001193");
    assertThat(browser.find("#f-requester-fullName").getAttribute("value"))
        .isEqualTo("Nguyễn Thị Lan");
    assertThat(browser.find("#f-requester-fullName-source").getText())
        .contains("Cơ sở dữ liệu quốc gia về dân cư");
    browser.audit("birth-form");
    browser.screenshot("03-birth-form-prefilled");

    // Submit without the child's name: a Vietnamese error at the field, linked from the summary.
    setValue("#f-child-birthDate", "2026-11-10");
    browser.find("#f-child-gender-1").click();
    type("#f-child-ethnicity", "Kinh");
    type("#f-child-nationality", "Việt Nam");
    type("#f-child-birthPlace-address-provinceCode", "01");
    type("#f-child-birthPlace-address-communeCode", "00004");
    browser.clickAndWait("form.eform button[type=submit]");
    assertThat(browser.find(".error-summary").getText()).contains("lỗi cần sửa");
    assertThat(browser.find("#f-child-fullName-error").getText()).startsWith("Lỗi:");
    assertThat(browser.find("#f-child-fullName").getAttribute("aria-invalid")).isEqualTo("true");
    browser.audit("birth-form-errors");
    browser.screenshot("04-birth-form-field-error");

    // Correct it, attach the birth certificate scan, and file: the dossier code and due date.
    type("#f-child-fullName", "Trần Bình An");
    java.nio.file.Path scan =
        java.nio.file.Files.createDirectories(Path.of("target/uploads"))
            .resolve("giay-chung-sinh.pdf");
    java.nio.file.Files.write(scan, WebPagesTest.onePagePdf());
    browser.find("#f-attachments").sendKeys(scan.toAbsolutePath().toString());
    browser.clickAndWait("form.eform button[type=submit]");
    // Filing signs nothing but may take a while on a busy machine: wait for the dossier page.
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(60))
        .until(d -> d.getCurrentUrl().contains("/cong-dan/ho-so/"));
    String dossierUrl = browser.driver.getCurrentUrl();
    assertThat(dossierUrl).contains("/cong-dan/ho-so/");
    String code = dossierUrl.replaceAll("^.*/cong-dan/ho-so/([^?]+).*$", "$1");
    assertThat(browser.find("main").getText())
        .contains("Đã nộp hồ sơ thành công")
        .contains(code)
        .contains("Hẹn trả kết quả")
        .contains("giay-chung-sinh.pdf");
    browser.audit("dossier-filed");
    browser.screenshot("05-dossier-filed");

    // Log out; the officer logs in through the officer SSO and finds it in the inbox.
    browser.clickAndWait("form.account button");
    browser.open(url("/can-bo/dang-nhap?persona=officer-receiver"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/can-bo");
    assertThat(browser.find("table.inbox").getText()).contains(code);
    browser.audit("officer-inbox");
    browser.screenshot("06-officer-inbox");
    browser.clickAndWait(By.linkText(code));
    assertThat(browser.find("main").getText()).contains("Trần Bình An").contains("Quá trình xử lý");
    browser.audit("officer-dossier");
    browser.clickAndWait("button[value=ACCEPT]");
    assertThat(browser.find("main").getText()).contains("Được tiếp nhận");
    browser.screenshot("07-officer-dossier-accepted");

    // The processor processes, the approver approves and signs, the clerk (văn thư) applies the
    // agency seal, the receiver hands over.
    step("officer-processor", code, "PROCESS", "Đang xử lý");
    step("officer-approver", code, "APPROVE_AND_SIGN", "Đã xử lý xong");
    assertThat(browser.find("main").getText()).contains("đang chờ văn thư đóng dấu");
    assertThat(browser.driver.findElements(By.cssSelector("button[value=AGENCY_SEAL]"))).isEmpty();
    browser.audit("officer-dossier-approved");
    step("officer-clerk", code, "AGENCY_SEAL", "Đã xử lý xong");
    assertThat(browser.find("main").getText()).contains("Đóng dấu, ký số cơ quan");
    browser.audit("officer-dossier-sealed");
    browser.screenshot("08-officer-dossier-sealed");
    step("officer-receiver", code, "HAND_OVER", "Đã trả kết quả");

    // The citizen downloads the result.
    browser.open(url("/dang-nhap?persona=citizen-lan&next=%2Fcong-dan%2Fho-so%2F" + code));
    WebElement download = browser.driver.findElement(By.linkText("Tải kết quả có chữ ký số (PDF)"));
    browser.audit("citizen-dossier-done");
    browser.screenshot("09-citizen-result");
    WebClient http = new WebClient(app.baseUrl());
    org.openqa.selenium.Cookie session =
        browser.driver.manage().getCookieNamed(Exchange.SECURE_COOKIE);
    http.cookies.put(session.getName(), session.getValue());
    java.net.http.HttpResponse<byte[]> pdf = http.getBytes(download.getAttribute("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertDownloadedResultIsSignedTwiceInOrder(pdf.body());

    // The permanent-residence form: household members in rows, the further ones folded.
    browser.open(url("/dang-nhap?persona=citizen-khanh&next=%2Fcong-dan%2Fnop%2F1.004222"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/cong-dan/nop/1.004222");
    assertThat(browser.find("details.more-row > summary").getText())
        .isEqualTo("Thêm thành viên thứ 2");
    browser.find("details.more-row > summary").click();
    assertThat(browser.find("#f-members-1-fullName").isDisplayed()).isTrue();
    browser.audit("residence-form-members");
    browser.screenshot("10-residence-form-members");

    // A phone-sized window: the same page reflows (no horizontal scrolling of the layout).
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    browser.open(url("/thu-tuc?q=khai+sinh"));
    Object overflow =
        ((JavascriptExecutor) browser.driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    assertThat(overflow).isEqualTo(Boolean.FALSE);
    browser.audit("catalogue-mobile");
    browser.screenshot("08-catalogue-mobile");

    assertThat(browser.audited).hasSizeGreaterThanOrEqualTo(9);
    assertThat(browser.violations).isEmpty();
  }

  /** The downloaded result validates with sdk-signature and, when installed, with pdfsig. */
  private static void assertDownloadedResultIsSignedTwiceInOrder(byte[] pdf) throws Exception {
    var documents = app.context().require(vn.lienthong.refapp.documents.ResultDocuments.class);
    java.util.List<vn.lienthong.signature.ValidationReport> reports =
        documents.validator().validate(pdf);
    assertThat(reports).hasSize(2);
    assertThat(reports)
        .extracting(vn.lienthong.signature.ValidationReport::indication)
        .containsOnly(vn.lienthong.signature.Indication.PASSED);
    assertThat(reports.get(1).fullDocumentSigned()).isTrue();
    // The approver's certificate names the approving officer (the demo PKI issues one per officer).
    assertThat(reports.get(0).signerName().orElseThrow()).contains("Trịnh Văn Quang");
    assertThat(reports.get(0).signingTime().orElseThrow())
        .isBeforeOrEqualTo(reports.get(1).signingTime().orElseThrow());
    Path file = Path.of("target", "screenshots", "ket-qua-tai-ve.pdf");
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.write(file, pdf);
    if (new java.io.File("/usr/bin/pdfsig").canExecute()) {
      Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(out).contains("Signature #2");
      String last = out.substring(out.indexOf("Signature #2"));
      assertThat(out.substring(out.indexOf("Signature #1"), out.indexOf("Signature #2")))
          .contains("Signature is Valid.");
      assertThat(last).contains("Signature is Valid.").contains("Total document signed");
    }
  }

  private static void step(String persona, String code, String action, String status)
      throws Exception {
    browser.open(url("/can-bo/dang-nhap?persona=" + persona + "&next=%2Fcan-bo%2Fho-so%2F" + code));
    if (!action.equals("HAND_OVER") && !action.equals("PROCESS") && !action.equals("AGENCY_SEAL")) {
      type("#ghi-chu", "Đồng ý");
    }
    browser.clickAndWait("button[value=" + action + "]");
    assertThat(browser.find("main").getText()).as(action).contains(status);
  }
}
