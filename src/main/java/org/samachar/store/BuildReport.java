package org.samachar.store;

import org.samachar.corpus.CorpusProblem;

import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param articles     articles in the corpus
 * @param extracted    articles (re)extracted and written
 * @param unchanged    articles skipped because their content hash was already in the store
 * @param filesRead    article files read and hashed (the build cache knew the others unchanged
 *                     from their size and times)
 * @param removed      article graphs removed because their file is gone
 * @param failed       articles that could not be built; nothing of them was written
 * @param problems     every problem found, warnings included, in order
 * @param violations   SHACL violations by graph
 * @param quadsWritten quads written by this build
 * @param storeQuads   quads in the store after the build
 * @param bulkLoaded   true when the store was empty and Jena's bulk loader was used
 * @param census       names and the entities they resolve to, over the whole store
 * @param events       events as the articles tell them and after cross-document merging
 * @param incremental  true when the events graph and the counts were updated from the articles
 *                     written alone, false when resolved from scratch (a clean build, a store
 *                     without an index)
 * @param seconds      wall-clock time of the build
 */
public record BuildReport(int articles, int extracted, int unchanged, int filesRead, int removed, int failed,
                          List<CorpusProblem> problems, Map<String, List<String>> violations,
                          long quadsWritten, long storeQuads, boolean bulkLoaded, EntityCensus census, EventCensus events,
                          boolean incremental, double seconds) {

    /** Per-article event reports, the events they merge into, and how many of those several articles tell. */
    public record EventCensus(int reports, int events, int toldByMany) {
    }

    public long warnings() {
        return problems.stream().filter(CorpusProblem::warning).count();
    }

    public int violationCount() {
        return violations.values().stream().mapToInt(List::size).sum();
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d articles: %d built, %d unchanged, %d removed, %d failed; %d quads written, %d in store; "
                        + "%d names resolved to %d entities (%d found in the news); "
                        + "%d event reports merged into %d events (%d told by several articles); "
                        + "%d warnings, %d SHACL violations; %.1f s%s",
                articles, extracted, unchanged, removed, failed, quadsWritten, storeQuads, census.names(),
                census.entities(), census.discovered(), events.reports(), events.events(), events.toldByMany(), warnings(), violationCount(), seconds, bulkLoaded ? " (bulk load)" : "");
    }
}
