package org.samachar.cli;

import org.samachar.UserException;
import org.samachar.bench.ExtractionBenchmark;
import org.samachar.bench.LiveBenchmark;
import org.samachar.bench.LoadBenchmark;
import org.samachar.bench.QueryMix;
import org.samachar.bench.ScaleCorpusGenerator;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.ArticleExtractor;
import org.samachar.rdf.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code samachar bench generate | extract | resolve | load | queries | live}: speed measurements (never tests, never quality). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Speed measurements. Results go to stdout; docs/performance.md records them with the machine.",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Extract.class, BenchCommand.Resolve.class,
                BenchCommand.Load.class, BenchCommand.Queries.class, BenchCommand.Live.class})
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        throw new UserException("name a bench: generate, extract, resolve, load, queries or live (samachar bench --help)");
    }

    private static ArticleExtractor extractor(ReferenceData reference) {
        return new ArticleExtractor(Gazetteer.fromGraph(reference.gazetteer()));
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Write a SYNTHETIC corpus for speed measurements: real Gujarati and Hindi sentences of",
                    "--from recombined, with other names of the gazetteer and other years. Never use it for quality."})
    static final class Generate implements Runnable {
        @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
        int articles;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (must be empty or new).")
        Path out;

        @Option(names = "--from", paramLabel = "DIR", defaultValue = "${env:SAMACHAR_HOME:-.}/corpus",
                description = "Real corpus whose sentences are recombined (default: ${DEFAULT-VALUE}).")
        Path from;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same corpus.")
        long seed;

        @Option(names = "--html", description = "Write news pages (menu, ads, sidebar, comments, JSON-LD) and no manifest,"
                + " to measure the HTML path.")
        boolean html;

        @Override
        public void run() {
            if (articles < 1) {
                throw new UserException("--articles must be at least 1");
            }
            try {
                if (Files.isDirectory(out) && Files.list(out).findAny().isPresent()) {
                    throw new UserException(out + " is not empty; give a new or empty folder");
                }
            } catch (java.io.IOException e) {
                throw new UserException(out + ": " + e.getMessage());
            }
            ReferenceData reference = ReferenceData.load();
            long start = System.nanoTime();
            long bytes = new ScaleCorpusGenerator(Stores.corpus(from), extractor(reference), reference.gazetteer())
                    .write(out, articles, seed, html);
            System.out.printf(Locale.ROOT, "wrote %d synthetic articles (%.1f MB) to %s in %.1f s%n", articles,
                    bytes / 1e6, out, (System.nanoTime() - start) / 1e9);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = {"Event resolution from scratch over a built store, on one thread, without writing: the",
                    "reports read once, then --rounds times clustered and turned into event quads (counted)."})
    static final class Resolve implements Runnable {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "A built store (opened read-only).")
        Path data;

        @Option(names = "--rounds", defaultValue = "3", description = "Resolutions after the read (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public void run() {
            if (rounds < 1) {
                throw new UserException("--rounds must be at least 1");
            }
            if (!Files.isDirectory(data)) {
                throw new UserException("no store at " + data);
            }
            var dataset = org.apache.jena.tdb2.TDB2Factory.connectDataset(data.toString()).asDatasetGraph();
            var match = new org.samachar.resolve.EventMatch(
                    org.samachar.resolve.EventResolver.countries(ReferenceData.load().gazetteer()));
            var resolution = new org.samachar.resolve.FullResolution(match, org.samachar.resolve.Sealing.DEFAULT);
            var cpu = ManagementFactory.getThreadMXBean();
            long wall = System.nanoTime();
            long used = cpu.getCurrentThreadCpuTime();
            org.apache.jena.system.Txn.executeRead(dataset, () -> resolution.addAll(dataset));
            System.out.printf(Locale.ROOT, "read %d reports: %.1f s, %.1f s CPU%n", resolution.size(),
                    (System.nanoTime() - wall) / 1e9, (cpu.getCurrentThreadCpuTime() - used) / 1e9);
            for (int round = 1; round <= rounds; round++) {
                long[] quads = {0};
                wall = System.nanoTime();
                used = cpu.getCurrentThreadCpuTime();
                var outcome = resolution.run(0, q -> quads[0] += q.size());
                System.out.printf(Locale.ROOT, "round %d: %d events (%d told by several articles), %d quads: %.1f s, %.1f s CPU%n",
                        round, outcome.events(), outcome.toldByMany(), quads[0], (System.nanoTime() - wall) / 1e9,
                        (cpu.getCurrentThreadCpuTime() - used) / 1e9);
            }
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"A bounded load test: the embedded server over --data on a loopback port, and --clients",
                    "threads sending the example queries of queries/ plus a lookup and a runaway query, for --seconds."})
    static final class Load implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Mixin
        StoreOptions store;

        @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--seconds", defaultValue = "60", description = "How long (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${env:SAMACHAR_HOME:-.}/queries",
                description = "Folder of .rq files in the mix (default: ${DEFAULT-VALUE}).")
        Path queries;

        /** @return 1 when a request failed (a query stopped by the server's timeout is not a failure) */
        @Override
        public Integer call() {
            if (!Files.isDirectory(store.data)) {
                throw new UserException("no store at " + store.data + "; build one with: ./samachar build --data " + store.data);
            }
            java.util.Map<String, String> mix = exampleQueries(queries);
            mix.put(QueryMix.ENTITY_LOOKUP, QueryMix.lookups().get(QueryMix.ENTITY_LOOKUP));
            mix.put("runaway (cross product)", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
            var server = embeddedServer(store.data);
            try {
                Runtime rt = Runtime.getRuntime();
                System.gc();
                long heapBefore = rt.totalMemory() - rt.freeMemory();
                var bench = new LoadBenchmark("http://localhost:" + server.getHttpPort() + "/kg/sparql", mix);
                var peak = new java.util.concurrent.atomic.AtomicLong();
                var sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
                sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max),
                        0, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
                var r = bench.run(clients, seconds);
                sampler.shutdownNow();
                System.gc();
                long heapAfter = rt.totalMemory() - rt.freeMemory();
                System.out.printf(Locale.ROOT, "%d clients, %.1f s: %d requests, %.1f requests/s, %d failed, %d stopped by the timeout%n",
                        r.clients(), r.seconds(), r.requests(), r.throughput(), r.failed(), r.timedOut());
                System.out.printf(Locale.ROOT, "heap in use: %d MB before, peak %d MB, %d MB after (max heap %d MB)%n",
                        heapBefore >> 20, peak.get() >> 20, heapAfter >> 20, rt.maxMemory() >> 20);
                System.out.printf(Locale.ROOT, "  %-34s %7s %8s %7s %9s %9s %9s%n", "query", "ok", "timeout", "failed", "p50 ms", "p99 ms", "max ms");
                for (var q : r.byQuery()) {
                    System.out.printf(Locale.ROOT, "  %-34s %7d %8d %7d %9.1f %9.1f %9.1f%n", q.name(), q.ok(), q.timedOut(),
                            q.failed(), q.p50(), q.p99(), q.max());
                }
                r.failures().forEach(f -> System.out.println("  failure: " + f));
                return r.failed() == 0 ? 0 : 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            } finally {
                server.stop();
            }
        }
    }

    private static java.util.Map<String, String> exampleQueries(Path folder) {
        try {
            return new java.util.TreeMap<>(QueryMix.exampleQueries(folder));
        } catch (java.io.IOException e) {
            throw new UserException("cannot read the queries in " + folder + ": " + e.getMessage());
        }
    }

    /** The embedded server, as {@code serve} configures it, over a store, on a free loopback port. */
    private static org.apache.jena.fuseki.main.FusekiServer embeddedServer(Path data) {
        return org.samachar.server.ServerSetup.builder(org.samachar.server.ServerSetup.configuration(
                                java.util.Optional.of(Path.of(System.getenv().getOrDefault("SAMACHAR_HOME", "."),
                                        org.samachar.server.ServerSetup.DEFAULT_CONFIG)).filter(Files::isRegularFile), data),
                        org.samachar.server.ServerSetup.passwordFile(java.util.Optional.empty(), java.util.Optional.empty()))
                .port(0).loopback(true).build().start();
    }

    @Command(name = "queries", mixinStandardHelpOptions = true,
            description = {"Query latency and throughput of any SPARQL endpoint: a fixed mix (--mix lookups: entity,",
                    "article, an actor's timeline, cross-script search; --mix all: those, the example queries of",
                    "queries/, events of a type in a month and an aggregation) at each number of --clients.",
                    "Give --endpoint URL, or --data STORE to start the embedded server over it in this process."})
    static final class Queries implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL query endpoint, e.g. http://localhost:3030/kg/sparql.")
        String endpoint;

        @Option(names = "--data", paramLabel = "DIR", description = "A store to serve with the embedded server instead of --endpoint.")
        Path data;

        @Option(names = "--clients", split = ",", defaultValue = "1,4,16",
                description = "Numbers of concurrent clients, run one after the other (default: ${DEFAULT-VALUE}).")
        java.util.List<Integer> clients;

        @Option(names = "--seconds", defaultValue = "20", description = "How long each number of clients runs (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--warmup", defaultValue = "5", description = "Seconds of the mix on one client first, not counted (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--mix", defaultValue = "all", description = "lookups or all (default: ${DEFAULT-VALUE}).")
        String mixName;

        @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${env:SAMACHAR_HOME:-.}/queries",
                description = "Folder of the example .rq files in --mix all (default: ${DEFAULT-VALUE}).")
        Path queries;

        @Option(names = "--label", defaultValue = "endpoint", description = "Name of the server in the output and the TSV (default: ${DEFAULT-VALUE}).")
        String label;

        @Option(names = "--tsv", paramLabel = "FILE", description = "Append one row per query and number of clients to FILE.")
        Path tsv;

        /** @return 1 when a request failed (a query stopped by the server's timeout is not a failure) */
        @Override
        public Integer call() {
            if ((endpoint == null) == (data == null)) {
                throw new UserException("give either --endpoint URL or --data STORE");
            }
            if (seconds < 1 || warmup < 0 || clients.stream().anyMatch(c -> c < 1)) {
                throw new UserException("--seconds and --clients must be at least 1, --warmup at least 0");
            }
            java.util.Map<String, String> mix = new java.util.LinkedHashMap<>(QueryMix.lookups());
            switch (mixName) {
                case "lookups" -> { }
                case "all" -> {
                    mix.putAll(exampleQueries(queries));
                    mix.putAll(QueryMix.scans());
                }
                default -> throw new UserException("--mix must be lookups or all, not " + mixName);
            }
            org.apache.jena.fuseki.main.FusekiServer server = null;
            String url = endpoint;
            if (data != null) {
                if (!Files.isDirectory(data)) {
                    throw new UserException("no store at " + data + "; build one with: ./samachar build --data " + data);
                }
                server = embeddedServer(data);
                url = "http://localhost:" + server.getHttpPort() + "/kg/sparql";
            }
            try {
                var bench = new LoadBenchmark(url, mix);
                if (warmup > 0) {
                    bench.run(1, warmup);
                }
                long failed = 0;
                String when = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
                java.util.List<String> rows = new java.util.ArrayList<>();
                for (int c : clients) {
                    var r = bench.run(c, seconds);
                    failed += r.failed();
                    String load = loadAverage();
                    System.out.printf(Locale.ROOT, "%s, mix %s, %d clients, %.1f s: %d requests, %.1f requests/s, %d failed, %d stopped by the timeout (load average %s)%n",
                            label, mixName, c, r.seconds(), r.requests(), r.throughput(), r.failed(), r.timedOut(), load);
                    System.out.printf(Locale.ROOT, "  %-36s %7s %8s %7s %9s %9s %9s%n", "query", "ok", "timeout", "failed", "p50 ms", "p99 ms", "max ms");
                    for (var q : r.byQuery()) {
                        System.out.printf(Locale.ROOT, "  %-36s %7d %8d %7d %9.1f %9.1f %9.1f%n", q.name(), q.ok(), q.timedOut(),
                                q.failed(), q.p50(), q.p99(), q.max());
                        rows.add(String.join("\t", when, label, mixName, Integer.toString(c), q.name(), Long.toString(q.ok()),
                                Long.toString(q.timedOut()), Long.toString(q.failed()), String.format(Locale.ROOT, "%.2f", q.p50()),
                                String.format(Locale.ROOT, "%.2f", q.p99()), String.format(Locale.ROOT, "%.2f", q.max()),
                                String.format(Locale.ROOT, "%.2f", r.throughput()), load));
                    }
                    r.failures().forEach(f -> System.out.println("  failure: " + f));
                }
                if (tsv != null) {
                    appendRows(tsv, rows);
                }
                return failed == 0 ? 0 : 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            } finally {
                if (server != null) {
                    server.stop();
                }
            }
        }

        private static void appendRows(Path file, java.util.List<String> rows) {
            try {
                if (!Files.exists(file) || Files.size(file) == 0) {
                    Files.writeString(file, "when\tserver\tmix\tclients\tquery\tok\ttimeout\tfailed\tp50_ms\tp99_ms\tmax_ms\trequests_per_s\tload_average\n");
                }
                Files.write(file, rows, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new UserException("cannot write " + file + ": " + e.getMessage());
            }
        }
    }

    /** The 1, 5 and 15 minute load averages, to publish next to each figure (the machine is shared). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Extraction speed on one thread (decode, every stage, RDF writer; no store):",
                    "articles/s, MB/s and where the time goes. The corpus is read into memory first."})
    static final class Extract implements Runnable {
        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:SAMACHAR_HOME:-.}/corpus",
                description = "Corpus folder (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--rounds", defaultValue = "20", description = "Times the corpus is run after a warm-up (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public void run() {
            if (rounds < 1) {
                throw new UserException("--rounds must be at least 1");
            }
            ExtractionBenchmark.Result r = new ExtractionBenchmark(extractor(ReferenceData.load()))
                    .run(Stores.corpus(corpus), rounds);
            System.out.printf(Locale.ROOT, "corpus %s, %d rounds, JVM %s, %d processors%n", corpus, rounds,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%d articles, %.2f MB, %d quads in %.2f s on one thread: %.0f articles/s, %.2f MB/s%n",
                    r.articles(), r.bytes() / 1e6, r.quads(), r.seconds(), r.articlesPerSecond(), r.megabytesPerSecond());
            if (r.cpuSeconds() > 0) {
                System.out.printf(Locale.ROOT, "the thread's CPU time %.2f s: %.0f articles per CPU second, %.2f MB per CPU second%n",
                        r.cpuSeconds(), r.articlesPerCpuSecond(), r.bytes() / 1e6 / r.cpuSeconds());
            }
            double total = r.secondsByStage().values().stream().mapToDouble(Double::doubleValue).sum();
            for (Map.Entry<String, Double> e : r.secondsByStage().entrySet()) {
                System.out.printf(Locale.ROOT, "  %-24s %6.1f%%  %8.1f µs/article%n", e.getKey(), 100 * e.getValue() / total,
                        1e6 * e.getValue() / r.articles());
            }
            System.out.printf(Locale.ROOT, "peak heap in use: see -Xlog:gc; heap now %d MB%n",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1 << 20));
        }
    }

    @Command(name = "live", mixinStandardHelpOptions = true,
            description = {"Against a running 'samachar serve': seconds from an article's file landing in the corpus",
                    "(or its POST) to its first appearance in a query, over --trials each; then the lookups for",
                    "--seconds on the idle server and again while --burst articles land at once."})
    static final class Live implements Callable<Integer> {
        @Option(names = "--server", paramLabel = "URL", defaultValue = "http://localhost:3030/",
                description = "The server (default: ${DEFAULT-VALUE}).")
        String server;

        @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder the server watches.")
        Path corpus;

        @Option(names = "--from", required = true, paramLabel = "DIR",
                description = "Articles new to the store (bench generate with another --seed), with their manifest.")
        Path from;

        @Option(names = "--trials", defaultValue = "50", description = "Trials by file and by POST (default: ${DEFAULT-VALUE}).")
        int trials;

        @Option(names = "--burst", defaultValue = "500", description = "Articles dropped at once (default: ${DEFAULT-VALUE}; 0: none).")
        int burst;

        @Option(names = "--seconds", defaultValue = "60", description = "Lookups idle and during the burst (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--password-file", paramLabel = "FILE", description = "The admin password, for the POST trials (none: no POST trials).")
        Path passwordFile;

        @Override
        public Integer call() throws Exception {
            Optional<String> password = Optional.empty();
            if (passwordFile != null) {
                password = Files.readAllLines(passwordFile).stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
            }
            LiveBenchmark bench = new LiveBenchmark(server, corpus, from, password);
            int needed = trials * (password.isPresent() ? 2 : 1) + burst;
            if (bench.available() < needed) {
                throw new UserException(from + " has " + bench.available() + " articles; this run needs " + needed);
            }
            System.out.printf(Locale.ROOT, "server %s, corpus %s, %d processors, load average %.2f%n", server, corpus,
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            report("file lands -> queryable", bench.files(trials).stream().mapToDouble(LiveBenchmark.Trial::seconds).toArray());
            if (password.isPresent()) {
                List<LiveBenchmark.Trial> posts = bench.posts(trials);
                report("POST answered", posts.stream().mapToDouble(LiveBenchmark.Trial::postSeconds).toArray());
                report("POST sent -> queryable", posts.stream().mapToDouble(LiveBenchmark.Trial::seconds).toArray());
            }
            if (burst > 0) {
                Map<String, String> lookups = new java.util.LinkedHashMap<>();
                QueryMix.lookups().forEach((name, query) -> {
                    if (name.startsWith("lookup (")) {
                        lookups.put(name, query);
                    }
                });
                LiveBenchmark.Burst b = bench.burst(burst, lookups, seconds, Live::printBurst);
                System.out.printf(Locale.ROOT, "burst of %d articles: the server idle again (events graph and search index done) after %.1f s%n",
                        b.files(), b.idleAgainSeconds());
            }
            return 0;
        }

        private static void printBurst(LiveBenchmark.Burst b) {
            System.out.printf(Locale.ROOT, "burst of %d articles: all queryable after %.1f s%n", b.files(), b.allQueryableSeconds());
            for (int i = 0; i < b.idle().byQuery().size(); i++) {
                LoadBenchmark.QueryStats idle = b.idle().byQuery().get(i);
                LoadBenchmark.QueryStats during = b.during().byQuery().get(i);
                System.out.printf(Locale.ROOT, "  %-34s idle p50 %.1f p99 %.1f ms (%d) | during the burst p50 %.1f p99 %.1f ms (%d) | p99 ratio %.2f%n",
                        idle.name(), idle.p50(), idle.p99(), idle.ok(), during.p50(), during.p99(), during.ok(),
                        during.p99() / idle.p99());
            }
            System.out.flush();
        }

        private static void report(String what, double[] seconds) {
            double[] sorted = seconds.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-24s %d trials: p50 %.3f s, p99 %.3f s, max %.3f s, mean %.3f s%n", what,
                    sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1],
                    java.util.Arrays.stream(sorted).average().orElse(0));
            System.out.flush();
        }

        /** Nearest-rank percentile of sorted values. */
        private static double percentile(double[] sorted, double p) {
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }
}
