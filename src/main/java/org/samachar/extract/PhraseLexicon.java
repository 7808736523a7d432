package org.samachar.extract;

import org.samachar.pipeline.model.Token;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * A list of (label, phrase) pairs read from {@code samachar/lang/<lang>/<file>} for every language,
 * matched against the words of a sentence. A phrase word ending in {@code *} matches any word that
 * starts with it, one starting with {@code *} any longer word that ends with it ("*ने को कहा": any
 * infinitive before "को कहा"); other words match as written or without their case endings. A word
 * may list alternatives of one word each ("cancel* his|her|the visit|trip"): the row stands for
 * one phrase per choice, in the order written. Rows are tried in file order, so longer phrases go first.
 */
public final class PhraseLexicon {

    /** A phrase found in a sentence; {@code lastWord} is the key of its last word as listed. */
    public record Hit(String label, int firstToken, int lastToken, String lastWord) {

        /**
         * A row labelled "-" takes its words so that no shorter row inside them matches ("visiting
         * counterpart", "illegal migrants", "તે જ દિવસે"), and means nothing itself.
         */
        public boolean wordsOnly() {
            return label.equals("-");
        }
    }

    private record Word(String key, boolean prefix, boolean suffix) {
        boolean matches(Token t) {
            return prefix ? t.key().startsWith(key)
                    : suffix ? t.key().length() > key.length() && t.key().endsWith(key) : t.stems().contains(key);
        }
    }

    private record Phrase(String label, List<Word> words) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    /** Phrases by the key of their first word, unless that word is a prefix (they are in {@link #prefixFirst}). */
    private final Map<String, int[]> byFirstWord = new HashMap<>();
    /**
     * Phrases whose first word is a prefix, by the prefix's first two characters (or its only one):
     * a lexicon of a thousand rows has hundreds of prefixes, and a word need only try those that
     * begin as it does.
     */
    private final Map<String, int[]> prefixFirst = new HashMap<>();
    private static final int PREFIX_INDEX = 2;
    /** Phrases whose first word is a suffix: few, so every word tries them all. */
    private final int[] suffixFirst;

    private PhraseLexicon(String file) {
        Map<String, List<Integer>> byFirst = new HashMap<>();
        Map<String, List<Integer>> prefixes = new HashMap<>();
        List<Integer> suffixes = new ArrayList<>();
        WordTokenizer tokenizer = new WordTokenizer();
        for (String lang : Scripts.knownLanguages()) {
            for (String line : LanguageData.lines(lang + "/" + file)) {
                String[] cells = line.split("\t+", 2);
                if (cells.length != 2) {
                    continue;
                }
                for (String written : choices(cells[1].strip().split("\\s+"))) {
                    List<Word> words = words(written, tokenizer);
                    if (words.isEmpty()) {
                        continue;
                    }
                    int index = phrases.size();
                    phrases.add(new Phrase(cells[0].strip(), words));
                    Word first = words.get(0);
                    if (first.suffix && !first.key.isEmpty()) {
                        suffixes.add(index);
                    } else if (first.prefix && !first.key.isEmpty()) {
                        prefixes.computeIfAbsent(head(first.key), k -> new ArrayList<>()).add(index);
                    } else {
                        byFirst.computeIfAbsent(first.key, k -> new ArrayList<>()).add(index);
                    }
                }
            }
        }
        byFirst.forEach((k, rows) -> byFirstWord.put(k, rows.stream().mapToInt(Integer::intValue).toArray()));
        prefixes.forEach((k, rows) -> prefixFirst.put(k, rows.stream().mapToInt(Integer::intValue).toArray()));
        suffixFirst = suffixes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Word> words(String phrase, WordTokenizer tokenizer) {
        List<Word> words = new ArrayList<>();
        for (String w : phrase.split(" ")) {
            boolean prefix = w.endsWith("*");
            boolean suffix = !prefix && w.startsWith("*");
            List<Token> parts = tokenizer.tokens(prefix ? w.substring(0, w.length() - 1) : suffix ? w.substring(1) : w);
            for (int i = 0; i < parts.size(); i++) {
                words.add(new Word(parts.get(i).key(), prefix && i == parts.size() - 1, suffix && i == 0));
            }
        }
        return words;
    }

    /** The phrases a row's words stand for, each word's alternatives ("his|her") taken in turn. */
    private static List<String> choices(String[] words) {
        List<String> phrases = List.of("");
        for (String word : words) {
            List<String> longer = new ArrayList<>();
            for (String phrase : phrases) {
                for (String alternative : word.split("\\|")) {
                    if (!alternative.isEmpty()) {
                        longer.add(phrase.isEmpty() ? alternative : phrase + " " + alternative);
                    }
                }
            }
            phrases = longer;
        }
        return phrases;
    }

    /**
     * The lexicon of a file, one per file: a lexicon is immutable but for what it remembers of
     * words, and the stages that read one file (the triggers are read by four) share it.
     */
    public static PhraseLexicon of(String file) {
        return SHARED.computeIfAbsent(file, PhraseLexicon::new);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, PhraseLexicon> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Every phrase found, left to right; a word belongs to at most one hit. The triggers of a
     * sentence are asked for by several stages, so the last answers are kept by the identity of
     * the sentence's word list (held, so no other list can take its place).
     */
    public List<Hit> find(List<Token> tokens) {
        int slot = System.identityHashCode(tokens) & (RECENT_SLOTS - 1);
        Found known = recent.get(slot);
        if (known != null && known.tokens == tokens) {
            return known.hits;
        }
        List<Hit> hits = java.util.Collections.unmodifiableList(scan(tokens));
        recent.set(slot, new Found(tokens, hits));
        return hits;
    }

    /**
     * The rows that can never be found: rows are tried in file order, and an earlier row of
     * another label matches wherever these do (its words are theirs, or prefixes of them, from the
     * first on). Each as "label: phrase, behind label: phrase"; a lexicon's tests keep this empty.
     */
    public List<String> hiddenRows() {
        List<String> hidden = new ArrayList<>();
        for (int j = 0; j < phrases.size(); j++) {
            Phrase later = phrases.get(j);
            for (int i = 0; i < j; i++) {
                Phrase earlier = phrases.get(i);
                if (covers(earlier, later)) {
                    if (!earlier.label().equals(later.label())) {
                        hidden.add(later.label() + ": " + text(later) + ", behind " + earlier.label() + ": " + text(earlier));
                    }
                    break;
                }
            }
        }
        return hidden;
    }

    /** Whether every word that {@code later} matches from its first word on, {@code earlier} matches too. */
    private static boolean covers(Phrase earlier, Phrase later) {
        if (earlier.words().size() > later.words().size()) {
            return false;
        }
        for (int k = 0; k < earlier.words().size(); k++) {
            Word a = earlier.words().get(k);
            Word b = later.words().get(k);
            boolean same = a.prefix() ? !b.suffix() && b.key().startsWith(a.key())
                    : !a.suffix() && !b.prefix() && !b.suffix() && a.key().equals(b.key());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static String text(Phrase p) {
        return String.join(" ", p.words().stream().map(w -> (w.suffix() ? "*" : "") + w.key() + (w.prefix() ? "*" : "")).toList());
    }

    /** Whether a phrase of one word is this word: a cheaper {@code find(List.of(word))}, kept out of the sentence memo. */
    public boolean isPhrase(Token word) {
        return !scan(List.of(word)).isEmpty();
    }

    private record Found(List<Token> tokens, List<Hit> hits) {
    }

    /** About the sentences of a long article. */
    private static final int RECENT_SLOTS = 256;
    private final java.util.concurrent.atomic.AtomicReferenceArray<Found> recent =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(RECENT_SLOTS);

    private List<Hit> scan(List<Token> tokens) {
        List<Hit> hits = List.of(); // most sentences have none of a lexicon's phrases
        int i = 0;
        while (i < tokens.size()) {
            Hit hit = firstMatch(tokens, i);
            if (hit != null) {
                hits = hits.isEmpty() ? new ArrayList<>() : hits;
                hits.add(hit);
                i = hit.lastToken() + 1;
            } else {
                i++;
            }
        }
        return hits;
    }

    /**
     * The first phrase in file order that matches from this word on, or null: the first of the
     * word's candidates ({@link #candidates}) whose words match here.
     */
    private Hit firstMatch(List<Token> tokens, int start) {
        for (int p : candidates(tokens.get(start))) {
            Phrase phrase = phrases.get(p);
            int end = endAt(tokens, start, phrase.words);
            if (end >= 0) {
                return new Hit(phrase.label, start, end, phrase.words.get(phrase.words.size() - 1).key());
            }
        }
        return null;
    }

    /**
     * The rows whose first word this word may be, in file order: the phrases listed under one of
     * its stems and the prefix phrases its key starts with whose prefix it has. They depend on the
     * written word alone, and news repeats its words, so they are worked out once per word (in a
     * {@link FormCache}): trying hundreds of prefix rows and stems on every word
     * was the dearest part of finding triggers.
     */
    private int[] candidates(Token t) {
        return candidateCache.get(t, this::rowsStartingWith);
    }

    private int[] rowsStartingWith(Token t) {
        Rows rows = new Rows();
        String key = t.key();
        if (!prefixFirst.isEmpty() && !key.isEmpty()) {
            addPrefixRows(rows, key, prefixFirst.get(key.substring(0, key.offsetByCodePoints(0, 1))));
            if (key.codePointCount(0, key.length()) >= PREFIX_INDEX) {
                addPrefixRows(rows, key, prefixFirst.get(key.substring(0, key.offsetByCodePoints(0, PREFIX_INDEX))));
            }
        }
        for (int p : suffixFirst) {
            if (phrases.get(p).words.get(0).matches(t)) {
                rows.add(p);
            }
        }
        for (String stem : t.stems()) {
            int[] listed = byFirstWord.get(stem);
            if (listed != null) {
                for (int p : listed) {
                    rows.add(p);
                }
            }
        }
        return rows.inFileOrder();
    }

    /** Row numbers gathered for one word; most words gather none, few gather many. */
    private static final class Rows {
        private int[] rows = NONE;
        private int size;

        void add(int row) {
            if (size == rows.length) {
                rows = java.util.Arrays.copyOf(rows, Math.max(4, size * 2));
            }
            rows[size++] = row;
        }

        int[] inFileOrder() {
            if (size == 0) {
                return NONE;
            }
            return java.util.Arrays.stream(rows, 0, size).sorted().distinct().toArray();
        }
    }

    private static final int[] NONE = new int[0];

    private void addPrefixRows(Rows rows, String key, int[] listed) {
        if (listed != null) {
            for (int p : listed) {
                if (key.startsWith(phrases.get(p).words.get(0).key)) {
                    rows.add(p);
                }
            }
        }
    }

    private final FormCache<int[]> candidateCache = new FormCache<>();

    /**
     * The last word of the phrase matched from {@code start}, or -1. A particle ({@code
     * particles.txt}: "भी", "પણ") may stand inside it, one between two of its words: "ચેતવણી પણ
     * આપી" is "ચેતવણી આપી" said again, "मुलाकात भी की" a meeting.
     */
    private static int endAt(List<Token> tokens, int start, List<Word> words) {
        int at = start;
        for (int k = 0; k < words.size(); k++, at++) {
            if (at >= tokens.size()) {
                return -1;
            }
            Token t = tokens.get(at);
            if (!words.get(k).matches(t)) {
                if (k == 0 || !PARTICLES.contains(t.key()) || at + 1 >= tokens.size() || !words.get(k).matches(tokens.get(at + 1))) {
                    return -1;
                }
                at++;
            }
        }
        return at - 1;
    }

    /** Words that may stand inside a phrase without changing it, of every language. */
    private static final Set<String> PARTICLES = WordList.load("particles.txt");

    /** The first {@link #PREFIX_INDEX} characters of a prefix, or all of a shorter one. */
    private static String head(String prefix) {
        return prefix.codePointCount(0, prefix.length()) <= PREFIX_INDEX ? prefix
                : prefix.substring(0, prefix.offsetByCodePoints(0, PREFIX_INDEX));
    }

    static String key(String word) {
        return NameFolding.key(word);
    }
}
