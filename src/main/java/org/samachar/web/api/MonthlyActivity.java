package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** {@code /api/activity}: dated events per month and CAMEO root over the whole graph. */
public record MonthlyActivity(DateRange range, int limit, boolean truncated, List<Month> months, CameoRoots roots) {

    /** Months: a century of them. */
    public static final int LIMIT = 1_200;

    /** One month: events per root code, and in all. */
    public record Month(String month, Map<String, Long> byRoot, long total) {
    }

    public static MonthlyActivity read(Reader r, DateRange range) {
        EventIndex x = r.index();
        CameoRoots roots = r.roots();
        List<Month> out = x.answer("activity " + range, () -> count(x, roots, range));
        boolean truncated = out.size() > LIMIT;
        return new MonthlyActivity(range, LIMIT, truncated, truncated ? out.subList(0, LIMIT) : out, roots);
    }

    static List<Month> count(EventIndex x, CameoRoots roots, DateRange range) {
        Map<Integer, String> rootOfType = new HashMap<>();
        Map<String, Map<String, Long>> months = new TreeMap<>();
        for (EventIndex.Event e : x.events) {
            if (e.date().isEmpty()) {
                break;
            }
            if (!range.contains(e.date())) {
                continue;
            }
            String root = rootOfType.computeIfAbsent(e.type(), t -> roots.of(x.nodes.get(t)).orElse(""));
            if (!root.isEmpty()) {
                months.computeIfAbsent(e.date().substring(0, Math.min(7, e.date().length())), m -> new TreeMap<>())
                        .merge(root, 1L, Long::sum);
            }
        }
        List<Month> out = new ArrayList<>();
        months.forEach((m, counts) -> out.add(new Month(m, counts,
                counts.values().stream().mapToLong(Long::longValue).sum())));
        return out;
    }

    public JsonObject json() {
        JsonObject o = Json.head(range, limit, truncated);
        o.put("roots", roots.json());
        JsonArray a = new JsonArray();
        for (Month m : months) {
            JsonObject x = new JsonObject();
            x.put("month", m.month());
            JsonObject counts = new JsonObject();
            m.byRoot().forEach(counts::put);
            x.put("counts", counts);
            x.put("total", m.total());
            a.add(x);
        }
        o.put("months", a);
        return o;
    }
}
