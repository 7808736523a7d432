package org.samachar.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every event report of a store, in columns of ints: a full resolution holds all of them at once
 * (2.2 million at 100K articles), and as records of strings, maps and sets they took most of the
 * heap at 10K articles. Here a report takes about 145 bytes, against 560 as records read from the
 * store (measured on the 218,646 reports of 10K articles): IRIs, types and roles are numbers into
 * one table of distinct strings (the same few thousand entities recur in every article), dates are
 * days. {@link #get} gives a report back as an
 * {@link EventReport} when the clustering compares it.
 */
final class ReportTable {

    private static final int NONE = Integer.MIN_VALUE;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private int size;
    private int[] article = new int[1024];
    /** The report's IRI: its article's IRI and this rest ("#event-3"), or this whole when it is not under the article. */
    private int[] rest = new int[1024];
    private boolean[] underArticle = new boolean[1024];
    private int[] type = new int[1024];
    /** role id << 32 | entity id, sorted: the roles in the order EventReport's map has them. */
    private long[][] roles = new long[1024][];
    private int[] place = new int[1024];
    private int[] begin = new int[1024];
    private int[] end = new int[1024];
    private int[] published = new int[1024];
    private int[][] denies = new int[1024][];

    int size() {
        return size;
    }

    int id(String s) {
        Integer id = ids.get(s);
        if (id == null) {
            id = strings.size();
            ids.put(s, id);
            strings.add(s);
        }
        return id;
    }

    String string(int id) {
        return strings.get(id);
    }

    void add(EventReport r) {
        if (size == article.length) {
            grow();
        }
        int i = size++;
        article[i] = id(r.article());
        underArticle[i] = r.iri().startsWith(r.article() + "#");
        rest[i] = id(underArticle[i] ? r.iri().substring(r.article().length()) : r.iri());
        type[i] = id(r.type());
        List<Long> pairs = new ArrayList<>();
        r.roles().forEach((role, entities) -> entities.forEach(e -> pairs.add((long) id(role) << 32 | id(e))));
        long[] packed = new long[pairs.size()];
        for (int k = 0; k < packed.length; k++) {
            packed[k] = pairs.get(k);
        }
        roles[i] = packed;
        place[i] = r.place().map(this::id).orElse(NONE);
        begin[i] = EventMatch.day(r.begin());
        end[i] = EventMatch.day(r.end());
        published[i] = EventMatch.day(r.published());
        denies[i] = r.denies().isEmpty() ? null : r.denies().stream().mapToInt(this::id).toArray();
    }

    private static Optional<LocalDate> day(int d) {
        return d == EventMatch.NO_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(d));
    }

    private void grow() {
        int n = article.length * 2;
        article = Arrays.copyOf(article, n);
        rest = Arrays.copyOf(rest, n);
        underArticle = Arrays.copyOf(underArticle, n);
        type = Arrays.copyOf(type, n);
        roles = Arrays.copyOf(roles, n);
        place = Arrays.copyOf(place, n);
        begin = Arrays.copyOf(begin, n);
        end = Arrays.copyOf(end, n);
        published = Arrays.copyOf(published, n);
        denies = Arrays.copyOf(denies, n);
    }

    String iri(int i) {
        return underArticle[i] ? strings.get(article[i]) + strings.get(rest[i]) : strings.get(rest[i]);
    }

    int article(int i) {
        return article[i];
    }

    int type(int i) {
        return type[i];
    }

    /** The distinct entity ids of the report's roles (its actors). */
    int[] actors(int i) {
        // A loop, not a stream: the clustering asks for every report of every block it is in.
        long[] r = roles[i];
        int[] out = new int[r.length];
        int n = 0;
        for (long p : r) {
            int e = (int) p;
            boolean seen = false;
            for (int k = 0; k < n && !seen; k++) {
                seen = out[k] == e;
            }
            if (!seen) {
                out[n++] = e;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * Whether rows {@code a} and {@code b} can be one event as far as their columns alone tell:
     * other articles, and times that {@link EventMatch#timesAgree agree}. A cheap necessary
     * condition of {@link EventMatch#same}, tried first.
     */
    boolean mayMatch(int a, int b) {
        return article[a] != article[b]
                && EventMatch.timesAgree(begin[a], end[a], published[a], begin[b], end[b], published[b]);
    }

    /** The report's {@link Blocks}, from its day columns (no report is made). */
    int[] blocks(int i) {
        return Blocks.of(begin[i], end[i], published[i]);
    }

    /** Whether the report denies anything. */
    boolean denies(int i) {
        return denies[i] != null;
    }

    EventReport get(int i) {
        Map<String, Set<String>> byRole = new TreeMap<>();
        for (long p : roles[i]) {
            byRole.computeIfAbsent(strings.get((int) (p >>> 32)), k -> new TreeSet<>()).add(strings.get((int) p));
        }
        Set<String> denied = new TreeSet<>();
        if (denies[i] != null) {
            for (int d : denies[i]) {
                denied.add(strings.get(d));
            }
        }
        return new EventReport(iri(i), strings.get(article[i]), strings.get(type[i]), byRole,
                place[i] == NONE ? Optional.empty() : Optional.of(strings.get(place[i])),
                day(begin[i]), day(end[i]), day(published[i]), denied);
    }

    /** The rows in the order of their IRIs (the clustering's order). */
    int[] byIri() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, this::compareIris);
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** Compares the IRIs of two rows as strings, without building them. */
    private int compareIris(int a, int b) {
        CharSequence x = new Joined(a);
        CharSequence y = new Joined(b);
        int n = Math.min(x.length(), y.length());
        for (int k = 0; k < n; k++) {
            char c = x.charAt(k);
            char d = y.charAt(k);
            if (c != d) {
                return c - d;
            }
        }
        return x.length() - y.length();
    }

    /** A row's IRI as a sequence of characters, read from its two parts. */
    private final class Joined implements CharSequence {
        private final String head;
        private final String tail;

        Joined(int i) {
            head = underArticle[i] ? strings.get(article[i]) : "";
            tail = strings.get(rest[i]);
        }

        @Override
        public int length() {
            return head.length() + tail.length();
        }

        @Override
        public char charAt(int k) {
            return k < head.length() ? head.charAt(k) : tail.charAt(k - head.length());
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return head + tail;
        }
    }
}
