package org.samachar.rdf;

import java.util.Locale;

/**
 * How much of the text layer an article graph holds. {@link #LEAN}, the default, keeps every fact
 * with its evidence (the sentence's offsets, the article) and leaves out what a query can derive
 * from it; {@link #FULL} adds those quads back: every NIF node typed, linked to its article and
 * carrying its text, the paragraphs, the mention counts. A lean graph is a subset of the full
 * graph of the same article, so whatever reads a lean graph reads a full one.
 */
public enum Annotations {
    LEAN,
    FULL;

    /** The value of {@code --annotations}: {@code lean} or {@code full}. */
    public static Annotations parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "lean" -> LEAN;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("--annotations is lean or full, not " + value);
        };
    }

    /**
     * The program fingerprint an article's content hash is made from. A graph written with the other
     * layer has another hash, so a build with {@code --annotations full} over a lean store rewrites
     * every article (and back). Lean keeps the plain fingerprint, as every path that writes
     * article graphs without the option (the Spark job, eval) writes lean.
     */
    public String fingerprint(String programFingerprint) {
        return this == LEAN ? programFingerprint : programFingerprint + " annotations=full";
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
