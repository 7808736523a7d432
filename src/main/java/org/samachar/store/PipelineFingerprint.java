package org.samachar.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of everything that decides what an article's graph looks like besides the article
 * itself: the classes of the per-article stages and their data (lexicons, gazetteer, ontology).
 * Each article's content hash includes it, so changing a lexicon or the extraction code
 * re-extracts every article, while an unchanged pipeline skips unchanged articles — also when
 * only the pages, the commands, the exports or the benchmarks changed, so a new release of those
 * keeps a store of years of news.
 */
public final class PipelineFingerprint {

    private static final String[] PREFIXES = {"org/samachar/", "samachar/"};

    private PipelineFingerprint() {
    }

    public static String compute() {
        return of(PipelineFingerprint::decidesArticleGraphs, libraries());
    }

    /**
     * The versions of what the stages lean on for their output besides Samachar's own files: ICU
     * (normalisation, transliteration, break iteration and the Unicode data behind them), Jena
     * (how terms and literals are written and checked) and the Java runtime (its regular
     * expressions and {@code java.time} carry Unicode and calendar data of their own). A new
     * release of any of them can change an article's graph, so it re-extracts like a lexicon change.
     */
    public static List<String> libraries() {
        return List.of("icu4j " + com.ibm.icu.util.VersionInfo.ICU_VERSION,
                "jena " + jenaVersion(),
                "java " + Runtime.version().feature());
    }

    /**
     * From jena-core's Maven metadata, not {@code Jena.VERSION}: that reads the jar's manifest,
     * which the Spark job's shaded jar replaces, so the job would hash unlike the build.
     */
    private static String jenaVersion() {
        try (InputStream in = PipelineFingerprint.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.apache.jena/jena-core/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hash of the classes and data of Samachar whose path inside the jar {@code wanted} accepts. */
    public static String of(Predicate<String> wanted) {
        return of(wanted, List.of());
    }

    /**
     * A hash of the classes and data of Samachar whose path inside the jar {@code wanted} accepts,
     * and of {@code versions}, lines naming the libraries those depend on.
     */
    public static String of(Predicate<String> wanted, List<String> versions) {
        URL anchor = PipelineFingerprint.class.getClassLoader().getResource("samachar/lang/scripts.tsv");
        if (anchor == null) {
            throw new IllegalStateException("samachar/lang/ data is not on the classpath");
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            if ("jar".equals(anchor.getProtocol())) {
                String spec = anchor.getPath();
                Path jar = Paths.get(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
                try (JarFile jf = new JarFile(jar.toFile())) {
                    for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
                        JarEntry e = en.nextElement();
                        if (!e.isDirectory() && mine(e.getName()) && wanted.test(e.getName())) {
                            try (InputStream in = jf.getInputStream(e)) {
                                files.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                Path root = Paths.get(anchor.toURI()).getParent().getParent().getParent();
                // Classes may live in another folder of the classpath (target/classes vs test runs).
                Path classes = Paths.get(PipelineFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                for (Path base : new Path[]{root, classes}) {
                    try (Stream<Path> walk = Files.walk(base)) {
                        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                            String name = base.relativize(p).toString().replace('\\', '/');
                            if (mine(name) && wanted.test(name)) {
                                files.put(name, Files.readAllBytes(p));
                            }
                        }
                    }
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String version : versions) {
                sha.update(version.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            files.forEach((name, bytes) -> {
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What never decides an article's graph: the Spark job's own classes (they only hand articles
     * to the stages, and its shaded jar must hash like {@code ./samachar build} so that a store
     * loaded from its output is up to date for the incremental build); the steps that run over
     * the whole store after every build (events across articles, whose graph is rebuilt each
     * time); and the server, its pages and search index (which has a fingerprint of its own), the
     * commands, exports, evaluation and benchmarks. Nothing in the per-article packages (corpus,
     * text, extract, pipeline, rdf, store) uses them. Of {@code store}, only what makes and checks an
     * article's quads counts: how the build writes them into the store, the whole-store steps after
     * it and the build's report do not change a graph, and a store of 100K articles should not be
     * re-extracted because one of those changed.
     */
    private static final List<String> NOT_PIPELINE = List.of(
            "org/samachar/spark/", "org/samachar/resolve/", "org/samachar/server/", "org/samachar/web/",
            "org/samachar/search/", "org/samachar/cli/", "org/samachar/export/", "org/samachar/eval/",
            "org/samachar/bench/", "org/samachar/stats/", "samachar/web/",
            "org/samachar/store/StoreBuilder", "org/samachar/store/AfterLoad", "org/samachar/store/EntityCensus",
            "org/samachar/store/BuildReport", "org/samachar/store/NQuadsLoad", "org/samachar/store/StoreSize");

    static boolean decidesArticleGraphs(String name) {
        return NOT_PIPELINE.stream().noneMatch(name::startsWith);
    }

    private static boolean mine(String name) {
        for (String p : PREFIXES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
