package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.List;

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
        List<Binding> rows = Sparql.select(r.dataset, "country-counts", Sparql.range(range), LIMIT + 1);
        List<Country> out = new ArrayList<>();
        for (Binding row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
            String iso = Sparql.text(row, "iso");
            out.add(new Country(r.ref(row.get("country")), iso, Places.numeric(iso).orElse(""),
                    Sparql.number(row, "count")));
        }
        return new CountryCounts(range, LIMIT, rows.size() > LIMIT, out);
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
