package org.samachar.eval;

import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.vocab.Iris;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Events of an analysed article in the form the gold file uses. A person or organisation the
 * gazetteer lacks gets a key minted from its name ({@code person/key-…}); where the gold entity
 * mentions name it (its mention's text is one of the gold's written forms in that article), the
 * gold's key stands for it, so a discovered person can match the gold's.
 */
public final class Predictions {

    private Predictions() {
    }

    public static List<GoldEvent> of(AnalyzedArticle article) {
        return of(article, List.of());
    }

    /** @param goldMentions the gold entity mentions (of any article; this article's are used) */
    public static List<GoldEvent> of(AnalyzedArticle article, List<EntityClusters.GoldMention> goldMentions) {
        Map<String, String> discovered = discoveredKeys(article, goldMentions);
        return article.events().stream().map(e -> new GoldEvent(article.id(), "p" + e.index(), e.type(),
                e.roles().stream().map(r -> r.role() + "=" + key(r.entity(), discovered)).distinct().toList(),
                e.place().map(p -> key(p, discovered)).orElse(""),
                e.time().map(t -> t.value().toString()).orElse(""),
                e.modality(), e.claimedBy().stream().map(c -> key(c, discovered)).toList(),
                article.sentences().get(e.sentence()).text())).toList();
    }

    static String key(Entity e) {
        return e.iri().startsWith(Iris.ID) ? e.iri().substring(Iris.ID.length()) : e.iri();
    }

    private static String key(Entity e, Map<String, String> discovered) {
        return discovered.getOrDefault(e.iri(), key(e));
    }

    /** For each entity the extractor discovered in the article, the gold key its mentions' text names most often. */
    private static Map<String, String> discoveredKeys(AnalyzedArticle article, List<EntityClusters.GoldMention> gold) {
        List<EntityClusters.GoldMention> own = gold.stream().filter(g -> g.article().equals(article.id())).toList();
        Map<String, Map<String, Long>> votes = new HashMap<>();
        for (Mention m : article.mentions()) {
            if (!Iris.isDiscovered(m.entity().iri())) {
                continue;
            }
            own.stream().filter(g -> m.surface().startsWith(g.surface()))
                    .forEach(g -> votes.computeIfAbsent(m.entity().iri(), k -> new HashMap<>()).merge(g.entity(), 1L, Long::sum));
        }
        return votes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
    }
}
