package org.samachar.spark;

import org.samachar.corpus.Manifest;
import org.samachar.corpus.crawl.CrawlFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus folder in every format the build reads, made with the project's crawl fixtures from the
 * seed articles: a text file with its manifest row (and a row for a file that is not there), a saved
 * page, a gzipped WARC with a corrupt record, a JSON Lines file with a line that is not JSON and a
 * record whose URL the WARC already has, and a gzipped JSON Lines file.
 */
final class CrawledCorpus {

    static final Path SEEDS = Path.of("../corpus");

    private CrawledCorpus() {
    }

    /** The seeds as {@link CrawlFixtures#seeds()} makes them, from this module's folder. */
    static List<CrawlFixtures.Seed> seeds() throws IOException {
        return CrawlFixtures.seeds(SEEDS);
    }

    /** Writes the folder; 6 articles, 2 bad records, 2 warnings of the listing. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<CrawlFixtures.Seed> seeds = seeds();
        CrawlFixtures.Seed first = seeds.get(0);
        Files.copy(SEEDS.resolve(first.id() + ".txt"), dir.resolve(first.id() + ".txt"));
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "file\tlanguage\tpublished\tpublisher\n"
                + first.id() + ".txt\t" + first.language() + "\t" + first.published() + "\t\n"
                + "gone.txt\tgu\t\t\n");
        Files.writeString(dir.resolve("page.html"), CrawlFixtures.page(seeds.get(1), seeds));
        CrawlFixtures.writeWarc(dir.resolve("crawl.warc.gz"), seeds.subList(2, 4), true);
        CrawlFixtures.writeJsonLines(dir.resolve("feed.jsonl"), List.of(seeds.get(4), seeds.get(3)), List.of("{not json"), false);
        CrawlFixtures.writeJsonLines(dir.resolve("feed2.jsonl.gz"), List.of(first), List.of(), true);
        return dir;
    }
}
