package org.samachar.web.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Counts ranked as the views list them: most first, ties in a fixed order so every answer is the same. */
final class Counts {

    private Counts() {
    }

    /**
     * The first {@code n} of {@code counts} in rank order. Selected through a heap of {@code n}
     * rather than by sorting everything: the pairs of a large store are hundreds of thousands,
     * most of them tied at one event, and sorting them by IRI took seconds.
     */
    static <K> List<Map.Entry<K, Integer>> top(Map<K, Integer> counts, int n, Comparator<K> tie) {
        Comparator<Map.Entry<K, Integer>> rank = Map.Entry.<K, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(tie));
        PriorityQueue<Map.Entry<K, Integer>> worstFirst = new PriorityQueue<>(rank.reversed());
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            if (worstFirst.size() < n) {
                worstFirst.add(e);
            } else if (e.getValue() >= worstFirst.peek().getValue() && rank.compare(e, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(e);
            }
        }
        List<Map.Entry<K, Integer>> out = new ArrayList<>(worstFirst);
        out.sort(rank);
        return out;
    }

    /** Ties by node id: the order the events graph was read in, the same for the same store. */
    static List<Map.Entry<Integer, Integer>> top(Map<Integer, Integer> counts, int n, EventIndex x) {
        return top(counts, n, Comparator.naturalOrder());
    }
}
