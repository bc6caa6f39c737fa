package vn.lienthong.refapp.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests: the Debian {@code chromium} and {@code chromium-driver}
 * binaries (nothing is downloaded), axe-core from npm installed once under {@code target/axe}, and
 * screenshots under {@code target/screenshots}. Tests are skipped, with the reason, when chromium,
 * chromedriver, node or npm are missing.
 */
final class BrowserHarness implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String AXE_VERSION = "4.14.1";
  static final Path AXE_DIR = Path.of("target/axe");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();

  final ChromeDriver driver;
  private final String axeSource;
  final List<String> violations = new ArrayList<>();
  final List<String> audited = new ArrayList<>();

  private BrowserHarness(ChromeDriver driver, String axeSource) {
    this.driver = driver;
    this.axeSource = axeSource;
  }

  /** Starts Chromium, or skips the test with the reason. */
  static BrowserHarness start() throws IOException, InterruptedException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: Debian packages chromium and chromium-driver are not installed");
    String axe = axeSource();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1000",
        "--lang=vi-VN",
        "--no-first-run",
        "--disable-extensions");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
    return new BrowserHarness(driver, axe);
  }

  private static String axeSource() throws IOException, InterruptedException {
    Path script = AXE_DIR.resolve("node_modules/axe-core/axe.min.js");
    if (!Files.isRegularFile(script)) {
      assumeTrue(
          run("node", "--version") && run("npm", "--version"),
          "browser tests skipped: node and npm are needed to install axe-core");
      Files.createDirectories(AXE_DIR);
      assumeTrue(
          run(
              "npm",
              "install",
              "--no-audit",
              "--no-fund",
              "--prefix",
              AXE_DIR.toString(),
              "axe-core@" + AXE_VERSION),
          "browser tests skipped: npm could not install axe-core " + AXE_VERSION);
    }
    return Files.readString(script, StandardCharsets.UTF_8);
  }

  private static boolean run(String... command) throws InterruptedException {
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "lt-npm.log"))
              .start();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /**
   * Clicks a button or link that loads another page and waits, up to two minutes, until the old
   * document is gone and the new one has loaded its {@code main}. ChromeDriver may return from a
   * click before a slow form post (signing, on a busy machine) has produced the next page; looking
   * for elements then reads a half-built document. On timeout the error names the URL, the title
   * and the start of the page source.
   */
  void clickAndWait(String css) {
    clickAndWait(By.cssSelector(css));
  }

  /** {@link #clickAndWait(String)} for any locator, such as a link text. */
  void clickAndWait(By target) {
    WebElement old = driver.findElement(By.tagName("html"));
    driver.findElement(target).click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(120))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                try {
                  old.getTagName();
                  return false;
                } catch (StaleElementReferenceException gone) {
                  // the old document has been replaced
                }
                Object state =
                    ((JavascriptExecutor) d).executeScript("return document.readyState;");
                return "complete".equals(state) && !d.findElements(By.tagName("main")).isEmpty();
              });
    } catch (TimeoutException e) {
      String source = driver.getPageSource();
      throw new AssertionError(
          "no new page with <main> after clicking "
              + target
              + ": url="
              + driver.getCurrentUrl()
              + ", title="
              + driver.getTitle()
              + ", source="
              + (source == null ? "" : source.substring(0, Math.min(2000, source.length()))),
          e);
    }
  }

  String source() {
    return driver.getPageSource();
  }

  /** Saves a screenshot as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) throws IOException {
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /** Runs axe-core on the current page and records serious and critical violations. */
  void audit(String name) throws IOException {
    JavascriptExecutor js = driver;
    js.executeScript(axeSource);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done('ERROR ' + e));");
    String text = String.valueOf(result);
    if (text.startsWith("ERROR")) {
      violations.add(name + ": axe failed: " + text);
      return;
    }
    audited.add(name);
    for (JsonNode v : JSON.readTree(text)) {
      String impact = v.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        List<String> targets = new ArrayList<>();
        v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
        violations.add(
            name
                + ": "
                + impact
                + " "
                + v.path("id").asText()
                + " "
                + v.path("help").asText()
                + " "
                + targets);
      }
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
