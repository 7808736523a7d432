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
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
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
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import java.util.ArrayList;

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
    /** A second server, over the seeds plus {@link HostileLabels}: the pictures must show markup as text. */
    static FusekiServer hostileServer;
    static String hostileBase;
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
        Path hostileStore = tmp.resolve("hostile");
        DatasetGraph hostile = Fixtures.open(hostileStore);
        Fixtures.build(hostile, Fixtures.CORPUS);
        HostileLabels.addTo(hostile);
        hostileServer = Fixtures.serve(hostileStore);
        hostileBase = "http://localhost:" + hostileServer.getHttpPort();

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
        if (hostileServer != null) {
            hostileServer.stop();
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
        waitForPictures();
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
        waitForPictures();
        screenshot("entity");

        WebElement meeting = events.stream().filter(e -> e.getText().equals("meeting")).findFirst().orElseThrow();
        meeting.click();
        WebElement evidence = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("blockquote.evidence a.sentence-link")));
        String sentence = browser.findElement(By.cssSelector("blockquote.evidence")).getText();
        assertTrue(browser.findElement(By.cssSelector("dl.event-facts")).getText().contains("CAMEO"));
        waitForPictures();
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
        waiting().until(d -> table.getText().contains("001_fddf59ab977fc935"));
        assertTrue(table.getText().contains("001_fddf59ab977fc935"), "the articles query lists the latest day's article");
        screenshot("workbench");
    }

    @Test
    void theSitesWordsAndNamesFollowTheChosenLanguage() throws IOException {
        browser.get(base + "/id/person/vladimir-putin?lang=gu");
        assertEquals("વ્લાદિમીર પુતિન", browser.findElement(By.cssSelector("h1")).getText());
        waitForPictures();
        assertTrue(browser.findElement(By.cssSelector("figure.timeline-chart ul.modalities")).getText().contains("બન્યું"),
                "the pictures' legends are in the page's language");
        browser.findElement(By.cssSelector("span.languages a[lang=hi]")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "व्लादिमीर पुतिन"));
        assertEquals("hi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot("entity-hi");
    }

    // --- the pictures -------------------------------------------------------------------------------

    private static final String SPARQL_PREFIXES = """
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX sam: <https://w3id.org/samachar/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            """;
    private static final String EVENTS = "<https://w3id.org/samachar/graph/events>";
    private static final String PUTIN = "<https://w3id.org/samachar/id/person/vladimir-putin>";
    private static final String KIM = "https://w3id.org/samachar/id/person/kim-jong-un";

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(base + "/kg/sparql").query(SPARQL_PREFIXES + query).build()) {
            exec.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static long count(String query) {
        return select(query).get(0).getLiteral("n").getLong();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Waits until every picture of the page is drawn, and fails if one could not be. */
    private static void waitForPictures() {
        waiting().until(d -> (Boolean) js("return [...document.querySelectorAll('figure.chart')]"
                + ".every(f => f.dataset.drawn === 'true' || f.classList.contains('failed'));"));
        Object failed = js("return [...document.querySelectorAll('figure.chart.failed')].map(f => f.className + ': ' + f.dataset.error).join('; ');");
        assertEquals("", failed, "every picture is drawn");
    }

    private static long sumOf(String selector, String attribute) {
        return ((Number) js("return [...document.querySelectorAll(arguments[0])].reduce((n, e) => n + Number(e.getAttribute(arguments[1])), 0);",
                selector, attribute)).longValue();
    }

    @Test
    void anActorsTimelineAndNetworkAreDrawnFromTheStoreAndAnEdgeOpensTheSharedEvents() throws IOException {
        browser.get(base + "/id/person/vladimir-putin");
        waitForPictures();
        long dated = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e sem:hasActor " + PUTIN
                + " ; sem:hasBeginTimeStamp ?t } }");
        assertTrue(dated > 5);
        assertEquals(dated, sumOf("svg.timeline .mark", "data-count"), "one mark per dated event");
        long partners = count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e sem:hasActor " + PUTIN
                + ", ?o FILTER(?o != " + PUTIN + ") } }");
        assertEquals(Math.min(40, partners), browser.findElements(By.cssSelector("svg.network a.node:not(.centre)")).size(),
                "one node per actor he shares an event with");
        assertEquals(Math.min(40, partners), browser.findElements(By.cssSelector("table.network tbody tr")).size(),
                "the plain table has the same actors");

        // A mark is a link the keyboard reaches: focused and Enter opens its event.
        WebElement mark = browser.findElement(By.cssSelector("svg.timeline a.mark"));
        String markHref = mark.getDomAttribute("href");
        js("arguments[0].focus();", mark);
        assertEquals(Boolean.TRUE, js("return document.activeElement === arguments[0];", mark), "a mark takes the focus");
        mark.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains(markHref));
        assertTrue(browser.getCurrentUrl().contains("/id/event/"), browser.getCurrentUrl());

        browser.get(base + "/id/person/vladimir-putin");
        waitForPictures();
        long shared = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e sem:hasActor " + PUTIN
                + ", <" + KIM + "> } }");
        WebElement edge = browser.findElement(By.cssSelector("svg.network a.edge[data-target='" + KIM + "']"));
        assertEquals(String.valueOf(shared), edge.getAttribute("data-events"), "the edge's weight");
        edge.findElement(By.cssSelector("line.visible")).click();
        waiting().until(ExpectedConditions.urlContains("with="));
        assertTrue(browser.getCurrentUrl().contains("/id/person/vladimir-putin?with=%2Fid%2Fperson%2Fkim-jong-un"),
                browser.getCurrentUrl());
        assertEquals(shared, browser.findElements(By.cssSelector("table.timeline tbody tr")).size(),
                "the table lists exactly the events the two share");
        waitForPictures();
        screenshot("entity-shared-events");
    }

    @Test
    void theHomePagesActivityMapAndPairsAreDrawnFromTheStoreAndACountryOpensItsPage() throws IOException {
        browser.get(base + "/");
        waitForPictures();
        long dated = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e a ?type ; sem:hasBeginTimeStamp ?t } "
                + "?type rdfs:subClassOf* ?root . ?root sam:cameoCode ?c FILTER(STRLEN(?c) = 2) }");
        assertEquals(dated, sumOf("svg.activity .mark", "data-count"), "every dated event in the monthly bars");

        Map<String, Long> byCountry = new HashMap<>();
        for (QuerySolution row : select("SELECT ?iso (COUNT(DISTINCT ?e) AS ?n) WHERE { ?c sam:isoCode ?iso "
                + "{ GRAPH " + EVENTS + " { ?e sem:hasActor|sem:hasPlace ?c } } UNION { GRAPH " + EVENTS + " { ?e sem:hasPlace ?city } "
                + "?city schema:containedInPlace ?c } } GROUP BY ?iso")) {
            byCountry.put(row.getLiteral("iso").getLexicalForm(), row.getLiteral("n").getLong());
        }
        List<WebElement> shaded = browser.findElements(By.cssSelector("svg.map path.country.has-events"));
        assertFalse(shaded.isEmpty());
        for (WebElement country : shaded) {
            String iso = country.getAttribute("data-iso");
            assertEquals(byCountry.get(iso), Long.valueOf(country.getAttribute("data-events")), "events of " + iso);
        }
        WebElement map = browser.findElement(By.cssSelector("svg.map"));
        assertEquals(byCountry.size(), shaded.size() + Integer.parseInt(map.getAttribute("data-unmapped")),
                "every country with events is shaded, or named as too small for the map");
        long cities = count("SELECT (COUNT(DISTINCT ?city) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e sem:hasPlace ?city } "
                + "?city a schema:City ; sam:timeZone ?tz }");
        assertEquals(cities, browser.findElements(By.cssSelector("svg.map circle.city")).size(), "one point per event city");
        assertEquals(browser.findElements(By.cssSelector("table.pairs tbody tr")).size(),
                browser.findElements(By.cssSelector("svg.pairs a.pair")).size(), "one bar per pair of the table");

        // A real click at a point inside Russia (its centroid as drawn; the middle of its bounding
        // box lies outside it, as the country wraps round the antimeridian).
        WebElement russia = browser.findElement(By.cssSelector("svg.map path.country[data-iso=RU]"));
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("arguments[0].scrollIntoView({block: 'center'});"
                + "const svg = arguments[0].ownerSVGElement; const p = svg.createSVGPoint();"
                + "p.x = +arguments[0].dataset.cx; p.y = +arguments[0].dataset.cy;"
                + "const q = p.matrixTransform(svg.getScreenCTM()); return [q.x, q.y];", russia);
        assertEquals(Boolean.TRUE, js("return document.elementFromPoint(arguments[0], arguments[1]) === arguments[2];",
                at.get(0), at.get(1), russia), "the point is on Russia");
        new Actions(browser).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).click().perform();
        waiting().until(ExpectedConditions.urlContains("/id/country/ru"));
        assertEquals("Russia", browser.findElement(By.cssSelector("h1")).getText());
        waitForPictures();
        screenshot("country");
    }

    @Test
    void anEventsPlaceReportsAndRolesAreDrawnFromTheStore() throws IOException {
        String event = select("SELECT ?e WHERE { GRAPH " + EVENTS + " { ?e sam:sourceCount ?s ; sem:hasPlace ?p ; sem:hasActor "
                + PUTIN + " FILTER(?s > 2) } } ORDER BY DESC(?s) ?e LIMIT 1").get(0).getResource("e").getURI();
        browser.get(base + event.substring("https://w3id.org/samachar".length()));
        waitForPictures();
        long reports = count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH " + EVENTS + " { <" + event + "> sam:report ?r } }");
        assertEquals(reports, browser.findElements(By.cssSelector("svg.reports a.report")).size(), "one mark per report");
        long roles = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?a WHERE { GRAPH " + EVENTS + " { <" + event
                + "> ?p ?a } ?p rdfs:subPropertyOf sem:hasActor FILTER(?p != sem:hasActor) } }");
        assertEquals(roles, browser.findElements(By.cssSelector("svg.roles a.actor")).size(), "one node per actor and role");
        assertTrue(Integer.parseInt(browser.findElement(By.cssSelector("svg.event-map")).getAttribute("data-places")) >= 1,
                "the place is on the map");
        screenshot("event-pictures");
    }

    @Test
    void markupInLabelsIsShownAsTextInEveryPicture() {
        for (String path : List.of("/?from=1999&to=1999", HostileLabels.PERSON_PATH, HostileLabels.EVENT_PATH,
                "/id/person/vladimir-putin?from=1999&to=1999", HostileLabels.CITY_PATH)) {
            browser.get(hostileBase + path);
            waitForPictures();
            assertEquals(Boolean.TRUE, js("return window.pwned === undefined;"), path + ": no label ran as script");
            assertEquals(0L, ((Number) js("return document.querySelectorAll('figure img, figure script, figure svg svg, figure svg i').length;"))
                    .longValue(), path + ": no label became an element");
        }
        browser.get(hostileBase + HostileLabels.EVENT_PATH);
        waitForPictures();
        String drawn = (String) js("return [...document.querySelectorAll('figure.chart svg')].map(s => s.textContent).join(' ');");
        assertTrue(drawn.contains(HostileLabels.PERSON), "the person's label is drawn as written: " + drawn);
        assertTrue(drawn.contains(HostileLabels.ORG), "the organisation's too");
        browser.get(hostileBase + "/?from=1999&to=1999");
        waitForPictures();
        String map = (String) js("return document.querySelector('svg.map').textContent;");
        assertTrue(map.contains(HostileLabels.CITY), "the city's label is drawn as written: " + map);
        String legend = (String) js("return document.querySelector('figure.activity-chart figcaption').textContent;");
        assertTrue(legend.contains(HostileLabels.ROOT), "the root's label is drawn as written: " + legend);
    }
}
