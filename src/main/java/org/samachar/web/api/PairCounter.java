package org.samachar.web.api;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts of long keys in open-addressing arrays: counting the pairs of a quarter of a million
 * events through a boxed map took seconds, most of it allocation.
 */
final class PairCounter {

    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int size;

    void add(long key) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(key, keys, used);
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            size++;
        }
        counts[i]++;
    }

    Map<Long, Integer> toMap() {
        Map<Long, Integer> out = new HashMap<>(size * 2);
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                out.put(keys[i], counts[i]);
            }
        }
        return out;
    }

    private static int slot(long key, long[] keys, boolean[] used) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int j = slot(oldKeys[i], keys, used);
                used[j] = true;
                keys[j] = oldKeys[i];
                counts[j] = oldCounts[i];
            }
        }
    }
}
