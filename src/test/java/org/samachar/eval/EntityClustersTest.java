package org.samachar.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** B³ on hand-made clusterings. */
class EntityClustersTest {

    @Test
    void identicalClusteringsScoreOne() {
        EntityClusters.Result r = EntityClusters.b3(List.of("a", "a", "b"), List.of("x", "x", "y"));
        assertEquals(1.0, r.precision(), 1e-9);
        assertEquals(1.0, r.recall(), 1e-9);
    }

    @Test
    void aSplitClusterLowersRecallAndAMergeLowersPrecision() {
        // gold {1,2,3} {4}; predicted {1,2} {3} {4}: recall of 1,2 = 2/3, of 3 = 1/3, of 4 = 1.
        EntityClusters.Result split = EntityClusters.b3(List.of("a", "a", "a", "b"), List.of("x", "x", "y", "z"));
        assertEquals(1.0, split.precision(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, split.recall(), 1e-9);
        // gold {1,2} {3}; predicted {1,2,3}: precision 2/3, 2/3, 1/3.
        EntityClusters.Result merged = EntityClusters.b3(List.of("a", "a", "b"), List.of("x", "x", "x"));
        assertEquals(1.0, merged.recall(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, merged.precision(), 1e-9);
    }
}
