package org.samachar.resolve;

/**
 * Two reports {@link EventMatch} calls the same, at the place the full clustering compares them:
 * in the first block ({@link Blocks}; reports of one type) the two share, and within it
 * in the order of their IRIs. Only such pairs can merge clusters (a comparison that does not match
 * changes nothing), so the clustering is: take these edges in this order, and join the two
 * clusters of each unless an article is in both. Incremental resolution relies on this order
 * being a property of the pair alone.
 *
 * @param block the first block both are in
 * @param low   the report whose IRI sorts first
 * @param high  the other
 */
record Edge(int block, EventReport low, EventReport high) implements Comparable<Edge> {

    /** The edge of two reports of one type that share a block (every matching pair does). */
    static Edge between(EventReport a, EventReport b) {
        boolean aFirst = a.iri().compareTo(b.iri()) < 0;
        EventReport low = aFirst ? a : b;
        EventReport high = aFirst ? b : a;
        int block = Blocks.firstShared(Blocks.of(low), Blocks.of(high));
        if (block == Blocks.NONE) {
            throw new IllegalArgumentException(low.iri() + " and " + high.iri() + " share no block");
        }
        return new Edge(block, low, high);
    }

    @Override
    public int compareTo(Edge o) {
        int c = Integer.compare(block, o.block);
        if (c == 0) {
            c = low.iri().compareTo(o.low.iri());
        }
        return c != 0 ? c : high.iri().compareTo(o.high.iri());
    }

    /** The two IRIs, for telling an edge seen before. */
    String pair() {
        return low.iri() + "\n" + high.iri();
    }
}
