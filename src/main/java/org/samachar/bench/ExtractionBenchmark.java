package org.samachar.bench;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.samachar.corpus.ArticleDecoder;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.ArticleText;
import org.samachar.corpus.SourceFormat;
import org.samachar.corpus.BadArticleException;
import org.samachar.corpus.Corpus;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.extract.ArticleExtractor;
import org.samachar.rdf.ArticleGraphWriter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extraction speed on one thread: decode, every pipeline stage, and the RDF writer, over a corpus
 * read once into memory (so disk speed is not measured) and run {@code rounds} times after one
 * warm-up round. Reports articles per second, MB per second and the share of each stage.
 */
public final class ExtractionBenchmark {

    /**
     * What a run measured. {@code cpuSeconds} is the CPU time of the measuring thread alone (or -1
     * where the JVM cannot tell): on a shared machine wall time also counts the time other
     * processes held the core, so the two side by side say how much of a difference is the load.
     */
    public record Result(int articles, long bytes, long quads, double seconds, double cpuSeconds,
                         Map<String, Double> secondsByStage) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double articlesPerCpuSecond() {
            return cpuSeconds > 0 ? articles / cpuSeconds : Double.NaN;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private record Loaded(ArticleSource source, byte[] bytes) {
    }

    private final ArticleExtractor extractor;

    public ExtractionBenchmark(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public Result run(Corpus corpus, int rounds) {
        List<Loaded> articles = new ArrayList<>();
        for (ArticleSource s : corpus.articles()) {
            try {
                articles.add(new Loaded(s, extractor.read(s)));
            } catch (BadArticleException e) {
                // a bad file is the build's business; the benchmark measures the good ones
            }
        }
        once(articles, new LinkedHashMap<>()); // warm-up: JIT, ICU data, lexicons
        Map<String, Double> byStage = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long quads = 0;
        for (int r = 0; r < rounds; r++) {
            quads += once(articles, byStage);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuEnd = threads.getCurrentThreadCpuTime();
        double cpuSeconds = cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1e9;
        long bytes = articles.stream().mapToLong(a -> a.bytes.length).sum() * rounds;
        return new Result(articles.size() * rounds, bytes, quads, seconds, cpuSeconds, byStage);
    }

    private long once(List<Loaded> articles, Map<String, Double> byStage) {
        ArticleDecoder decoder = new ArticleDecoder();
        StreamRDFCounting counter = StreamRDFLib.count();
        ArticleGraphWriter writer = new ArticleGraphWriter(counter);
        for (Loaded a : articles) {
            long t0 = System.nanoTime();
            ArticleText text;
            try {
                text = decoder.decode(a.source, a.bytes);
            } catch (BadArticleException e) {
                continue;
            }
            // A page's step (parse, metadata, main text) is reported on its own line, beside the text path's decode.
            byStage.merge(a.source.format() == SourceFormat.TEXT ? "decode" : "decode " + a.source.format()
                    .name().toLowerCase(java.util.Locale.ROOT) + " → text", (System.nanoTime() - t0) / 1e9, Double::sum);
            AnalyzedArticle current = AnalyzedArticle.of(text.source(), text.text());
            for (Annotator stage : extractor.pipeline().stages()) {
                long t = System.nanoTime();
                current = stage.annotate(current);
                byStage.merge(stage.name(), (System.nanoTime() - t) / 1e9, Double::sum);
            }
            long t = System.nanoTime();
            writer.write(current, "benchmark");
            byStage.merge("RDF writer", (System.nanoTime() - t) / 1e9, Double::sum);
        }
        return counter.countQuads() + counter.countTriples();
    }
}
