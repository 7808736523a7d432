package org.samachar.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares predicted events with gold events. A prediction can match a gold event of the same
 * article when the types are equal, they share at least one actor, and their times overlap (or
 * either has none). Pairs are then taken best first (most shared actors, then agreeing time), each
 * gold event and each prediction in at most one pair, so the order of predictions does not matter.
 */
public final class Scorer {

    /** Counts of one event type, or of all. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
        }
    }

    /**
     * The result: counts by type, matched pairs, and what was missed or spurious; and
     * {@code detection}, the counts when only type, article and time must agree (how well events
     * are found, whoever their actors).
     */
    public record Result(Map<String, Counts> byType, Counts overall, List<GoldEvent[]> matches,
                         List<GoldEvent> missed, List<GoldEvent> spurious, Counts detection) {
        /** Share of matched events whose modality agrees with the gold. */
        public double modalityAccuracy() {
            return share(m -> m[0].modality().equals(m[1].modality()));
        }

        /** Share of matched events whose time is the gold's (both without one counts). */
        public double timeAccuracy() {
            return share(m -> m[0].time().equals(m[1].time()));
        }

        /**
         * Of the gold actors of matched events that the prediction also has, the share in the
         * same role: whether roles are right where the actors were found.
         */
        public double roleAccuracy() {
            long shared = 0;
            long same = 0;
            for (GoldEvent[] m : matches) {
                for (String role : m[0].roles()) {
                    if (m[1].actors().contains(GoldEvent.entityOf(role))) {
                        shared++;
                        same += m[1].roles().contains(role) ? 1 : 0;
                    }
                }
            }
            return shared == 0 ? 0 : same / (double) shared;
        }

        /** Of the actors the matched predictions have, the share the gold has too: how many extra actors come along. */
        public double actorPrecision() {
            long all = 0;
            long gold = 0;
            for (GoldEvent[] m : matches) {
                for (String actor : m[1].actors()) {
                    all++;
                    gold += m[0].actors().contains(actor) ? 1 : 0;
                }
            }
            return all == 0 ? 0 : gold / (double) all;
        }

        /** Of the gold actors of matched events, the share the prediction has. */
        public double actorRecall() {
            long all = 0;
            long found = 0;
            for (GoldEvent[] m : matches) {
                for (String actor : m[0].actors()) {
                    all++;
                    found += m[1].actors().contains(actor) ? 1 : 0;
                }
            }
            return all == 0 ? 0 : found / (double) all;
        }

        /** Share of matched events claimed by the same entities as in the gold (both by none counts). */
        public double claimAccuracy() {
            return share(m -> java.util.Set.copyOf(m[0].claimedBy()).equals(java.util.Set.copyOf(m[1].claimedBy())));
        }

        /** Share of matched events whose place is the gold's (both without one counts). */
        public double placeAccuracy() {
            return share(m -> m[0].place().equals(m[1].place()));
        }

        private double share(java.util.function.Predicate<GoldEvent[]> agrees) {
            return matches.isEmpty() ? 0 : matches.stream().filter(agrees).count() / (double) matches.size();
        }
    }

    public Result score(List<GoldEvent> gold, List<GoldEvent> predicted) {
        List<GoldEvent[]> detected = pair(gold, predicted, Scorer::sameKind);
        Counts detection = new Counts(detected.size(), predicted.size() - detected.size(), gold.size() - detected.size());
        List<GoldEvent[]> matches = pair(gold, predicted, Scorer::matches);
        java.util.Set<GoldEvent> matchedGold = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<GoldEvent> matchedPredicted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        matches.forEach(m -> {
            matchedGold.add(m[0]);
            matchedPredicted.add(m[1]);
        });
        List<GoldEvent> open = gold.stream().filter(g -> !matchedGold.contains(g)).toList();
        List<GoldEvent> spurious = predicted.stream().filter(p -> !matchedPredicted.contains(p)).toList();
        Map<String, Counts> byType = new TreeMap<>();
        for (GoldEvent[] m : matches) {
            byType.merge(m[0].type(), new Counts(1, 0, 0), Counts::plus);
        }
        for (GoldEvent p : spurious) {
            byType.merge(p.type(), new Counts(0, 1, 0), Counts::plus);
        }
        for (GoldEvent g : open) {
            byType.merge(g.type(), new Counts(0, 0, 1), Counts::plus);
        }
        Counts overall = byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        return new Result(Collections.unmodifiableMap(byType), overall, matches, open, spurious, detection);
    }

    /** Pairs that {@code fit}, best first (most shared actors, then the same time), each event in one pair at most. */
    private static List<GoldEvent[]> pair(List<GoldEvent> gold, List<GoldEvent> predicted,
                                          java.util.function.BiPredicate<GoldEvent, GoldEvent> fit) {
        record Pair(int g, int p, double similarity) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (fit.test(gold.get(g), predicted.get(p))) {
                    pairs.add(new Pair(g, p, similarity(gold.get(g), predicted.get(p))));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        List<GoldEvent[]> out = new ArrayList<>();
        for (Pair pair : pairs) {
            if (!goldUsed[pair.g] && !predUsed[pair.p]) {
                goldUsed[pair.g] = true;
                predUsed[pair.p] = true;
                out.add(new GoldEvent[]{gold.get(pair.g), predicted.get(pair.p)});
            }
        }
        return out;
    }

    /** Same article, same type, times that overlap: the same kind of event, whoever its actors. */
    static boolean sameKind(GoldEvent g, GoldEvent p) {
        return g.article().equals(p.article()) && g.type().equals(p.type()) && timesOverlap(g.time(), p.time());
    }

    static boolean matches(GoldEvent g, GoldEvent p) {
        return sameKind(g, p) && !Collections.disjoint(g.actors(), p.actors());
    }

    /** Shared actors over all actors, plus a bonus when the times are the same. */
    static double similarity(GoldEvent g, GoldEvent p) {
        java.util.Set<String> union = new java.util.HashSet<>(g.actors());
        union.addAll(p.actors());
        long shared = g.actors().stream().filter(p.actors()::contains).count();
        return (double) shared / union.size() + (g.time().equals(p.time()) && !g.time().isEmpty() ? 0.5 : 0);
    }

    static boolean timesOverlap(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        LocalDate[] x = range(a);
        LocalDate[] y = range(b);
        return !x[1].isBefore(y[0]) && !y[1].isBefore(x[0]);
    }

    /** First and last day of "2023", "2023-09", "2023-09-04" or "2023-08-28/2023-09-03". */
    static LocalDate[] range(String time) {
        String[] parts = time.split("/");
        return new LocalDate[]{bound(parts[0], true), bound(parts[parts.length - 1], false)};
    }

    private static LocalDate bound(String v, boolean first) {
        return switch (v.length()) {
            case 4 -> first ? LocalDate.of(Integer.parseInt(v), 1, 1) : LocalDate.of(Integer.parseInt(v), 12, 31);
            case 7 -> {
                java.time.YearMonth m = java.time.YearMonth.parse(v);
                yield first ? m.atDay(1) : m.atEndOfMonth();
            }
            default -> LocalDate.parse(v);
        };
    }
}
