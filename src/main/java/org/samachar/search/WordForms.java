package org.samachar.search;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;

import java.util.function.Function;

/**
 * {@link WordForm#of}, remembered. Transliterating every word with ICU is most of the cost of
 * indexing (ICU transliterators are also synchronized in {@code NameKey}, so threads analysing
 * at once queue on them), and words repeat heavily across a corpus: the 1K synthetic corpus has
 * about 5,000 distinct words in 370,000. The forms depend on the word alone, so a bounded cache
 * keeps the result unchanged; Jena's cache (Caffeine) is thread-safe and keeps the frequent words.
 */
final class WordForms implements Function<String, WordForm> {

    /** Enough for the working vocabulary of a large news corpus; about 20 MB when full. */
    static final int SIZE = 100_000;

    /** The one instance every analyzer shares, so the index and the queries warm the same cache. */
    static final WordForms SHARED = new WordForms(SIZE);

    private final Cache<String, WordForm> cache;

    WordForms(int size) {
        cache = CacheFactory.createCache(size);
    }

    @Override
    public WordForm apply(String word) {
        return cache.get(word, WordForm::of);
    }
}
