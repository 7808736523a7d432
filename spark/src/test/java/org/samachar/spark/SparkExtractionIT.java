package org.samachar.spark;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.cli.LoadCommand;
import org.samachar.corpus.Corpus;
import org.samachar.vocab.Iris;
import org.samachar.rdf.ReferenceData;
import org.samachar.resolve.IndexGraph;
import org.samachar.stats.StatsGraph;
import org.samachar.store.BuildReport;
import org.samachar.store.NQuadsLoad;
import org.samachar.store.PipelineFingerprint;
import org.samachar.store.StoreBuilder;
import org.slf4j.spi.SLF4JServiceProvider;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode on the seed corpus, against a real single-machine build of the same
 * corpus: the same graphs, and after {@code samachar load} the same store.
 */
class SparkExtractionIT {

    private static final Path CORPUS = Path.of("../corpus");

    @TempDir
    static Path tmp;

    private static JavaSparkContext sc;
    private static DatasetGraph built;
    private static BuildReport buildReport;
    private static Path out;
    private static ExtractionJob.Summary summary;

    @BeforeAll
    static void buildAndRunTheJob() throws IOException {
        built = DatabaseMgr.connectDatasetGraph(Location.create(tmp.resolve("built").toString()));
        buildReport = new StoreBuilder(built, ReferenceData.load(), PipelineFingerprint.compute()).build(Corpus.open(CORPUS));
        assertEquals(5, buildReport.extracted(), buildReport.summary());

        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("SparkExtractionIT")
                .set("spark.ui.enabled", "false") // no web UI port to bind in a test
                .set("spark.driver.host", "localhost");
        sc = new JavaSparkContext(conf);
        out = tmp.resolve("nquads");
        summary = ExtractionJob.run(sc, CORPUS.toString(), out.toString(), 0);
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void theJobWritesTheGraphsOfTheBuildQuadForQuad() throws IOException {
        assertEquals(5, summary.extracted(), summary.line());
        assertEquals(0, summary.failed(), summary.line());
        assertEquals(3, summary.partitions(), "local[2]: two article partitions and one of reference graphs");
        assertTrue(Files.exists(out.resolve(NQuadsLoad.SUCCESS_MARKER)));

        DatasetGraph spark = read(out);
        DatasetGraph expected = copy(built);
        // The job writes everything but what needs the whole corpus: the events graph, the index and
        // the counts of the stats graph come at load.
        expected.removeGraph(Iris.EVENTS_GRAPH);
        expected.removeGraph(IndexGraph.GRAPH);
        expected.removeGraph(StatsGraph.GRAPH);
        assertTrue(graphs(expected).size() == 7, "5 articles, ontology, gazetteer: " + graphs(expected));
        assertEquals(List.of(), differences(expected, spark));
        assertTrue(IsoMatcher.isomorphic(expected, spark));
        assertEquals(summary.quads(), count(spark), "the quads the job counted are the quads it wrote");
    }

    @Test
    void aDroppedOrChangedQuadIsNoticed() throws IOException {
        DatasetGraph expected = copy(built);
        expected.removeGraph(Iris.EVENTS_GRAPH);
        expected.removeGraph(IndexGraph.GRAPH);
        expected.removeGraph(StatsGraph.GRAPH);

        DatasetGraph dropped = read(out);
        Quad one = dropped.find(Iris.articleGraph("003_c30187d985211f20"), Node.ANY, Node.ANY, Node.ANY).next();
        dropped.delete(one);
        assertEquals(1, differences(expected, dropped).size(), differences(expected, dropped).toString());
        assertFalse(IsoMatcher.isomorphic(expected, dropped));

        DatasetGraph changed = read(out);
        Quad q = changed.find(Node.ANY, Node.ANY, SchemaDO.headline.asNode(), Node.ANY).next();
        changed.delete(q);
        changed.add(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralLang("changed", "en"));
        assertFalse(differences(expected, changed).isEmpty());
        assertFalse(IsoMatcher.isomorphic(expected, changed));
    }

    @Test
    void loadingTheOutputGivesTheStoreOfTheBuild() throws IOException {
        Path store = tmp.resolve("loaded");
        StringWriter err = new StringWriter();
        CommandLine load = new CommandLine(new LoadCommand());
        load.setErr(new PrintWriter(err, true));
        assertEquals(0, load.execute("--nquads", out.toString(), "--data", store.toString()), err.toString());

        DatasetGraph loaded = DatabaseMgr.connectDatasetGraph(Location.create(store.toString()));
        DatasetGraph loadedCopy = copy(loaded);
        DatasetGraph expected = copy(built);
        assertTrue(graphs(expected).contains(Iris.EVENTS_GRAPH), "the build resolves events across articles");
        assertTrue(graphs(expected).contains(IndexGraph.GRAPH), "and keeps its index");
        assertEquals(List.of(), differences(expected, loadedCopy), "the whole store, events graph included");
        assertTrue(IsoMatcher.isomorphic(expected, loadedCopy));

        // Same content hashes as the build's: the incremental build finds nothing to redo.
        BuildReport again = new StoreBuilder(loaded, ReferenceData.load(), PipelineFingerprint.compute())
                .build(Corpus.open(CORPUS));
        assertEquals(5, again.unchanged(), again.summary());
        assertEquals(0, again.extracted(), again.summary());
    }

    @Test
    void gzippedPartitionsHoldTheSameGraphs() throws IOException {
        Path gz = tmp.resolve("gzipped");
        ExtractionJob.Summary s = ExtractionJob.run(sc, CORPUS.toString(), gz.toString(), 0, true);
        assertEquals(5, s.extracted(), s.line());
        assertTrue(NQuadsLoad.files(gz).stream().allMatch(p -> p.getFileName().toString().endsWith(".gz")));
        DatasetGraph expected = copy(built);
        expected.removeGraph(Iris.EVENTS_GRAPH);
        expected.removeGraph(IndexGraph.GRAPH);
        expected.removeGraph(StatsGraph.GRAPH);
        assertEquals(List.of(), differences(expected, read(gz)));
    }

    @Test
    void aBadArticleIsNamedAndTheRestIsExtracted() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("with-bad"));
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        Files.write(corpus.resolve("999_empty.txt"), new byte[0]);
        ExtractionJob.Summary s = ExtractionJob.run(sc, corpus.toString(), tmp.resolve("with-bad-out").toString(), 0);
        assertEquals(6, s.articles());
        assertEquals(5, s.extracted());
        assertEquals(1, s.failed());
        assertTrue(s.problems().stream().anyMatch(p -> p.contains("999_empty.txt") && p.contains("is empty")),
                s.problems().toString());
        assertEquals(7, graphs(read(tmp.resolve("with-bad-out"))).size(), "the five good articles and the reference graphs");
    }

    @Test
    void crawlerFormatsAreReadThroughHadoopAsTheBuildReadsThem() throws IOException {
        Path corpus = CrawledCorpus.write(tmp.resolve("crawled"));
        BuildReport build = build(corpus, tmp.resolve("crawled-built"));
        String uri = corpus.toUri().toString(); // file:///…/crawled/
        ExtractionJob.Summary s = ExtractionJob.run(sc, uri, tmp.resolve("crawled-out").toUri().toString(), 0);
        assertSameAsBuild(corpus, uri, build, s, tmp.resolve("crawled-built"), tmp.resolve("crawled-out"));
    }

    /** A build of {@code corpus} into a new store at {@code store}, closed again. */
    static BuildReport build(Path corpus, Path store) throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(store.toString()));
        return new StoreBuilder(dsg, ReferenceData.load(), PipelineFingerprint.compute()).build(Corpus.open(corpus));
    }

    /**
     * The job's run on the crawled corpus, given as {@code uri}, against the build of the same folder:
     * the same articles extracted and failed, the same graphs, and the listing's problems named as the
     * build names them, with the folder as the job was given it.
     */
    static void assertSameAsBuild(Path corpus, String uri, BuildReport build, ExtractionJob.Summary s, Path store, Path out)
            throws IOException {
        assertEquals(6, build.extracted(), build.summary());
        assertEquals(2, build.failed(), "the corrupt WARC record and the line that is not JSON: " + build.problems());
        assertEquals(build.extracted(), s.extracted(), s.line());
        assertEquals(build.failed(), s.failed(), s.line() + " " + s.problems());
        List<String> expected = Corpus.open(corpus).problems().stream()
                .map(p -> p.toString().replace(corpus.toString(), HadoopCorpus.stripSlash(uri))).toList();
        assertEquals(4, expected.size(), expected.toString());
        for (String p : expected) {
            assertTrue(s.problems().contains(p), p + " in " + s.problems());
        }
        assertTrue(s.problems().stream().anyMatch(p -> p.startsWith(uri + "crawl.warc.gz: corrupt or truncated WARC record")),
                s.problems().toString());

        DatasetGraph built = DatabaseMgr.connectDatasetGraph(Location.create(store.toString()));
        DatasetGraph expectedGraphs = copy(built);
        expectedGraphs.removeGraph(Iris.EVENTS_GRAPH);
        expectedGraphs.removeGraph(IndexGraph.GRAPH);
        expectedGraphs.removeGraph(StatsGraph.GRAPH);
        assertEquals(8, graphs(expectedGraphs).size(), "6 articles, ontology, gazetteer: " + graphs(expectedGraphs));
        assertEquals(List.of(), differences(expectedGraphs, read(out)));
    }

    @Test
    void anOutputFolderThatExistsIsRefusedBeforeAnyWork() throws IOException {
        Path existing = Files.createDirectories(tmp.resolve("exists"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExtractionJob.run(sc, CORPUS.toString(), existing.toString(), 0));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    @Test
    void aMissingCorpusIsOneLineAndStatus2() {
        StringWriter err = new StringWriter();
        CommandLine cli = SparkExtraction.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute("--corpus", tmp.resolve("no-such-corpus").toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, status);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void theServerIsNotOnTheExecutorsClasspath() {
        // The job above ran every executor-side class on this classpath, so none of them needs these.
        for (String server : List.of("org.apache.jena.fuseki.main.FusekiServer", "org.eclipse.jetty.server.Server",
                "org.apache.shiro.SecurityUtils", "org.apache.jena.query.text.TextIndex")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(server), server);
        }
    }

    @Test
    void theShadedJarHashesLikeTheBuild() throws Exception {
        // Run from the spark-submit jar, the job must record the content hashes ./samachar build
        // records, or an incremental build after a load would redo every article.
        Path shaded = Path.of("target/samachar-spark-all.jar");
        assertTrue(Files.isRegularFile(shaded), "the shaded jar is made at package, before this test");
        try (URLClassLoader jar = new URLClassLoader(new URL[]{shaded.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> inJar = Class.forName(PipelineFingerprint.class.getName(), true, jar);
            assertEquals(PipelineFingerprint.compute(), inJar.getMethod("compute").invoke(null));
        }
    }

    @Test
    void exactlyOneSlf4jBindingAndItIsLog4j() {
        List<String> providers = new ArrayList<>();
        ServiceLoader.load(SLF4JServiceProvider.class).forEach(p -> providers.add(p.getClass().getName()));
        assertEquals(List.of("org.apache.logging.slf4j.SLF4JServiceProvider"), providers);
    }

    // --- comparing datasets ---

    /** Every quad one dataset has and the other lacks, as "missing"/"extra" lines. */
    static List<String> differences(DatasetGraph expected, DatasetGraph actual) {
        // String comparison is isomorphism only without blank nodes: make sure there are none.
        assertFalse(hasBlankNodes(expected) || hasBlankNodes(actual), "blank nodes: compare with IsoMatcher only");
        Set<String> want = lines(expected);
        Set<String> have = lines(actual);
        List<String> diff = new ArrayList<>();
        want.stream().filter(l -> !have.contains(l)).forEach(l -> diff.add("missing: " + l));
        have.stream().filter(l -> !want.contains(l)).forEach(l -> diff.add("extra: " + l));
        return diff.size() > 20 ? new ArrayList<>(diff.subList(0, 20)) : diff;
    }

    private static Set<String> lines(DatasetGraph dsg) {
        Set<String> lines = new TreeSet<>();
        dsg.find().forEachRemaining(q -> lines.add(q.toString()));
        return lines;
    }

    private static boolean hasBlankNodes(DatasetGraph dsg) {
        for (var it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getSubject().isBlank() || q.getObject().isBlank()) {
                return true;
            }
        }
        return false;
    }

    static Set<Node> graphs(DatasetGraph dsg) {
        Set<Node> g = new java.util.HashSet<>();
        dsg.listGraphNodes().forEachRemaining(g::add);
        return g;
    }

    static long count(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** The job's output as read by the loader: every part file, as N-Quads. */
    static DatasetGraph read(Path dir) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (Path part : NQuadsLoad.files(dir)) {
            NQuadsLoad.parse(part, StreamRDFLib.dataset(dsg));
        }
        return dsg;
    }

    /** An in-memory copy of a TDB2 store, read in one transaction. */
    static DatasetGraph copy(DatasetGraph tdb) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(dsg::add));
        return dsg;
    }
}
