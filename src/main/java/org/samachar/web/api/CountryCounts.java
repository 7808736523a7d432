package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.HashSet;
import java.util.HashMap;

/**
 * {@code /api/countries}: per country, the events of a period it acts in or that happen in it (or
 * in one of its cities), with the ISO codes that key the map's shapes.
 */
public record CountryCounts(DateRange range, int limit, boolean truncated, List<Country> countries) {

    /** More than there are countries: never cut in practice, a bound all the same. */
    public static final int LIMIT = 400;

    public record Country(Ref country, String iso, String numeric, long events) {
    }

    public static CountryCounts read(Reader r, DateRange range) {
        EventIndex x = r.index();
        List<Map.Entry<Integer, Integer>> ranked = x.answer("countries " + range, () -> count(x, range));
        List<Country> out = new ArrayList<>();
        for (Map.Entry<Integer, Integer> c : ranked.subList(0, Math.min(LIMIT, ranked.size()))) {
            String iso = x.places.get(c.getKey()).iso();
            out.add(new Country(r.ref(x.nodes.get(c.getKey())), iso, Places.numeric(iso).orElse(""), c.getValue()));
        }
        return new CountryCounts(range, LIMIT, ranked.size() > LIMIT, out);
    }

    static List<Map.Entry<Integer, Integer>> count(EventIndex x, DateRange range) {
        Map<Integer, Integer> counts = new HashMap<>();
        Set<Integer> countries = new HashSet<>();
        for (EventIndex.Event e : x.events) {
            if (!range.contains(e.date())) {
                continue;
            }
            countries.clear();
            for (int a : e.actors()) {
                addCountry(x, a, countries);
            }
            for (int p : e.places()) {
                addCountry(x, p, countries);
                EventIndex.Place place = x.places.get(p);
                if (place != null && place.city() && place.country() >= 0) {
                    addCountry(x, place.country(), countries);
                }
            }
            countries.forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        return Counts.top(counts, LIMIT + 1, x);
    }

    private static void addCountry(EventIndex x, int node, Set<Integer> into) {
        EventIndex.Place p = x.places.get(node);
        if (p != null && !p.iso().isEmpty()) {
            into.add(node);
        }
    }

    public JsonObject json() {
        JsonObject o = Json.head(range, limit, truncated);
        JsonArray a = new JsonArray();
        for (Country c : countries) {
            JsonObject x = c.country().json();
            x.put("iso", c.iso());
            x.put("numeric", c.numeric());
            x.put("events", c.events());
            a.add(x);
        }
        o.put("countries", a);
        return o;
    }
}
