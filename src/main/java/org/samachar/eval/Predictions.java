package org.samachar.eval;

import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.vocab.Iris;

import java.util.List;

/** Events of an analysed article in the form the gold file uses. */
public final class Predictions {

    private Predictions() {
    }

    public static List<GoldEvent> of(AnalyzedArticle article) {
        return article.events().stream().map(e -> new GoldEvent(article.id(), "p" + e.index(), e.type(),
                e.roles().stream().map(r -> key(r.entity())).distinct().toList(),
                e.place().map(Predictions::key).orElse(""),
                e.time().map(t -> t.value().toString()).orElse(""),
                e.modality(), e.claimedBy().stream().map(Predictions::key).toList(),
                article.sentences().get(e.sentence()).text())).toList();
    }

    static String key(Entity e) {
        return e.iri().startsWith(Iris.ID) ? e.iri().substring(Iris.ID.length()) : e.iri();
    }

}
