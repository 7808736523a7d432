package org.samachar.web;

import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What lists of events show about one event: its type, date, actors, modality and claimants.
 * An event of {@code graph/events} gathers modality and claimants from its reports (one per
 * article that tells it); a report speaks for itself.
 */
final class EventSummary {

    private EventSummary() {
    }

    static List<Node> reports(GraphView v, Node event) {
        List<Node> reports = v.objects(event, Vocab.REPORT);
        return reports.isEmpty() ? List.of(event) : reports;
    }

    /** Values of {@code p} on the event itself, or else on its reports. */
    static List<Node> gathered(GraphView v, Node event, Node p) {
        return gathered(v, event, p, Integer.MAX_VALUE);
    }

    /**
     * The same from at most {@code reports} of its reports: a row of a long table of events need
     * not read every one of the hundreds of articles that may tell one event.
     */
    static List<Node> gathered(GraphView v, Node event, Node p, int reports) {
        Set<Node> out = new LinkedHashSet<>(v.objects(event, p));
        if (out.isEmpty()) {
            for (Node r : reports(v, event).stream().limit(reports).toList()) {
                out.addAll(v.objects(r, p));
            }
        }
        return new ArrayList<>(out);
    }

    static String date(GraphView v, Node event) {
        String begin = v.text(event, Vocab.BEGIN_TIME).orElse("");
        String end = v.text(event, Vocab.END_TIME).orElse(begin);
        return begin.equals(end) ? begin : begin + " – " + end;
    }

    /** The most specific event type (one that is not the root sam:Event). */
    static Node type(GraphView v, Node event) {
        return v.objects(event, Vocab.TYPE).stream().filter(t -> !t.equals(Vocab.EVENT)).findFirst().orElse(Vocab.EVENT);
    }

    /** A readable title: "meeting — Kim Jong-un, Vladimir Putin — 2023-09". */
    static String title(GraphView v, Node event) {
        List<String> actors = v.objects(event, Vocab.HAS_ACTOR).stream().limit(3).map(v::label).toList();
        String date = date(v, event);
        return v.label(type(v, event)) + (actors.isEmpty() ? "" : " — " + String.join(", ", actors))
                + (date.isEmpty() ? "" : " — " + date);
    }

    /** Role properties (sub-properties of sem:hasActor, e.g. sam:visitor) and who fills them. */
    static List<RoleGroup> roles(GraphView v, Node event) {
        // One lookup per role property, not a pass over every statement about the event: an event
        // of a large store has thousands (a sam:report and a source per article that tells it).
        List<RoleGroup> out = new ArrayList<>();
        for (Node p : v.subjects(Vocab.SUB_PROPERTY_OF, Vocab.HAS_ACTOR)) {
            if (p.equals(Vocab.HAS_ACTOR)) {
                continue;
            }
            List<Link> actors = new ArrayList<>();
            for (Node actor : v.objects(event, p)) {
                Link link = v.link(actor);
                if (!actors.contains(link)) {
                    actors.add(link);
                }
            }
            if (!actors.isEmpty()) {
                out.add(new RoleGroup(p, v.label(p), actors));
            }
        }
        return out;
    }

    record RoleGroup(Node property, String role, List<Link> actors) {
    }
}
