package org.samachar.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * The blocks of the clustering: reports of one type are compared within a month they may share,
 * each pair in the first block both are in. A block is an int whose order is the order the blocks
 * are taken in — first the months of reports' times, then the months around their articles'
 * dates, then "unknown" (no time, no date) — so that the full clustering ({@link TableClustering}),
 * the order of edges ({@link Edge}) and the replay of an old event ({@link OldCluster}) ask the
 * same question, "the first block both have", of the same numbers.
 */
final class Blocks {

    /** The kinds of block, in the order they are taken, in the high bits. */
    private static final int TIME = 0;
    private static final int PUBLISHED = 1;
    private static final int UNKNOWN = 2;
    private static final int KIND_SHIFT = 28;
    private static final int MONTH_MASK = (1 << KIND_SHIFT) - 1;

    /** Returned by {@link #firstShared} when two reports share no block. */
    static final int NONE = -1;

    private Blocks() {
    }

    /**
     * The blocks of a report, ascending: every month of its time, and for a comparison without
     * time, the months around its article's date (EventMatch allows
     * {@value EventMatch#DAYS_WITHOUT_TIME} days between articles, never more than a month).
     */
    static int[] of(EventReport r) {
        return of(EventMatch.day(r.begin()), EventMatch.day(r.end()), EventMatch.day(r.published()));
    }

    /** {@link #of(EventReport)} from the epoch days of its time and its article's date ({@link EventMatch#NO_DAY}: none). */
    static int[] of(int begin, int end, int published) {
        TableClustering.IntList out = new TableClustering.IntList();
        if (begin != EventMatch.NO_DAY) {
            YearMonth last = YearMonth.from(LocalDate.ofEpochDay(end));
            for (YearMonth m = YearMonth.from(LocalDate.ofEpochDay(begin)); !m.isAfter(last); m = m.plusMonths(1)) {
                out.add(block(TIME, m));
            }
        }
        if (published != EventMatch.NO_DAY) {
            YearMonth m = YearMonth.from(LocalDate.ofEpochDay(published));
            out.add(block(PUBLISHED, m.minusMonths(1)));
            out.add(block(PUBLISHED, m));
            out.add(block(PUBLISHED, m.plusMonths(1)));
        }
        if (out.size == 0) {
            out.add(UNKNOWN << KIND_SHIFT);
        }
        // Ascending already but for months clamped together (years outside 0..22 million).
        return Arrays.stream(out.toArray()).sorted().distinct().toArray();
    }

    /** The first block (the smallest) both ascending lists have, or {@link #NONE}. */
    static int firstShared(int[] a, int[] b) {
        return firstShared(a, a.length, b, b.length);
    }

    /** {@link #firstShared(int[], int[])} over the first {@code na} and {@code nb} elements. */
    static int firstShared(int[] a, int na, int[] b, int nb) {
        int i = 0;
        int j = 0;
        while (i < na && j < nb) {
            if (a[i] == b[j]) {
                return a[i];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return NONE;
    }

    /** Years before 0 and after 22 million share a block at either end: blocks only choose which pairs are compared. */
    private static int block(int kind, YearMonth m) {
        long months = (long) m.getYear() * 12 + m.getMonthValue() - 1;
        return (kind << KIND_SHIFT) | (int) Math.max(0, Math.min(MONTH_MASK, months));
    }
}
