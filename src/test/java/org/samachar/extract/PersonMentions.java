package org.samachar.extract;

import org.samachar.TestArticles;
import org.samachar.pipeline.Pipeline;
import org.samachar.pipeline.model.Mention;
import org.samachar.rdf.ReferenceData;

import java.time.LocalDate;
import java.util.List;

/** The words that name one person in a text run through the stages up to entities, published on a Tuesday. */
final class PersonMentions {

    /** Loaded once, on first use, for every test class that asks. */
    private static final class Loaded {
        static final Pipeline PIPELINE = TestArticles.pipeline(Gazetteer.fromGraph(ReferenceData.load().gazetteer()),
                ResolutionDecisions.load(), false);
    }

    private PersonMentions() {
    }

    /** The surfaces of {@code person}'s mentions in {@code text} (first line the headline), in order. */
    static List<String> surfacesOf(String text, String person) {
        return TestArticles.run(Loaded.PIPELINE, text, LocalDate.of(2024, 3, 12)).mentions().stream()
                .filter(m -> m.entity().name().equals(person)).map(Mention::surface).toList();
    }
}
