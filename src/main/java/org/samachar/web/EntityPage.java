package org.samachar.web;

import org.apache.jena.graph.Node;
import org.samachar.web.api.EventIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person, organisation or place: its names in every script, types, Wikidata item, roles, the
 * events it takes part in as a timeline, what links to it, and the articles that mention it.
 */
final class EntityPage {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** Reports read for a row's modality and claimants (see EventSummary.gathered). */
    private static final int ROW_REPORTS = 25;
    /** Other actors named in a row of the events table. */
    private static final int ROW_ACTORS = 12;

    private EntityPage() {
    }

    static Map<String, Object> model(GraphView v, Node entity) {
        return model(v, entity, EventFilter.NONE);
    }

    static Map<String, Object> model(GraphView v, Node entity, EventFilter filter) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", v.label(entity));
        m.put("types", v.links(v.objects(entity, Vocab.TYPE)));
        m.put("names", names(v, entity));
        m.put("wikidata", v.objects(entity, Vocab.SAME_AS).stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(WIKIDATA)).map(Node::getURI).toList());
        m.put("roles", roles(v, entity));
        EntityViews.addTo(m, v, entity, filter);
        m.put("timeline", timeline(v, entity, filter, m));
        m.put("incoming", incoming(v, entity));
        Articles.Page articles = Articles.page(v, v.subjects(Vocab.MENTIONS, entity), filter.articlePage(),
                p -> v.base.href(entity.getURI()) + "?lang=" + v.lang + "&apage=" + p + "#articles");
        m.put("articles", articles.listed());
        m.put("articlePager", articles.pager());
        return m;
    }

    record Name(String text, String lang) {
    }

    private static List<Name> names(GraphView v, Node entity) {
        List<Name> out = new ArrayList<>();
        for (Node p : List.of(Vocab.LABEL, Vocab.ALT_LABEL)) {
            for (Node l : v.objects(entity, p)) {
                if (!l.isLiteral()) {
                    continue;
                }
                Name name = new Name(l.getLiteralLexicalForm(), l.getLiteralLanguage());
                if (!out.contains(name)) {
                    out.add(name);
                }
            }
        }
        out.sort(Comparator.comparing(Name::lang).thenComparing(Name::text));
        return out;
    }

    record Role(Link role, Link organisation, String asOf) {
    }

    private static List<Role> roles(GraphView v, Node entity) {
        List<Role> out = new ArrayList<>();
        for (Node membership : v.subjects(Vocab.MEMBER, entity)) {
            Link role = v.object(membership, Vocab.ROLE).map(v::link).orElse(null);
            Link org = v.object(membership, Vocab.ORGANIZATION).map(v::link).orElse(null);
            if (role != null) {
                out.add(new Role(role, org, asOf(v, membership)));
            }
        }
        // One line per role and organisation, the earliest date; a role without its
        // organisation is dropped when the same role is known with one.
        out.sort(Comparator.comparing(Role::asOf));
        List<Role> kept = new ArrayList<>();
        for (Role r : out) {
            boolean covered = kept.stream().anyMatch(k -> k.role.equals(r.role)
                    && (java.util.Objects.equals(k.organisation, r.organisation) || r.organisation == null));
            if (!covered) {
                kept.removeIf(k -> k.role.equals(r.role) && k.organisation == null);
                kept.add(r);
            }
        }
        return kept;
    }

    record TimelineEntry(String date, Link event, String role, List<Link> others, String moreOthers, List<Link> modality,
                         List<Link> claimedBy) {
    }

    /**
     * One page of the events of {@code graph/events} the entity takes part in, by date (undated
     * last), narrowed by the filter; only the rows shown are read from the store, so an actor
     * with thousands of events still gets its page quickly.
     */
    private static List<TimelineEntry> timeline(GraphView v, Node entity, EventFilter filter, Map<String, Object> m) {
        // Which events and in what order come from the events index; only the rows shown are read.
        List<EventIndex.Dated> all = v.reader().index().eventsOf(entity, filter.range(), filter.with().orElse(null));
        Pager pager = Pager.of(all.size(), filter.page(), EventFilter.PAGE_SIZE,
                p -> EntityViews.href(v, entity, filter, p));
        m.put("pager", pager);
        List<TimelineEntry> out = new ArrayList<>();
        for (EventIndex.Dated d : all.subList(pager.first(), pager.last())) {
            Node event = d.event();
            List<String> roles = new ArrayList<>();
            List<Link> others = new ArrayList<>();
            for (EventSummary.RoleGroup g : EventSummary.roles(v, event)) {
                if (g.actors().stream().anyMatch(a -> entity.getURI().equals(a.iri()))) {
                    roles.add(g.role());
                }
            }
            int more = 0;
            for (Node actor : v.objects(event, Vocab.HAS_ACTOR)) {
                if (actor.equals(entity)) {
                    continue;
                }
                // A merged event of a large store can have a hundred actors; the event's page lists them all.
                if (others.size() < ROW_ACTORS) {
                    others.add(v.link(actor));
                } else {
                    more++;
                }
            }
            Link link = new Link(v.base.href(event.getURI()), v.label(EventSummary.type(v, event)), event.getURI());
            out.add(new TimelineEntry(EventSummary.date(v, event), link, String.join(", ", roles), others, more == 0 ? "" : "+" + more,
                    v.links(EventSummary.gathered(v, event, Vocab.MODALITY, ROW_REPORTS)),
                    v.links(EventSummary.gathered(v, event, Vocab.CLAIMED_BY, ROW_REPORTS))));
        }
        return out;
    }

    record Incoming(Link property, long count) {
    }

    private static List<Incoming> incoming(GraphView v, Node entity) {
        Map<Node, Long> counts = new LinkedHashMap<>();
        v.union.find(Node.ANY, Node.ANY, entity).forEachRemaining(t -> counts.merge(t.getPredicate(), 1L, Long::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<Node, Long>comparingByValue().reversed())
                .map(e -> new Incoming(v.link(e.getKey()), e.getValue())).toList();
    }

    /** The full layer's {@code sam:asOf}; lean leaves it to the date of the article that states the role. */
    private static String asOf(GraphView v, Node membership) {
        return v.text(membership, Vocab.AS_OF).or(() -> Optional.ofNullable(org.samachar.vocab.Iris.articleOf(membership))
                .flatMap(a -> v.text(a, Vocab.PUBLISHED))).orElse("");
    }
}
