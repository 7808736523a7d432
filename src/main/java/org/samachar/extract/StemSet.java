package org.samachar.extract;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A word's stems ({@link CaseEndings#stems}) as an unmodifiable set in their order, in an array.
 * A word has one to a few stems and every stage walks them for every word; walking the linked
 * entries of a {@code LinkedHashSet} was the largest single entry of the profile, and a
 * scan of a few strings tells membership as fast as hashing does.
 */
final class StemSet extends AbstractSet<String> {

    private final String[] stems;

    /** The strings, distinct, in order. */
    StemSet(Collection<String> distinct) {
        this.stems = distinct.toArray(new String[0]);
    }

    @Override
    public int size() {
        return stems.length;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int hash = s.hashCode();
        for (String stem : stems) {
            if (stem.hashCode() == hash && stem.equals(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < stems.length;
            }

            @Override
            public String next() {
                if (next >= stems.length) {
                    throw new NoSuchElementException();
                }
                return stems[next++];
            }
        };
    }
}
