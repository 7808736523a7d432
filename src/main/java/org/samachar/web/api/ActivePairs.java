package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.List;

/** {@code /api/pairs}: the pairs of actors of one kind that share the most events in a period. */
public record ActivePairs(DateRange range, int limit, boolean truncated, List<Pair> pairs) {

    public static final int LIMIT = 20;

    public record Pair(Ref a, Ref b, String kind, long events, String href) {
    }

    public static ActivePairs read(Reader r, DateRange range) {
        List<Binding> rows = Sparql.select(r.dataset, "active-pairs", Sparql.range(range), LIMIT + 1);
        List<Pair> out = new ArrayList<>();
        for (Binding row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
            Ref a = r.ref(row.get("a"));
            Ref b = r.ref(row.get("b"));
            out.add(new Pair(a, b, Kinds.of(row.get("kind")), Sparql.number(row, "count"),
                    Links.shared(a.href(), b.href(), range)));
        }
        return new ActivePairs(range, LIMIT, rows.size() > LIMIT, out);
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
