package org.samachar.web;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A measurement, not a test (docs/performance.md, "Pictures"): against a running server named by
 * {@code -Dsamachar.timing.url=http://localhost:PORT} (e.g. {@code samachar serve --no-build} over a
 * large synthetic store), the time of every JSON endpoint (median and 90th percentile of
 * {@code -Dsamachar.timing.rounds} requests after three warm-up ones) and of every page with
 * pictures in headless Chromium, from asking for the page to every picture drawn. Skipped
 * without the property; writes {@code target/pictures-timing.tsv}.
 */
class PicturesTimingIT {

    private static final String URL = System.getProperty("samachar.timing.url", "");
    private static final int ROUNDS = Integer.getInteger("samachar.timing.rounds", 20);

    @Test
    void measure() throws Exception {
        Assumptions.assumeFalse(URL.isEmpty(), "a measurement: run with -Dsamachar.timing.url=http://localhost:PORT");
        // -Dsamachar.timing.actor / .event name them, else they are looked up (which can take
        // longer than the endpoint's 10 s limit on a busy machine).
        String actor = System.getProperty("samachar.timing.actor") != null ? System.getProperty("samachar.timing.actor") : one("""
                SELECT ?a (COUNT(?e) AS ?n) WHERE { GRAPH <https://w3id.org/samachar/graph/events> {
                  ?e <http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> ?a } ?a a <https://schema.org/Person> }
                GROUP BY ?a ORDER BY DESC(?n) LIMIT 1""", "a");
        String event = System.getProperty("samachar.timing.event") != null ? System.getProperty("samachar.timing.event") : one("""
                SELECT ?e WHERE { GRAPH <https://w3id.org/samachar/graph/events> {
                  ?e <https://w3id.org/samachar/ontology#sourceCount> ?n } } ORDER BY DESC(?n) LIMIT 1""", "e");
        String actorPath = actor.substring("https://w3id.org/samachar".length());
        String eventPath = event.substring("https://w3id.org/samachar".length());
        String actorApi = "/api/entity" + actorPath.substring(3);
        Map<String, String> apis = new LinkedHashMap<>();
        apis.put("timeline of the busiest person", actorApi + "/timeline");
        apis.put("timeline, one year", actorApi + "/timeline?from=2020&to=2020");
        apis.put("network of the busiest person", actorApi + "/network");
        apis.put("event context (most sources)", "/api" + eventPath.substring(3));
        apis.put("activity per month", "/api/activity");
        apis.put("pairs, all time", "/api/pairs");
        apis.put("pairs, one year", "/api/pairs?from=2020&to=2020");
        apis.put("countries, all time", "/api/countries");
        apis.put("countries, one year", "/api/countries?from=2020&to=2020");
        apis.put("cities, all time", "/api/cities");
        List<String> lines = new ArrayList<>();
        lines.add("what\tpath\tp50 ms\tp90 ms\tbytes\tnot 200\tfirst ms");
        HttpClient http = HttpClient.newHttpClient();
        for (Map.Entry<String, String> api : apis.entrySet()) {
            List<Double> times = new ArrayList<>();
            int bytes = 0;
            int failed = 0;
            double first = 0;
            for (int i = 0; i < ROUNDS + 3; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(URL + api.getValue())).build(),
                        HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - t0) / 1e6;
                // Counted, not asserted: at scale an answer may be a 503 (the query limit), and the
                // pages are measured all the same.
                if (r.statusCode() != 200) {
                    failed++;
                } else {
                    bytes = r.body().length();
                }
                if (i == 0) {
                    first = ms;
                }
                if (i >= 3) {
                    times.add(ms);
                }
            }
            lines.add(api.getKey() + "\t" + api.getValue() + "\t" + percentile(times, 50) + "\t" + percentile(times, 90) + "\t" + bytes + "\t" + failed
                    + "\t" + String.format("%.0f", first));
        }
        lines.add("");
        lines.add("page\tpath\tp50 ms (all pictures drawn)\tp90 ms\tDOM interactive p50 ms\tpictures\tfailed (most in one run)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("home", "/");
            pages.put("busiest person", actorPath);
            pages.put("event with most sources", eventPath);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<Double> drawn = new ArrayList<>();
                List<Double> interactive = new ArrayList<>();
                long figures = 0;
                long failed = 0;
                for (int i = 0; i < 6; i++) {
                    long t0 = System.nanoTime();
                    browser.get(URL + page.getValue());
                    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                            "return [...document.querySelectorAll('figure.chart')].every(f => f.dataset.drawn === 'true' || f.classList.contains('failed'));"));
                    double ms = (System.nanoTime() - t0) / 1e6;
                    Number dom = (Number) ((JavascriptExecutor) browser).executeScript(
                            "const n = performance.getEntriesByType('navigation')[0]; return n.domInteractive;");
                    // A picture that failed (its JSON did not come) counts as finished above; say how many did.
                    figures = ((Number) ((JavascriptExecutor) browser).executeScript(
                            "return document.querySelectorAll('figure.chart').length;")).longValue();
                    failed = Math.max(failed, ((Number) ((JavascriptExecutor) browser).executeScript(
                            "return document.querySelectorAll('figure.chart.failed').length;")).longValue());
                    if (i > 0) {
                        drawn.add(ms);
                        interactive.add(dom.doubleValue());
                    }
                }
                lines.add(page.getKey() + "\t" + page.getValue() + "\t" + percentile(drawn, 50) + "\t" + percentile(drawn, 90)
                        + "\t" + percentile(interactive, 50) + "\t" + figures + "\t" + failed);
            }
        } finally {
            browser.quit();
        }
        Files.write(Path.of("target/pictures-timing.tsv"), lines);
        lines.forEach(System.out::println);
    }

    private static String one(String query, String var) {
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(URL + "/kg/sparql").query(query).build()) {
            QuerySolution s = exec.execSelect().next();
            return s.getResource(var).getURI();
        }
    }

    private static String percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        double v = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        return String.format("%.0f", v);
    }
}
