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
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of everything that decides what an article's graph looks like besides the article
 * itself: Samachar's classes and its data (lexicons, gazetteer, ontology). Each article's content
 * hash includes it, so changing a lexicon or the code re-extracts every article, and an unchanged
 * program skips unchanged articles.
 */
public final class PipelineFingerprint {

    private static final String[] PREFIXES = {"org/samachar/", "samachar/"};

    private PipelineFingerprint() {
    }

    public static String compute() {
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
                        if (!e.isDirectory() && wanted(e.getName())) {
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
                            if (wanted(name)) {
                                files.put(name, Files.readAllBytes(p));
                            }
                        }
                    }
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
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
     * The Spark job's own classes (module {@code spark/}) only hand articles to the classes above and
     * decide nothing about a graph. Run from its shaded jar, which holds them next to Samachar's,
     * the job must hash like {@code ./samachar build}, so that a store loaded from its output is up
     * to date for the incremental build.
     */
    private static final String NOT_PIPELINE = "org/samachar/spark/";

    private static boolean wanted(String name) {
        if (name.startsWith(NOT_PIPELINE)) {
            return false;
        }
        for (String p : PREFIXES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
