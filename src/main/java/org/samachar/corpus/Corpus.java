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
        List<CorpusProblem> problems = new ArrayList<>(manifest.problems());

        Set<String> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> SourceFormat.of(name).isPresent())
                    .forEach(files::add);
        }
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
                case WARC -> listContainer(file, () -> WarcFile.list(file, entry, found, problems), problems);
                case JSONL -> listContainer(file, () -> JsonLinesFile.list(file, entry, found, problems), problems);
            }
            for (Listed l : found) {
                add(l, byId, byDigest, problems);
            }
        }
        for (ManifestEntry entry : manifest.entries().values()) {
            if (!files.contains(entry.file())) {
                problems.add(new CorpusProblem(manifestFile + ":" + entry.line(),
                        "lists '" + entry.file() + "', which is not in " + dir, true));
            }
        }
        return new Corpus(dir, manifest, List.copyOf(byId.values()), problems);
    }

    private interface Lister {
        void run() throws IOException;
    }

    /** Lists a container; one that cannot be read at all is a problem of its own, not of the corpus. */
    private static void listContainer(Path file, Lister lister, List<CorpusProblem> problems) {
        try {
            lister.run();
        } catch (IOException | RuntimeException e) {
            problems.add(new CorpusProblem(file.toString(), "cannot be read (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); its articles are skipped", false));
            LOG.debug("listing {}", file, e);
        }
    }

    private static void add(Listed listed, Map<String, ArticleSource> byId, Map<String, ArticleSource> byDigest,
                            List<CorpusProblem> problems) {
        ArticleSource s = listed.source();
        ArticleSource first = byId.get(s.id());
        if (first != null) {
            String why = s.metadata().url().isPresent() && s.metadata().url().equals(first.metadata().url())
                    ? "the same URL " + s.metadata().url().get() : "the same id '" + s.id() + "'";
            problems.add(new CorpusProblem(s.where(), "is a duplicate of " + first.where() + " (" + why
                    + "); only that one is built", true));
            return;
        }
        if (listed.digest().isPresent()) {
            ArticleSource same = byDigest.putIfAbsent(s.format() + ":" + listed.digest().get(), s);
            if (same != null) {
                problems.add(new CorpusProblem(s.where(), "is a duplicate of " + same.where()
                        + " (the same text); only that one is built", true));
                return;
            }
        }
        byId.put(s.id(), s);
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
