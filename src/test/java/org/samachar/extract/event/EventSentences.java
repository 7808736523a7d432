package org.samachar.extract.event;

import org.samachar.TestArticles;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.ResolutionDecisions;
import org.samachar.pipeline.Pipeline;
import org.samachar.pipeline.model.Event;
import org.samachar.rdf.ReferenceData;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The events the whole pipeline finds in a short text written for a test, published on a Tuesday
 * (2024-03-12), and their roles as "role=Name" text. The pipeline is loaded once for all tests.
 */
public final class EventSentences {

    /** The publication date of every test text: a Tuesday. */
    public static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 12);

    private EventSentences() {
    }

    private static final class Loaded {
        static final Pipeline PIPELINE = TestArticles.pipeline(Gazetteer.fromGraph(ReferenceData.load().gazetteer()),
                ResolutionDecisions.load(), true);
    }

    public static List<Event> events(String text) {
        return events(text, PUBLISHED);
    }

    /** The events of a text published on another day, for what depends on the year. */
    public static List<Event> events(String text, LocalDate published) {
        return TestArticles.run(Loaded.PIPELINE, text, published).events();
    }

    public static String roles(Event e) {
        return e.roles().stream().map(r -> r.role() + "=" + r.entity().name()).collect(Collectors.joining(", "));
    }

    /** The roles of each event of this type, in order. */
    public static List<String> roles(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).map(EventSentences::roles).toList();
    }

    /** The one event of this type; fails when there are none or several. */
    public static Event only(List<Event> events, String type) {
        List<Event> of = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, of.size(), type + " in " + events);
        return of.get(0);
    }
}
