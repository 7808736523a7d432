package org.samachar.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of a SPARQL endpoint: {@code clients} threads send a mix of queries, each
 * chosen at random, for {@code seconds}, and every answer is checked (HTTP 200 with a body). A
 * query the server stops at its timeout is counted apart from failures. Reports throughput and
 * latency percentiles per query.
 */
public final class LoadBenchmark {

    /** Latencies and outcomes of one query of the mix. */
    public record QueryStats(String name, long ok, long timedOut, long failed, double p50, double p99, double max) {
    }

    /** What a run measured. */
    public record Result(int clients, double seconds, long requests, long failed, long timedOut,
                         List<QueryStats> byQuery, List<String> failures) {
        public double throughput() {
            return requests / seconds;
        }
    }

    private final String endpoint;
    private final Map<String, String> queries;

    /** @param queries the mix, by name */
    public LoadBenchmark(String endpoint, Map<String, String> queries) {
        this.endpoint = endpoint;
        this.queries = new TreeMap<>(queries);
    }

    public Result run(int clients, int seconds) throws InterruptedException {
        List<String> names = new ArrayList<>(queries.keySet());
        Map<String, List<Double>> latencies = new TreeMap<>();
        Map<String, AtomicLong> timeouts = new TreeMap<>();
        Map<String, AtomicLong> failed = new TreeMap<>();
        names.forEach(n -> {
            latencies.put(n, Collections.synchronizedList(new ArrayList<>()));
            timeouts.put(n, new AtomicLong());
            failed.put(n, new AtomicLong());
        });
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String name = names.get(random.nextInt(names.size()));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                            .timeout(Duration.ofSeconds(120))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/sparql-results+json")
                            .POST(HttpRequest.BodyPublishers.ofString("query="
                                    + URLEncoder.encode(queries.get(name), StandardCharsets.UTF_8)))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        double ms = (System.nanoTime() - t0) / 1e6;
                        boolean timeout = r.statusCode() == 503; // Fuseki's answer to a query stopped at its timeout
                        if (r.statusCode() == 200 && !r.body().isEmpty() && !timeout) {
                            latencies.get(name).add(ms);
                        } else if (timeout) {
                            timeouts.get(name).incrementAndGet();
                        } else {
                            failed.get(name).incrementAndGet();
                            failures.add(name + ": HTTP " + r.statusCode());
                        }
                    } catch (Exception e) {
                        failed.get(name).incrementAndGet();
                        failures.add(name + ": " + e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 180L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<QueryStats> stats = new ArrayList<>();
        long requests = 0;
        long allFailed = 0;
        long allTimedOut = 0;
        for (String n : names) {
            List<Double> l = new ArrayList<>(latencies.get(n));
            Collections.sort(l);
            stats.add(new QueryStats(n, l.size(), timeouts.get(n).get(), failed.get(n).get(),
                    percentile(l, 0.50), percentile(l, 0.99), l.isEmpty() ? 0 : l.get(l.size() - 1)));
            requests += l.size() + timeouts.get(n).get() + failed.get(n).get();
            allFailed += failed.get(n).get();
            allTimedOut += timeouts.get(n).get();
        }
        return new Result(clients, elapsed, requests, allFailed, allTimedOut, stats,
                failures.subList(0, Math.min(10, failures.size())));
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
