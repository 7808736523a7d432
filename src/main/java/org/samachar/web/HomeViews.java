package org.samachar.web;

import org.samachar.web.api.ActivePairs;
import org.samachar.web.api.CityCounts;
import org.samachar.web.api.CountryCounts;
import org.samachar.web.api.DateRange;
import org.samachar.web.api.MonthlyActivity;
import org.samachar.web.api.Reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the home page adds for its pictures: the JSON they are drawn from, and the same facts as
 * plain tables (events per month and root over the whole graph; for the chosen period, the most
 * active pairs, and events per country and per city), from the same queries.
 */
final class HomeViews {

    private HomeViews() {
    }

    /** A month of the table: its total and its roots with their counts ("consult 3 · appeal 1"). */
    record MonthRow(String month, long total, String byRoot) {
    }

    static void addTo(Map<String, Object> m, GraphView v, EventFilter filter) {
        String range = filter.range().asParameters();
        m.put("activityApi", "/api/activity?lang=" + v.lang);
        m.put("pairsApi", "/api/pairs?lang=" + v.lang + range);
        m.put("countriesApi", "/api/countries?lang=" + v.lang + range);
        m.put("citiesApi", "/api/cities?lang=" + v.lang + range);
        m.put("from", filter.range().fromParameter());
        m.put("to", filter.range().toParameter());
        m.put("rangeProblem", filter.problem());
        m.put("filtered", !filter.range().all());
        m.put("clearHref", "/?lang=" + v.lang + "#period");
        m.put("periodAction", "/#period");
        Reader r = v.reader();
        MonthlyActivity activity = MonthlyActivity.read(r, DateRange.ALL);
        List<MonthRow> months = new ArrayList<>();
        Map<String, String> roots = activity.roots().labels();
        for (MonthlyActivity.Month month : activity.months()) {
            List<String> parts = new ArrayList<>();
            month.byRoot().forEach((code, n) -> parts.add(roots.getOrDefault(code, code) + " " + n));
            months.add(new MonthRow(month.month(), month.total(), String.join(" · ", parts)));
        }
        m.put("months", months);
        m.put("pairs", ActivePairs.read(r, filter.range()).pairs());
        m.put("countries", CountryCounts.read(r, filter.range()).countries());
        m.put("cities", CityCounts.read(r, filter.range()).cities());
    }
}
