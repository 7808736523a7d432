package org.samachar.resolve;

/**
 * When an event is too big for incremental resolution to re-cluster, and how much of it the index
 * keeps for finding it. Re-clustering is exact but can cost the square of an event's size: a new
 * article whose reports match an old event at two points its joins had not yet connected splits it
 * in a clustering from scratch, and following that split looks up every report of the event, each
 * against every report filed under its keys (15 minutes for one article at 100K articles, where
 * synthetic events reach 28,000 reports). An event of more than {@link #above} reports is therefore
 * <em>sealed</em> at the end of every resolution: from then on incremental resolution never
 * re-clusters, splits or looks up its reports; it only appends the clusters of added reports that
 * match it and takes out reports that go ({@link SealedJoins}). So one article costs what its own
 * reports touch, whatever the size of the events they join. The price is that the result may differ
 * from a resolution from scratch, exactly where docs/design.md ("Sealed events") says; a resolution
 * from scratch (a new program, a change too far) starts from the clustering again.
 *
 * @param above      an event of more reports than this is sealed (below it, incremental resolution
 *                   equals a resolution from scratch)
 * @param heldPerKey how many reports of a sealed event stay filed under any one key of the index, so
 *                   that a look-up compares a report with at most so many of each sealed event
 */
public record Sealing(int above, int heldPerKey) {

    /**
     * 64: a split of an event below it costs at most about 64 look-ups, a few milliseconds each at
     * 10K articles; at 10K the 205 events above it hold 23 % of the reports. 16 a key, one a day
     * first ({@link HeldFilings}): a key holds one month of an event's reports, and 16 days of it
     * put most reports of that month within EventMatch's 14 days of a held one.
     */
    public static final Sealing DEFAULT = new Sealing(64, 16);

    public Sealing {
        if (above < 1 || heldPerKey < 1) {
            throw new IllegalArgumentException("sealing needs positive limits: " + above + ", " + heldPerKey);
        }
    }

    /** Whether an event of {@code reports} reports is sealed. */
    boolean seals(int reports) {
        return reports > above;
    }
}
