package org.samachar.corpus;

import org.samachar.corpus.metadata.ArticleMetadata;
import org.samachar.corpus.jsonl.JsonLinesFile;
import org.samachar.corpus.warc.WarcFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A corpus folder: article files of every {@link SourceFormat} (text, HTML pages, WARC archives,
 * JSON Lines) and an optional {@code manifest.tsv}. Listing reads no text or HTML file; archives
 * and JSON Lines files are read once, to find their records.
 *
 * <p>Two articles with the same id (the same URL, or {@code a.txt} beside {@code a.html}) or the
 * same text in records are one article: the first in file order is kept, the other reported as a
 * duplicate (a warning).
 */
public final class Corpus {

    private static final Logger LOG = LoggerFactory.getLogger(Corpus.class);

    private final Path dir;
    private final Manifest manifest;
    private final List<ArticleSource> articles;
    private final List<CorpusProblem> problems;

    private Corpus(Path dir, Manifest manifest, List<ArticleSource> articles, List<CorpusProblem> problems) {
        this.dir = dir;
        this.manifest = manifest;
        this.articles = articles;
        this.problems = problems;
    }

    public static Corpus open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.io.FileNotFoundException("corpus folder " + dir + " does not exist");
        }
        Path manifestFile = dir.resolve(Manifest.FILE_NAME);
        Manifest manifest = Files.isRegularFile(manifestFile) ? Manifest.read(manifestFile) : Manifest.empty();

        Set<String> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .forEach(files::add);
        }
        return assemble(dir, dir.toString(), manifest, files, (name, format, entry, found, problems) -> {
            Path file = dir.resolve(name);
            switch (format) {
                case WARC -> WarcFile.list(file, entry, found, problems);
                case JSONL -> JsonLinesFile.list(file, entry, found, problems);
                default -> throw new IllegalStateException(format + " is not a container");
            }
        });
    }

    /** Lists the records of one container file (WARC, JSON Lines) of the corpus. */
    @FunctionalInterface
    public interface ContainerLister {
        /**
         * Adds the file's articles to {@code found} in file order, and what is wrong with its
         * records to {@code problems}; an exception means the file could not be read at all.
         */
        void list(String name, SourceFormat format, ManifestEntry entry, List<Listed> found,
                  List<CorpusProblem> problems) throws IOException;
    }

    /**
     * A corpus from a listing made elsewhere: the Spark job lists a folder on HDFS or S3 through
     * Hadoop, and its executors read the containers. The rules are {@link #open}'s: files by name
     * order, manifest rows applied, duplicates (same id or same text) reported and the first kept,
     * manifest rows without their file reported.
     *
     * @param dir       the folder, resolved against for each article's {@link ArticleSource#file()}
     * @param dirName   how messages name the folder (for example its {@code hdfs://} URI)
     * @param fileNames names of the files in the folder; those of no {@link SourceFormat} are ignored
     * @param lister    reads a WARC or JSON Lines file's records (text and HTML files are one article each)
     */
    public static Corpus assemble(Path dir, String dirName, Manifest manifest, Set<String> fileNames,
                                  ContainerLister lister) {
        List<CorpusProblem> problems = new ArrayList<>(manifest.problems());
        Set<String> files = new TreeSet<>();
        fileNames.stream().filter(name -> SourceFormat.of(name).isPresent()).forEach(files::add);
        String prefix = dirName.isEmpty() || dirName.endsWith("/") ? dirName : dirName + "/";
        Map<String, ArticleSource> byId = new LinkedHashMap<>();
        Map<String, ArticleSource> byDigest = new HashMap<>();
        for (String name : files) {
            SourceFormat format = SourceFormat.of(name).orElseThrow();
            ManifestEntry entry = manifest.entry(name).orElseGet(() -> ManifestEntry.unlisted(name));
            Path file = dir.resolve(name);
            List<Listed> found = new ArrayList<>();
            switch (format) {
                case TEXT, HTML -> found.add(new Listed(new ArticleSource(format.stem(name), file, entry, format,
                        Optional.empty(), ArticleMetadata.NONE), Optional.empty()));
                case WARC, JSONL -> listContainer(prefix + name, () -> lister.list(name, format, entry, found, problems),
                        problems);
            }
            for (Listed l : found) {
                add(l, prefix, byId, byDigest, problems);
            }
        }
        for (ManifestEntry entry : manifest.entries().values()) {
            if (!files.contains(entry.file())) {
                problems.add(new CorpusProblem(prefix + Manifest.FILE_NAME + ":" + entry.line(),
                        "lists '" + entry.file() + "', which is not in " + dirName, true));
            }
        }
        return new Corpus(dir, manifest, List.copyOf(byId.values()), problems);
    }

    private interface Lister {
        void run() throws IOException;
    }

    /** Lists a container; one that cannot be read at all is a problem of its own, not of the corpus. */
    private static void listContainer(String file, Lister lister, List<CorpusProblem> problems) {
        try {
            lister.run();
        } catch (IOException | RuntimeException e) {
            problems.add(new CorpusProblem(file, "cannot be read (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); its articles are skipped", false));
            LOG.debug("listing {}", file, e);
        }
    }

    private static void add(Listed listed, String prefix, Map<String, ArticleSource> byId,
                            Map<String, ArticleSource> byDigest, List<CorpusProblem> problems) {
        ArticleSource s = listed.source();
        ArticleSource first = byId.get(s.id());
        if (first != null) {
            String why = s.metadata().url().isPresent() && s.metadata().url().equals(first.metadata().url())
                    ? "the same URL " + s.metadata().url().get() : "the same id '" + s.id() + "'";
            problems.add(new CorpusProblem(where(prefix, s), "is a duplicate of " + where(prefix, first) + " (" + why
                    + "); only that one is built", true));
            return;
        }
        if (listed.digest().isPresent()) {
            ArticleSource same = byDigest.putIfAbsent(s.format() + ":" + listed.digest().get(), s);
            if (same != null) {
                problems.add(new CorpusProblem(where(prefix, s), "is a duplicate of " + where(prefix, same)
                        + " (the same text); only that one is built", true));
                return;
            }
        }
        byId.put(s.id(), s);
    }

    /** {@link ArticleSource#where()} with the folder as messages name it (for {@link #open}, the same text). */
    private static String where(String prefix, ArticleSource s) {
        return prefix + s.record().map(r -> s.fileName() + " (" + r.label() + ")").orElse(s.fileName());
    }

    public Path dir() {
        return dir;
    }

    public Manifest manifest() {
        return manifest;
    }

    public List<ArticleSource> articles() {
        return articles;
    }

    /** Problems found while listing (manifest rows, missing files, bad records, duplicates); articles' own come later. */
    public List<CorpusProblem> problems() {
        return List.copyOf(problems);
    }
}
