package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/cities}: the cities that are the place of events in a period, by number of events,
 * with their coordinates; a city whose coordinates are unknown is listed without them (the
 * table shows it, the map cannot).
 */
public record CityCounts(DateRange range, int limit, boolean truncated, List<City> cities) {

    public static final int LIMIT = 500;

    public record City(Ref city, Places.Point point, long events) {
        public boolean located() {
            return point != null;
        }
    }

    public static CityCounts read(Reader r, DateRange range) {
        List<Binding> rows = Sparql.select(r.dataset, "city-counts", Sparql.range(range), LIMIT + 1);
        List<City> out = new ArrayList<>();
        for (Binding row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
            out.add(new City(r.ref(row.get("city")), Places.ofZone(Sparql.text(row, "zone")).orElse(null),
                    Sparql.number(row, "count")));
        }
        return new CityCounts(range, LIMIT, rows.size() > LIMIT, out);
    }

    public JsonObject json() {
        JsonObject o = Json.head(range, limit, truncated);
        JsonArray a = new JsonArray();
        for (City c : cities) {
            JsonObject x = c.city().json();
            if (c.point() != null) {
                x.put("lat", JsonNumber.value(c.point().lat()));
                x.put("lon", JsonNumber.value(c.point().lon()));
            }
            x.put("events", c.events());
            a.add(x);
        }
        o.put("cities", a);
        return o;
    }
}
