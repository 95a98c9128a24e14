package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawArticle;
import org.newsgraph.nlp.corenlp.SharedEngine;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.read.DatedTextReader;
import org.newsgraph.read.Input;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.ReadSink;
import org.newsgraph.store.Provenance;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreLocation;
import org.newsgraph.store.WriteMode;
import org.newsgraph.web.WebOptions;
import org.newsgraph.web.WebServer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser (#9): Debian's chromium, headless, on a store ingested from the
 * seed. Skipped where chromium and chromedriver are not installed (.ci/run installs them).
 */
class WebBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  private static Store store;
  private static WebServer server;
  private static WebDriver browser;
  private static String articleId;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromedriver are not installed");
    ArticlePipeline pipeline = Pipelines.standard(SharedEngine.get());
    store = Store.open(StoreLocation.parse(dir.resolve("browser.db").toString()));
    Article seed = pipeline.analyse(read(SharedEngine.seed()));
    articleId = seed.id();
    store.put(seed, new Provenance("test", pipeline.engineVersion()), WriteMode.REPLACE);
    server = WebServer.start(store, WebOptions.defaults().withPort(0), raw -> {
      throw new IllegalStateException("read-only");
    });
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static RawArticle read(Path file) {
    RawArticle[] out = new RawArticle[1];
    new DatedTextReader().read(Input.file(file), ReadOptions.defaults(), new ReadSink() {
      @Override
      public void article(RawArticle article) {
        out[0] = article;
      }

      @Override
      public void problem(Problem problem) {
        throw new IllegalStateException(problem.describe());
      }
    });
    return out[0];
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Test
  void showsJeffSessionsWithHisFullNameOfficeQuotesAndHeadlines() throws Exception {
    long id = store.lookup("Jeff Sessions").candidates().get(0).id();
    browser.get(url("/entity/" + id));
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("Jeff Sessions").contains("Jefferson (Jeff) Beauregard Sessions");
    assertThat(page).containsIgnoringCase("senat").contains("1997").contains("2017");
    assertThat(page).contains("I came to work at the Department of Justice");
    assertThat(page).contains("Trump to nominate Dhillon as DEA chief");
    Path shot = Path.of("target", "screenshots");
    Files.createDirectories(shot);
    Files.write(shot.resolve("entity-jeff-sessions.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void hoveringMoBrooksInTheArticleShowsHisCard() throws Exception {
    browser.get(url("/article/" + articleId));
    List<WebElement> brooks = browser.findElements(By.cssSelector("a[data-entity]")).stream()
        .filter(a -> a.getText().contains("Mo Brooks")).toList();
    assertThat(brooks).isNotEmpty();
    new Actions(browser).moveToElement(brooks.get(0)).perform();
    WebElement card = new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("card")));
    // the card: his name, and what the person card of the article knew about him
    assertThat(card.getText()).contains("Mo Brooks").contains("mad hatters");
    Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(Path.of("target", "screenshots", "hover-mo-brooks.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void searchingEndorsedFindsTheSeed() {
    browser.get(url("/search?q=endorsed"));
    assertThat(browser.findElements(By.cssSelector(".hits a"))).extracting(a -> a.getAttribute("href"))
        .anySatisfy(href -> assertThat(href).endsWith("/article/" + articleId));
    assertThat(Optional.ofNullable(browser.getTitle())).contains("Search · newsgraph");
  }
}
