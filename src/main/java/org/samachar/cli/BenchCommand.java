package org.samachar.cli;

import org.samachar.bench.ExtractionBenchmark;
import org.samachar.bench.ScaleCorpusGenerator;
import org.samachar.extract.Gazetteer;
import org.samachar.pipeline.ArticleExtractor;
import org.samachar.rdf.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** {@code samachar bench generate | extract}: speed measurements (never tests, never quality). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Speed measurements. Results go to stdout; docs/performance.md records them with the machine.",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Extract.class})
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        throw new UserException("name a bench: generate or extract (samachar bench --help)");
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
                    .write(out, articles, seed);
            System.out.printf(Locale.ROOT, "wrote %d synthetic articles (%.1f MB) to %s in %.1f s%n", articles,
                    bytes / 1e6, out, (System.nanoTime() - start) / 1e9);
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
            double total = r.secondsByStage().values().stream().mapToDouble(Double::doubleValue).sum();
            for (Map.Entry<String, Double> e : r.secondsByStage().entrySet()) {
                System.out.printf(Locale.ROOT, "  %-24s %6.1f%%  %8.1f µs/article%n", e.getKey(), 100 * e.getValue() / total,
                        1e6 * e.getValue() / r.articles());
            }
            System.out.printf(Locale.ROOT, "peak heap in use: see -Xlog:gc; heap now %d MB%n",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1 << 20));
        }
    }
}
