package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.HashMap;
import java.util.Comparator;
import java.util.Arrays;

/** {@code /api/pairs}: the pairs of actors of one kind that share the most events in a period. */
public record ActivePairs(DateRange range, int limit, boolean truncated, List<Pair> pairs) {

    public static final int LIMIT = 20;
    /** A person and their own country act together in nearly every event and would fill the list. */
    private static final Set<String> PAIRED = Set.of("person", "country", "organization");

    public record Pair(Ref a, Ref b, String kind, long events, String href) {
    }

    public static ActivePairs read(Reader r, DateRange range) {
        EventIndex x = r.index();
        List<Map.Entry<Long, Integer>> ranked = x.answer("pairs " + range, () -> count(x, range));
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<Long, Integer> c : ranked.subList(0, Math.min(LIMIT, ranked.size()))) {
            Ref a = r.ref(x.nodes.get((int) (c.getKey() >>> 32)));
            Ref b = r.ref(x.nodes.get((int) (long) c.getKey()));
            if (a.iri().compareTo(b.iri()) > 0) {
                Ref t = a;
                a = b;
                b = t;
            }
            out.add(new Pair(a, b, x.kindOf.get((int) (long) c.getKey()), c.getValue(), Links.shared(a.href(), b.href(), range)));
        }
        return new ActivePairs(range, LIMIT, ranked.size() > LIMIT, out);
    }

    /** Every pair of one kind, ranked; counted with primitive keys (a pair is two node ids in a long). */
    static List<Map.Entry<Long, Integer>> count(EventIndex x, DateRange range) {
        int[] kind = new int[x.nodes.size()];
        x.kindOf.forEach((node, k) -> kind[node] = PAIRED.contains(k) ? 1 + List.copyOf(PAIRED).indexOf(k) : 0);
        PairCounter counts = new PairCounter();
        for (EventIndex.Event e : x.events) {
            if (!range.contains(e.date())) {
                continue;
            }
            int[] actors = Arrays.stream(e.actors()).filter(a -> kind[a] > 0).distinct().toArray();
            for (int i = 0; i < actors.length; i++) {
                for (int j = i + 1; j < actors.length; j++) {
                    if (kind[actors[i]] == kind[actors[j]]) {
                        int a = Math.min(actors[i], actors[j]);
                        int b = Math.max(actors[i], actors[j]);
                        counts.add(((long) a << 32) | b);
                    }
                }
            }
        }
        return Counts.top(counts.toMap(), LIMIT + 1, Comparator.naturalOrder());
    }

    public JsonObject json() {
        JsonObject o = Json.head(range, limit, truncated);
        JsonArray a = new JsonArray();
        for (Pair p : pairs) {
            JsonObject x = new JsonObject();
            x.put("a", p.a().json());
            x.put("b", p.b().json());
            x.put("kind", p.kind());
            x.put("events", p.events());
            x.put("href", p.href());
            a.add(x);
        }
        o.put("pairs", a);
        return o;
    }
}
