package org.samachar.spark;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.cli.LoadCommand;
import org.samachar.store.BuildReport;
import org.samachar.store.NQuadsLoad;
import picocli.CommandLine;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The job on a real Spark standalone cluster on this machine: a master and a worker, each a JVM of
 * its own started here from the Maven-resolved Spark jars, the worker starting executor JVMs. The
 * application jar is the shaded {@code samachar-spark-all.jar}, which executors fetch from the
 * driver as on any cluster: Samachar and Jena are not on the "installation's" classpath. The corpus
 * (every crawler format) is given as a {@code file://} URI and read by the executors through Hadoop.
 * The output, loaded with {@code samachar load}, is compared with a build of the same folder.
 */
class SparkClusterIT {

    /** Set by failsafe from spark/pom.xml: the --add-opens Spark needs on Java 17. */
    private static final List<String> JVM_OPTIONS = Arrays.stream(
            System.getProperty("samachar.spark.jvm.options", "").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    private static final Path JOB_JAR = Path.of("target/samachar-spark-all.jar").toAbsolutePath();

    @TempDir
    static Path tmp;

    private static final List<Process> started = new ArrayList<>();
    private static Path sparkHome;
    private static String masterUrl;
    private static JavaSparkContext sc;
    private static Path corpus;
    private static BuildReport build;
    private static ExtractionJob.Summary summary;
    private static double jobSeconds;
    private static double clusterSeconds;

    @BeforeAll
    static void startTheClusterAndRunTheJob() throws Exception {
        assertTrue(Files.isRegularFile(JOB_JAR), "the shaded jar is made at package, before this test");
        corpus = CrawledCorpus.write(tmp.resolve("crawled"));
        build = SparkExtractionIT.build(corpus, tmp.resolve("built"));

        long t0 = System.nanoTime();
        sparkHome = installation(tmp.resolve("spark-home"));
        int masterPort = freePort();
        Path masterLog = tmp.resolve("master.log");
        start("org.apache.spark.deploy.master.Master", masterLog,
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", "0");
        masterUrl = "spark://127.0.0.1:" + masterPort;
        awaitLine(masterLog, "I have been elected leader");
        Path workerLog = tmp.resolve("worker.log");
        start("org.apache.spark.deploy.worker.Worker", workerLog,
                "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "2", "--memory", "1g",
                "--work-dir", Files.createDirectories(tmp.resolve("work")).toString(), masterUrl);
        awaitLine(workerLog, "Successfully registered with master");

        SparkConf conf = new SparkConf().setMaster(masterUrl).setAppName("SparkClusterIT")
                .setJars(new String[]{JOB_JAR.toString()})
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.executor.memory", "1g")
                .set("spark.cores.max", "2");
        // No extraJavaOptions: Spark 3.5 gives executors the --add-opens it needs on Java 17 itself.
        sc = new JavaSparkContext(conf);
        clusterSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        summary = ExtractionJob.run(sc, corpus.toUri().toString(), tmp.resolve("nquads").toUri().toString(), 0);
        jobSeconds = (System.nanoTime() - t1) / 1e9;
        System.err.printf(java.util.Locale.ROOT, "SparkClusterIT: master and worker up, context made in %.1f s; job %.1f s: %s%n",
                clusterSeconds, jobSeconds, summary.line());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (sc != null) {
                sc.close();
            }
        } finally {
            // The worker's shutdown hook ends its executors; any left (and their children) are ended here.
            for (int i = started.size() - 1; i >= 0; i--) { // the worker (and its executors), then the master
                Process p = started.get(i);
                List<ProcessHandle> descendants = p.descendants().toList();
                p.destroy();
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                descendants.forEach(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void theJobRanOnExecutorsOfTheClusterFromTheShadedJar() throws IOException {
        assertTrue(sc.sc().statusTracker().getExecutorInfos().length >= 2, "the driver and at least one executor");
        // Each executor JVM works in a folder of the worker's: the command it was started with, its log,
        // and the application jar it fetched from the driver.
        List<Path> executors;
        try (Stream<Path> dirs = Files.walk(tmp.resolve("work"), 2)) {
            executors = dirs.filter(d -> Files.isRegularFile(d.resolve("stderr"))).toList();
        }
        assertFalse(executors.isEmpty(), "no executor folder under " + tmp.resolve("work"));
        for (Path dir : executors) {
            String log = Files.readString(dir.resolve("stderr"));
            String command = log.lines().filter(l -> l.startsWith("Spark Executor Command:")).findFirst().orElse("");
            assertTrue(command.contains(sparkHome.resolve("jars") + File.separator + "*\""), "started with the installation's jars: " + command);
            assertFalse(command.contains("samachar"), "no Samachar class on an executor's own classpath: " + command);
            assertTrue(Files.isRegularFile(dir.resolve(JOB_JAR.getFileName())), "the job's jar, fetched from the driver, in " + dir);
        }
    }

    @Test
    void everyCrawlerFormatIsExtractedAsTheBuildExtractsIt() throws IOException {
        SparkExtractionIT.assertSameAsBuild(corpus, corpus.toUri().toString(), build, summary, tmp.resolve("built"),
                tmp.resolve("nquads"));
    }

    @Test
    void loadingTheClustersOutputGivesTheStoreOfTheBuild() throws IOException {
        Path store = tmp.resolve("loaded");
        StringWriter err = new StringWriter();
        CommandLine load = new CommandLine(new LoadCommand());
        load.setErr(new PrintWriter(err, true));
        assertTrue(Files.exists(tmp.resolve("nquads").resolve(NQuadsLoad.SUCCESS_MARKER)));
        assertEquals(0, load.execute("--nquads", tmp.resolve("nquads").toString(), "--data", store.toString()), err.toString());
        DatasetGraph loaded = SparkExtractionIT.copy(DatabaseMgr.connectDatasetGraph(Location.create(store.toString())));
        DatasetGraph expected = SparkExtractionIT.copy(DatabaseMgr.connectDatasetGraph(Location.create(tmp.resolve("built").toString())));
        assertEquals(List.of(), SparkExtractionIT.differences(expected, loaded), "the whole store, events graph included");
        assertTrue(IsoMatcher.isomorphic(expected, loaded));
    }

    // --- the cluster ---

    /**
     * A Spark "installation" as the worker needs one to start executors ({@code SPARK_HOME/jars}):
     * links to the Maven-resolved jars of this test's classpath, without the project's own classes,
     * Samachar and Jena, which reach the executors only inside the job's jar.
     */
    private static Path installation(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Set<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            String unix = jar.toAbsolutePath().toString().replace('\\', '/');
            if (!unix.endsWith(".jar") || unix.contains("/org/samachar/") || unix.contains("/org/apache/jena/")
                    || !unix.contains("/repository/")) {
                continue;
            }
            String name = jar.getFileName().toString();
            if (names.add(name)) {
                Files.createSymbolicLink(jars.resolve(name), jar.toAbsolutePath());
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.startsWith("spark-core_2.13-")), names.toString());
        return home;
    }

    private static void start(String mainClass, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx192m");
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(sparkHome.resolve("jars") + File.separator + "*");
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13"); // the launcher's command builder asks; there is no build folder
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        started.add(pb.start());
    }

    /** Waits (up to two minutes, the machine is shared) for a line of a daemon's log. */
    private static void awaitLine(Path log, String text) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            String content = Files.exists(log) ? Files.readString(log) : "";
            if (content.contains(text)) {
                return;
            }
            for (Process p : started) {
                if (!p.isAlive()) {
                    fail("a Spark daemon stopped (status " + p.exitValue() + "); " + log.getFileName() + ":\n" + tail(content));
                }
            }
            Thread.sleep(200);
        }
        fail("no '" + text + "' in " + log + " after two minutes:\n" + tail(Files.readString(log)));
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
