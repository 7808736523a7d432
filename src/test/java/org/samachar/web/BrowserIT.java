package org.samachar.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samachar.store.Fixtures;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's way through the site in a real browser: Debian's headless Chromium, driven over
 * WebDriver by Debian's chromedriver, against the real server over a store built from the seeds.
 * Without the two packages the test is skipped, unless SAMACHAR_REQUIRE_BROWSER=1 (as .ci/run sets
 * after installing them). Screenshots of the pages go to {@code target/screenshots}, or to the
 * folder named by the system property {@code samachar.screenshots} (the README's are made with
 * {@code -Dsamachar.screenshots=docs/screenshots}).
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("samachar.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("samachar.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of(System.getProperty("samachar.screenshots", "target/screenshots"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path tmp;
    static FusekiServer server;
    static String base;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean ready = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!ready && "1".equals(System.getenv("SAMACHAR_REQUIRE_BROWSER"))) {
            throw new AssertionError("no browser to test with: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed (Debian packages chromium and chromium-driver)");
        }
        Assumptions.assumeTrue(ready, "skipped: no " + CHROMIUM + " / " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");

        Path store = tmp.resolve("store");
        DatasetGraph dsg = Fixtures.open(store);
        Fixtures.build(dsg, Fixtures.CORPUS);
        server = Fixtures.serve(store);
        base = "http://localhost:" + server.getHttpPort();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--lang=en-US", "--window-size=1280,1000");
        // The driver is named, so Selenium Manager is never asked to find (or download) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    /** A screenshot of the whole page, not just the window: the height is set to the page's. */
    private static void screenshot(String name) throws IOException {
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 40, 600), 2400)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void fromTheHomePageToPutinByHisHindiNameAndOnToAnEventsEvidenceSentence() throws IOException {
        browser.get(base + "/");
        assertEquals("Samachar", browser.findElement(By.cssSelector("h1")).getText());
        screenshot("home");

        WebElement box = browser.findElement(By.cssSelector("form.search input[name=q]"));
        box.sendKeys("पुतिन");
        box.submit();
        WebElement first = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("ol.results li.result a")));
        assertEquals("Vladimir Putin", first.getText(), "the first hit for पुतिन");
        screenshot("search");

        first.click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Vladimir Putin"));
        assertTrue(browser.getCurrentUrl().endsWith("/id/person/vladimir-putin"), browser.getCurrentUrl());
        List<WebElement> events = browser.findElements(By.cssSelector("table.timeline a.event"));
        assertFalse(events.isEmpty(), "Putin's page lists his events");
        screenshot("entity");

        WebElement meeting = events.stream().filter(e -> e.getText().equals("meeting")).findFirst().orElseThrow();
        meeting.click();
        WebElement evidence = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("blockquote.evidence a.sentence-link")));
        String sentence = browser.findElement(By.cssSelector("blockquote.evidence")).getText();
        assertTrue(browser.findElement(By.cssSelector("dl.event-facts")).getText().contains("CAMEO"));
        screenshot("event");

        String sentenceHref = evidence.getAttribute("href");
        evidence.click();
        waiting().until(ExpectedConditions.urlToBe(sentenceHref));
        String id = sentenceHref.substring(sentenceHref.indexOf('#') + 1);
        WebElement target = browser.findElement(By.id(id));
        assertTrue(sentence.contains(target.getText().strip()),
                "the article shows the evidence sentence the event page quoted: " + target.getText());
        Object highlighted = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector(':target') === arguments[0];", target);
        assertEquals(Boolean.TRUE, highlighted, "the sentence is the page's target, so it is highlighted");
        screenshot("article");
    }

    @Test
    void theWorkbenchRunsAnExampleQueryAndShowsItsResults() throws IOException {
        browser.get(base + "/workbench");
        WebElement run = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        List<WebElement> tabs = browser.findElements(By.cssSelector(".tabsList .tab"));
        assertTrue(tabs.size() >= 10, "one tab per example query: " + tabs.size());
        run.click();
        WebElement table = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasr table.dataTable tbody")));
        waiting().until(d -> table.findElements(By.tagName("tr")).size() >= 5);
        assertTrue(table.getText().contains("003_c30187d985211f20"), "the articles query lists the seed articles");
        screenshot("workbench");
    }

    @Test
    void theSitesWordsAndNamesFollowTheChosenLanguage() throws IOException {
        browser.get(base + "/id/person/vladimir-putin?lang=gu");
        assertEquals("વ્લાદિમીર પુતિન", browser.findElement(By.cssSelector("h1")).getText());
        browser.findElement(By.cssSelector("span.languages a[lang=hi]")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "व्लादिमीर पुतिन"));
        assertEquals("hi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot("entity-hi");
    }
}
