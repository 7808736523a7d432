package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Arrays;

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
        EventIndex x = r.index();
        List<Map.Entry<Integer, Integer>> ranked = x.answer("cities " + range, () -> count(x, range));
        List<City> out = new ArrayList<>();
        for (Map.Entry<Integer, Integer> c : ranked.subList(0, Math.min(LIMIT, ranked.size()))) {
            out.add(new City(r.ref(x.nodes.get(c.getKey())), Places.ofZone(x.places.get(c.getKey()).zone()).orElse(null),
                    c.getValue()));
        }
        return new CityCounts(range, LIMIT, ranked.size() > LIMIT, out);
    }

    static List<Map.Entry<Integer, Integer>> count(EventIndex x, DateRange range) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (EventIndex.Event e : x.events) {
            if (!range.contains(e.date())) {
                continue;
            }
            for (int p : Arrays.stream(e.places()).distinct().toArray()) {
                EventIndex.Place place = x.places.get(p);
                if (place != null && place.city()) {
                    counts.merge(p, 1, Integer::sum);
                }
            }
        }
        return Counts.top(counts, LIMIT + 1, x);
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
