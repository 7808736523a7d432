package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code /api/activity}: dated events per month and CAMEO root over the whole graph. */
public record MonthlyActivity(DateRange range, int limit, boolean truncated, List<Month> months, CameoRoots roots) {

    /** Rows are (month, event class); 37 classes over 50 years fit. */
    public static final int LIMIT = 25_000;

    /** One month: events per root code, and in all. */
    public record Month(String month, Map<String, Long> byRoot, long total) {
    }

    public static MonthlyActivity read(Reader r, DateRange range) {
        List<Binding> rows = Sparql.select(r.dataset, "monthly-activity", Sparql.range(range), LIMIT + 1);
        Map<String, Map<String, Long>> months = new TreeMap<>();
        for (Binding row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
            String root = r.roots().of(row.get("type")).orElse("");
            if (root.isEmpty()) {
                continue;
            }
            months.computeIfAbsent(Sparql.text(row, "month"), m -> new TreeMap<>())
                    .merge(root, Sparql.number(row, "count"), Long::sum);
        }
        List<Month> out = new ArrayList<>();
        months.forEach((m, counts) -> out.add(new Month(m, counts,
                counts.values().stream().mapToLong(Long::longValue).sum())));
        return new MonthlyActivity(range, LIMIT, rows.size() > LIMIT, out, r.roots());
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
