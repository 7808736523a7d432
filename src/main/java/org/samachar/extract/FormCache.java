package org.samachar.extract;

import org.samachar.pipeline.model.Token;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * What a stage works out from a written word alone, kept by the word's form number
 * ({@link Token#form()}) in a fixed array of slots. News repeats its words, so most answers are
 * found again; a map keyed by the word's string cost an eighth of extraction in lookups alone.
 * A slot holds one form at a time, and another form landing in it replaces it, which bounds the
 * memory; safe for several threads (a lost race only works an answer out twice).
 */
public final class FormCache<V> {

    /** A power of two, about as many forms as the tokenizer keeps. */
    private static final int SLOTS = 1 << 17;

    private record Entry<V>(int form, V value) {
    }

    private final AtomicReferenceArray<Entry<V>> slots = new AtomicReferenceArray<>(SLOTS);

    /** The answer for this token's written form, worked out by {@code compute} the first time. */
    public V get(Token t, Function<Token, V> compute) {
        int slot = t.form() & (SLOTS - 1);
        Entry<V> known = slots.get(slot);
        if (known != null && known.form == t.form()) {
            return known.value;
        }
        V value = compute.apply(t);
        slots.set(slot, new Entry<>(t.form(), value));
        return value;
    }
}
