package org.samachar.extract.event;

import org.samachar.extract.NameFolding;
import org.samachar.extract.Token;
import org.samachar.extract.WordTokenizer;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * A list of (label, phrase) pairs read from {@code samachar/lang/<lang>/<file>} for every language,
 * matched against the words of a sentence. A phrase word ending in {@code *} matches any word that
 * starts with it; other words match as written or without their case endings. Rows are tried in
 * file order, so longer phrases go first.
 */
public final class PhraseLexicon {

    /** A phrase found in a sentence; {@code lastWord} is the key of its last word as listed. */
    public record Hit(String label, int firstToken, int lastToken, String lastWord) {
    }

    private record Word(String key, boolean prefix) {
    }

    private record Phrase(String label, List<Word> words) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    /** Phrases by the key of their first word, unless that word is a prefix (they are in {@link #prefixFirst}). */
    private final java.util.Map<String, List<Integer>> byFirstWord = new java.util.HashMap<>();
    private final java.util.Map<Integer, List<Integer>> prefixFirst = new java.util.HashMap<>(); // by first letter
    public PhraseLexicon(String file) {
        WordTokenizer tokenizer = new WordTokenizer();
        for (String lang : Scripts.knownLanguages()) {
            for (String line : LanguageData.lines(lang + "/" + file)) {
                String[] cells = line.split("\t+", 2);
                if (cells.length != 2) {
                    continue;
                }
                List<Word> words = new ArrayList<>();
                for (String w : cells[1].strip().split("\\s+")) {
                    boolean prefix = w.endsWith("*");
                    List<Token> parts = tokenizer.tokens(prefix ? w.substring(0, w.length() - 1) : w);
                    for (int i = 0; i < parts.size(); i++) {
                        words.add(new Word(parts.get(i).key(), prefix && i == parts.size() - 1));
                    }
                }
                if (!words.isEmpty()) {
                    int index = phrases.size();
                    phrases.add(new Phrase(cells[0].strip(), words));
                    if (words.get(0).prefix && !words.get(0).key.isEmpty()) {
                        prefixFirst.computeIfAbsent(words.get(0).key.codePointAt(0), k -> new ArrayList<>()).add(index);
                    } else {
                        byFirstWord.computeIfAbsent(words.get(0).key, k -> new ArrayList<>()).add(index);
                    }
                }
            }
        }
    }

    /** Every phrase found, left to right; a word belongs to at most one hit. */
    public List<Hit> find(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        List<Set<String>> stems = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            stems.add(t.stems());
        }
        int i = 0;
        while (i < tokens.size()) {
            Hit hit = null;
            BitSet candidates = candidates(tokens.get(i), stems.get(i));
            for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
                Phrase phrase = phrases.get(p);
                if (matchesAt(tokens, stems, i, phrase.words)) {
                    hit = new Hit(phrase.label, i, i + phrase.words.size() - 1, phrase.words.get(phrase.words.size() - 1).key());
                    break;
                }
            }
            if (hit != null) {
                hits.add(hit);
                i = hit.lastToken() + 1;
            } else {
                i++;
            }
        }
        return hits;
    }

    /**
     * Phrases that may start at this word, by the first word's key, and every prefix phrase; a set
     * of their row numbers, so they are tried in file order and each once. Most words start none.
     */
    private BitSet candidates(Token t, Set<String> stems) {
        BitSet out = NONE;
        if (!t.key().isEmpty()) {
            for (int p : prefixFirst.getOrDefault(t.key().codePointAt(0), List.of())) {
                if (t.key().startsWith(phrases.get(p).words.get(0).key)) {
                    out = out == NONE ? new BitSet(phrases.size()) : out;
                    out.set(p);
                }
            }
        }
        for (String stem : stems) {
            for (int p : byFirstWord.getOrDefault(stem, List.of())) {
                out = out == NONE ? new BitSet(phrases.size()) : out;
                out.set(p);
            }
        }
        return out;
    }

    /** No candidate; never changed. */
    private static final BitSet NONE = new BitSet(0);

    private boolean matchesAt(List<Token> tokens, List<Set<String>> stems, int start, List<Word> words) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(start + k);
            Word w = words.get(k);
            boolean ok = w.prefix ? t.key().startsWith(w.key) : stems.get(start + k).contains(w.key);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String key(String word) {
        return NameFolding.key(word);
    }
}
