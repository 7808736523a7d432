package org.samachar.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PagerTest {

    @Test
    void pagesCoverEveryRowOnceAndLinkToTheirNeighbours() {
        Pager second = Pager.of(120, 2, 50, p -> "?page=" + p);
        assertEquals(3, second.pages());
        assertEquals(50, second.first());
        assertEquals(100, second.last());
        assertEquals(51, second.from());
        assertEquals("?page=1", second.previous());
        assertEquals("?page=3", second.next());
        Pager last = Pager.of(120, 3, 50, p -> "?page=" + p);
        assertEquals(120, last.last());
        assertNull(last.next());
    }

    @Test
    void aPageBeyondTheEndShowsTheLastAndAnEmptyTableShowsNothing() {
        Pager beyond = Pager.of(120, 99, 50, p -> "?page=" + p);
        assertEquals(3, beyond.page());
        Pager empty = Pager.of(0, 1, 50, p -> "?page=" + p);
        assertEquals(0, empty.from());
        assertEquals(0, empty.last());
        assertNull(empty.previous());
        assertNull(empty.next());
    }
}
