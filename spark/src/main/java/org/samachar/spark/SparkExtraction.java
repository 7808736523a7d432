package org.samachar.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code spark-submit --class org.samachar.spark.SparkExtraction samachar-spark-all.jar --corpus DIR --out DIR}:
 * the extraction of a corpus on a Spark cluster (or in local mode), written as N-Quads partitions
 * for {@code samachar load}.
 */
@Command(name = "samachar-spark", mixinStandardHelpOptions = true,
        description = {"Extract every article of a corpus as a Spark job and write the per-article, ontology and",
                "gazetteer graphs as N-Quads partitions (part-NNNNN) to --out. Then:",
                "  ./samachar load --nquads OUT --data STORE     (event resolution and census run there)",
                "Exit status: 0 every article extracted, 1 some could not be (named in the log), 2 a usage error."})
public final class SparkExtraction implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("samachar-spark");

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = {"Corpus folder (.txt, .html, .warc(.gz), .jsonl(.gz) files and manifest.tsv): hdfs://, s3a://,",
                    "file:// or a path of the default file system. Executors read it through Hadoop, so it need not be mounted on them."})
    String corpus;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder (local, hdfs:// or s3a://); must not exist yet.")
    String out;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Output partitions (default: about one per " + ExtractionJob.ARTICLES_PER_PARTITION
                    + " articles, at least the cluster's parallelism).")
    int partitions;

    @Option(names = "--gzip", description = "Compress the partitions (part-NNNNN.gz); N-Quads are about 280 bytes a quad before.")
    boolean gzip;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not started by spark-submit (default: spark-submit's, else local[*]).")
    String master;

    @Override
    public Integer call() throws IOException {
        if (partitions < 0) {
            throw new UsageError("--partitions must be 0 (automatic) or more, not " + partitions);
        }
        // Before Spark starts, when the folder is local: a typo should not cost a cluster start-up.
        // Other file systems are checked once Spark's Hadoop configuration (credentials…) is there.
        Optional<Path> local = localPath(corpus);
        if (local.isPresent() && !Files.isDirectory(local.get())) {
            throw new UsageError(missing(corpus));
        }
        SparkConf conf = new SparkConf().setAppName("samachar-extract");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            ExtractionJob.Summary summary;
            try {
                summary = ExtractionJob.run(sc, corpus, out, partitions, gzip);
            } catch (FileNotFoundException e) {
                throw new UsageError(e.getMessage().startsWith("corpus folder ") ? missing(corpus) : e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            LOG.info("spark: {}", summary.line());
            Optional<Path> localOut = localPath(out);
            if (localOut.isPresent()) {
                LOG.info("next: ./samachar load --nquads {} --data STORE", localOut.get());
            } else {
                LOG.info("next: copy {} to the store's machine (hdfs dfs -get, aws s3 cp), then ./samachar load --nquads DIR --data STORE", out);
            }
            return summary.failed() == 0 ? 0 : 1;
        }
    }

    private static String missing(String corpus) {
        return "corpus folder " + corpus + " does not exist (give another one with --corpus DIR)";
    }

    /**
     * The local folder a {@code --corpus} names, when it is one: a {@code file:} URI, or a path
     * without scheme when the default file system ({@code fs.defaultFS} of the Hadoop configuration
     * on the classpath, or {@code spark.hadoop.fs.defaultFS}) is the local one.
     */
    static Optional<Path> localPath(String corpus) {
        java.net.URI uri;
        try {
            uri = new org.apache.hadoop.fs.Path(corpus).toUri();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // Hadoop will say what is wrong with it
        }
        if ("file".equals(uri.getScheme())) {
            return Optional.of(Path.of(uri.getPath()));
        }
        if (uri.getScheme() != null) {
            return Optional.empty();
        }
        String defaultFs = System.getProperty("spark.hadoop.fs.defaultFS",
                new org.apache.hadoop.conf.Configuration().get("fs.defaultFS", "file:///"));
        return defaultFs.startsWith("file:") ? Optional.of(Path.of(corpus)) : Optional.empty();
    }

    /** A mistake the user can fix: one line, no stack trace, exit status 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SparkExtraction());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageError) {
                commandLine.getErr().println("samachar-spark: " + e.getMessage());
                return 2;
            }
            LOG.error("unexpected failure (a bug; please report it with this trace)", e);
            return 3;
        });
        return cli;
    }
}
