package org.samachar.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A corpus folder: one UTF-8 {@code .txt} file per article and an optional {@code manifest.tsv}.
 * Listing is cheap (no article is read), so it also serves to tell whether a store is stale.
 */
public final class Corpus {

    public static final String ARTICLE_SUFFIX = ".txt";

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
                    .filter(name -> name.endsWith(ARTICLE_SUFFIX) && !name.startsWith("."))
                    .forEach(files::add);
        }
        List<ArticleSource> articles = new ArrayList<>();
        for (String name : files) {
            ManifestEntry entry = manifest.entry(name).orElseGet(() -> ManifestEntry.unlisted(name));
            String id = name.substring(0, name.length() - ARTICLE_SUFFIX.length());
            articles.add(new ArticleSource(id, dir.resolve(name), entry));
        }
        for (ManifestEntry entry : manifest.entries().values()) {
            if (!files.contains(entry.file())) {
                problems.add(new CorpusProblem(manifestFile + ":" + entry.line(),
                        "lists '" + entry.file() + "', which is not in " + dir, true));
            }
        }
        return new Corpus(dir, manifest, List.copyOf(articles), problems);
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

    /** Problems found while listing (manifest rows, missing files); articles' own come later. */
    public List<CorpusProblem> problems() {
        return List.copyOf(problems);
    }
}
