package org.samachar.web;

import java.util.function.IntFunction;

/**
 * Which rows of a long table one page shows, and links to the pages before and after: the
 * tables stay usable without JavaScript however many rows there are.
 */
record Pager(int total, int page, int pages, int first, int last, String previous, String next) {

    static Pager of(int total, int page, int size, IntFunction<String> href) {
        int pages = Math.max(1, (total + size - 1) / size);
        int p = Math.min(Math.max(1, page), pages);
        int first = Math.min(total, (p - 1) * size);
        int last = Math.min(total, first + size);
        return new Pager(total, p, pages, first, last, p > 1 ? href.apply(p - 1) : null,
                p < pages ? href.apply(p + 1) : null);
    }

    /** The first row shown, counted from 1 (for "51–100 of 230"). */
    public int from() {
        return total == 0 ? 0 : first + 1;
    }

    public boolean several() {
        return pages > 1;
    }
}
