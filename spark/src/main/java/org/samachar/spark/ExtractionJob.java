package org.samachar.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.broadcast.Broadcast;
import org.samachar.corpus.CorpusProblem;
import org.samachar.vocab.Iris;
import org.samachar.store.PipelineFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The extraction stages of {@code samachar build} as a Spark job: the corpus is listed through
 * Hadoop with the project's {@code Corpus} rules ({@link HadoopCorpus}, manifest and duplicates
 * included), executors extract each article with the
 * project's classes ({@link Extraction}), and the per-article graphs plus the ontology and
 * gazetteer graphs are written as N-Quads text partitions ({@code part-NNNNN}, one graph never
 * split across two). What needs the whole corpus (event resolution across articles, the census,
 * the SHACL check of the events graph) is left to {@code samachar load}, which reads this output.
 */
public final class ExtractionJob {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionJob.class);

    /** Articles per partition when the caller gives no count: enough to amortise task overhead. */
    static final int ARTICLES_PER_PARTITION = 500;

    /**
     * What a run did. Counters come from Spark accumulators updated inside a transformation, so a
     * retried or speculative task may count twice; the output itself is never duplicated.
     */
    public record Summary(int articles, long extracted, long failed, long quads, long warnings, long violations,
                          int partitions, List<String> problems, double seconds) {
        public String line() {
            return String.format(java.util.Locale.ROOT,
                    "%d articles: %d extracted, %d failed; %d quads in %d partitions; %d warnings, "
                            + "%d SHACL violations; %.1f s", articles, extracted, failed, quads, partitions,
                    warnings, violations, seconds);
        }
    }

    private ExtractionJob() {
    }

    /**
     * Runs the job. {@code corpus} is a Hadoop path ({@code hdfs://…}, {@code s3a://…},
     * {@code file:/…}, or a path of the default file system): the driver lists it and executors
     * read their articles from it through Hadoop, so no node needs it mounted. {@code out} is a
     * Hadoop path that must not exist yet.
     *
     * @param partitions number of output partitions, 0 for about one per {@value #ARTICLES_PER_PARTITION} articles
     */
    public static Summary run(JavaSparkContext sc, String corpus, String out, int partitions) throws IOException {
        return run(sc, corpus, out, partitions, false);
    }

    /** As {@link #run(JavaSparkContext, String, String, int)}; {@code gzip} writes {@code part-NNNNN.gz} files. */
    public static Summary run(JavaSparkContext sc, String corpus, String out, int partitions, boolean gzip) throws IOException {
        long start = System.nanoTime();
        org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = outPath.getFileSystem(sc.hadoopConfiguration());
        if (fs.exists(outPath)) {
            throw new IllegalArgumentException("output folder " + out + " already exists; remove it or give another --out");
        }
        Broadcast<HadoopFiles.Conf> conf = sc.broadcast(new HadoopFiles.Conf(sc.hadoopConfiguration()));
        HadoopCorpus.Listing listing = HadoopCorpus.list(sc, corpus, conf);
        List<CorpusProblem> problems = listing.corpus().problems();
        problems.forEach(p -> LOG.warn("{}", p));

        List<ArticleTask> tasks = listing.tasks();
        int slices = partitions > 0 ? partitions
                : Math.max(1, Math.max(sc.defaultParallelism(), (tasks.size() + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION));
        slices = Math.min(slices, Math.max(1, tasks.size()));
        // Computed once, here: every executor must put the same program fingerprint in its hashes.
        String fingerprint = PipelineFingerprint.compute();

        LongAccumulator extracted = sc.sc().longAccumulator("articles extracted");
        LongAccumulator failed = sc.sc().longAccumulator("articles failed");
        LongAccumulator quads = sc.sc().longAccumulator("quads");
        LongAccumulator warnings = sc.sc().longAccumulator("warnings");
        LongAccumulator violations = sc.sc().longAccumulator("SHACL violations");
        CollectionAccumulator<String> messages = sc.sc().collectionAccumulator("problems");

        // flatMap, not mapPartitions into a list: a partition's graphs stream to the output one at a
        // time (about 280 KB of text per article) instead of being held together.
        JavaRDD<String> articles = sc.parallelize(tasks, slices).flatMap(task -> {
            Extraction.Outcome o = Extraction.get().article(task, fingerprint, conf.value().get());
            if (o.failure() != null) {
                failed.add(1);
                messages.add(new CorpusProblem(task.whereRecord(), o.failure() + "; article skipped", false).toString());
                return Collections.emptyIterator();
            }
            o.warnings().forEach(w -> messages.add(new CorpusProblem(task.whereRecord(), w, true).toString()));
            warnings.add(o.warnings().size());
            countViolations(Iris.articleGraph(task.id()).getURI(), o, violations, messages);
            extracted.add(1);
            quads.add(o.quads());
            return List.of(o.nquads()).iterator();
        });
        JavaRDD<String> reference = sc.parallelize(List.of(Iris.ONTOLOGY_GRAPH.getURI(), Iris.GAZETTEER_GRAPH.getURI()), 1)
                .map(iri -> {
                    Extraction.Outcome o = Extraction.get().reference(iri, fingerprint);
                    countViolations(iri, o, violations, messages);
                    quads.add(o.quads());
                    return o.nquads();
                });
        JavaRDD<String> all = reference.union(articles);
        if (gzip) {
            all.saveAsTextFile(out, GzipCodec.class);
        } else {
            all.saveAsTextFile(out);
        }

        List<String> found = new ArrayList<>();
        problems.forEach(p -> found.add(p.toString()));
        long listingFailures = problems.stream().filter(p -> !p.warning()).count();
        found.addAll(messages.value());
        messages.value().forEach(m -> LOG.warn("{}", m));
        // Bad records of containers are articles left out, as the build counts them.
        return new Summary(tasks.size(), extracted.value(), failed.value() + listingFailures, quads.value(),
                warnings.value() + problems.size() - listingFailures, violations.value(), all.getNumPartitions(), List.copyOf(found),
                (System.nanoTime() - start) / 1e9);
    }

    private static void countViolations(String graph, Extraction.Outcome o, LongAccumulator violations,
                                        CollectionAccumulator<String> messages) {
        if (!o.violations().isEmpty()) {
            violations.add(o.violations().size());
            messages.add(graph + ": " + o.violations().size() + " SHACL violations, first: " + o.violations().get(0));
        }
    }
}
