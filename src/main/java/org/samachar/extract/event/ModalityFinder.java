package org.samachar.extract.event;

import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.time.TenseDetector;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Token;
import org.samachar.extract.time.Tense;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How sure the text is that each event happened: cue words of possibility, expectation and plans
 * ({@code modality.tsv}), else the tense of the sentence (future: planned). A speech act is
 * asserted: that it was said is what the text tells. A negated trigger ("did not sign") is denied.
 */
public final class ModalityFinder implements Annotator {

    /** Marks the layer: events whose modality is known. */
    public static final class Modality {
        private Modality() {
        }
    }

    private final PhraseLexicon modalityCues = new PhraseLexicon("modality.tsv");
    private final TenseDetector tenses = new TenseDetector();

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Token.class, Event.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Modality.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<Event> out = new ArrayList<>(article.events().size());
        for (Event e : article.events()) {
            out.add(e.withModality(e.trigger().negated() ? "Denied"
                    : e.trigger().speech() ? "Asserted" : modality(article.tokens().get(e.sentence()))));
        }
        return article.withEvents(out);
    }

    private String modality(List<Token> tokens) {
        Set<String> cues = new LinkedHashSet<>();
        modalityCues.find(tokens).forEach(h -> cues.add(h.label()));
        for (String m : List.of("Possible", "Expected", "Planned")) {
            if (cues.contains(m)) {
                return m;
            }
        }
        return tenses.tense(tokens) == Tense.FUTURE ? "Planned" : "Asserted";
    }
}
