package org.samachar.resolve;

import org.samachar.vocab.Iris;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An {@link EventReport} as one string, for the index graph ({@link EventIndex}): what the
 * clustering needs of a report without reading its article graph again, and what the report was
 * before its article changed. Nine tab-separated fields — IRI, article, type, roles
 * ({@code role=entity entity|role=entity}), place, begin, end, publication date, denied events —
 * with IRIs under {@code …/id/} written without that prefix and the report's IRI relative to its
 * article's. Canonical (roles and entities sorted), so equal reports give equal strings and a
 * report filed under a key can be found again by its string.
 */
final class ReportCodec {

    private ReportCodec() {
    }

    static String encode(EventReport r) {
        StringJoiner out = new StringJoiner("\t");
        out.add(r.iri().startsWith(r.article() + "#") ? r.iri().substring(r.article().length()) : shorten(r.iri()));
        out.add(shorten(r.article()));
        out.add(r.type());
        StringJoiner roles = new StringJoiner("|");
        new TreeMap<>(r.roles()).forEach((role, entities) -> {
            StringJoiner e = new StringJoiner(" ");
            new TreeSet<>(entities).forEach(x -> e.add(shorten(x)));
            roles.add(role + "=" + e);
        });
        out.add(roles.toString());
        out.add(r.place().map(ReportCodec::shorten).orElse(""));
        out.add(r.begin().map(LocalDate::toString).orElse(""));
        out.add(r.end().map(LocalDate::toString).orElse(""));
        out.add(r.published().map(LocalDate::toString).orElse(""));
        StringJoiner denies = new StringJoiner(" ");
        new TreeSet<>(r.denies()).forEach(d -> denies.add(shorten(d)));
        out.add(denies.toString());
        return out.toString();
    }

    static EventReport decode(String s) {
        String[] f = s.split("\t", -1);
        if (f.length != 9) {
            throw new IllegalArgumentException("not an encoded report: " + s);
        }
        String article = expand(f[1]);
        String iri = f[0].startsWith("#") ? article + f[0] : expand(f[0]);
        Map<String, Set<String>> roles = new TreeMap<>();
        if (!f[3].isEmpty()) {
            for (String role : f[3].split("\\|")) {
                int eq = role.indexOf('=');
                Set<String> entities = new TreeSet<>();
                for (String e : role.substring(eq + 1).split(" ")) {
                    entities.add(expand(e));
                }
                roles.put(role.substring(0, eq), entities);
            }
        }
        Set<String> denies = new TreeSet<>();
        if (!f[8].isEmpty()) {
            for (String d : f[8].split(" ")) {
                denies.add(expand(d));
            }
        }
        return new EventReport(iri, article, f[2], roles, optional(f[4]).map(ReportCodec::expand),
                optional(f[5]).map(LocalDate::parse), optional(f[6]).map(LocalDate::parse),
                optional(f[7]).map(LocalDate::parse), denies);
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Without the {@code …/id/} prefix, or marked with "<" when it has none. */
    static String shorten(String iri) {
        return iri.startsWith(Iris.ID) ? iri.substring(Iris.ID.length()) : "<" + iri;
    }

    static String expand(String s) {
        return s.startsWith("<") ? s.substring(1) : Iris.ID + s;
    }
}
