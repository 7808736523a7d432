package org.samachar.extract;

import org.samachar.pipeline.model.Token;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the grammatical case of a name from the marks around it, as listed per language in
 * {@code samachar/lang/<lang>/case-markers.tsv}: an ending on the name (Gujarati મોદી-ને), the
 * word after it (Hindi मोदी से, Gujarati મેક્રોન સાથે) or the word before it (English "to Russia").
 * A name without any mark has the case {@code NONE}.
 */
public final class CaseMarkers {

    public static final String NONE = "NONE";

    private record Marker(String caseName, String where, List<String> words, int order) {
    }

    /**
     * A language's markers indexed by the word that must stand next to the name (the first word
     * after it, the last word before it) or the ending: a name tries only the markers its
     * neighbours and ending can be, not every marker of the language.
     */
    private record Index(Map<String, List<Marker>> after, Map<String, List<Marker>> before, Map<String, List<Marker>> ending) {
    }

    private final Map<String, Index> indexByLanguage = new HashMap<>();
    private final Map<String, List<Marker>> proxyAgents = new HashMap<>();

    private static final String PROXY_AGENT = "PROXY_AGENT";
    /** The case of a name that qualifies the noun after it ("ભારતના", "भारत के", "India's"). */
    public static final String GENITIVE = "GENITIVE";

    private final Map<String, List<Marker>> byLanguage = new HashMap<>();
    private final Set<String> coordinators = WordList.load("coordinators.txt");
    private final Set<String> placeAdjectives = WordList.load("place-adjectives.txt");
    private final Set<String> determiners = WordList.load("determiners.txt");

    public CaseMarkers() {
        WordTokenizer tokenizer = new WordTokenizer();
        for (String lang : Scripts.knownLanguages()) {
            List<Marker> markers = new ArrayList<>();
            for (String line : LanguageData.lines(lang + "/case-markers.tsv")) {
                String[] cells = line.split("\t+");
                if (cells.length != 3) {
                    continue;
                }
                for (String alternative : cells[2].split("\\|")) {
                    List<String> words = cells[1].equals("ending") ? List.of(NameFolding.key(alternative.strip()))
                            : tokenizer.tokens(alternative.strip()).stream().map(Token::key).toList();
                    if (!words.isEmpty()) {
                        markers.add(new Marker(cells[0], cells[1], words, markers.size()));
                    }
                }
            }
            byLanguage.put(lang, markers);
            proxyAgents.put(lang, markers.stream().filter(m -> m.caseName.equals(PROXY_AGENT)).toList());
            Index index = new Index(new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (Marker m : markers) {
                switch (m.where) {
                    case "after" -> index.after().computeIfAbsent(m.words.get(0), k -> new ArrayList<>()).add(m);
                    case "before" -> index.before().computeIfAbsent(m.words.get(m.words.size() - 1), k -> new ArrayList<>()).add(m);
                    case "ending" -> index.ending().computeIfAbsent(m.words.get(0), k -> new ArrayList<>()).add(m);
                    default -> { }
                }
            }
            indexByLanguage.put(lang, index);
        }
    }

    /**
     * Whether the word is a mark that stands before a name ("in", "to", "against"): a preposition,
     * which ends the noun phrase before it.
     */
    public boolean isPreposition(Token t) {
        Index index = indexByLanguage.get(t.language());
        return index != null && index.before().getOrDefault(t.key(), List.of()).stream().anyMatch(m -> m.words.size() == 1);
    }

    /** Whether the word is a preposition marking {@code caseName} ("in" the locative, "of" the genitive). */
    public boolean marksBefore(Token t, String caseName) {
        Index index = indexByLanguage.get(t.language());
        return index != null && index.before().getOrDefault(t.key(), List.of()).stream()
                .anyMatch(m -> m.words.size() == 1 && m.caseName.equals(caseName));
    }

    /** Whether a word is a case ending written apart from its name ("ક્રુ ને", "મોદી એ"), as hurried typing does. */
    public boolean isEndingWrittenApart(Token t) {
        Index index = indexByLanguage.get(t.language());
        return index != null && index.ending().containsKey(t.key());
    }

    /** Whether the word is a mark that stands after a name ("से", "के", "સાથે"): a postposition. */
    public boolean isPostposition(Token t) {
        Index index = indexByLanguage.get(t.language());
        return index != null && index.after().getOrDefault(t.key(), List.of()).stream().anyMatch(m -> m.words.size() == 1);
    }

    /**
     * The cases a common noun carries, written onto it ("પ્રતિબંધોની") or after it ("मंत्री ने"),
     * read with each of its stems ({@link Token#stems()}) as the base the ending is written onto.
     */
    public Set<String> casesOfNoun(List<Token> tokens, int at) {
        for (String stem : tokens.get(at).stems()) {
            Set<String> cases = cases(tokens, at, at, stem, false);
            if (!cases.contains(NONE)) {
                return cases;
            }
        }
        return Set.of(NONE);
    }

    /**
     * Whether the words right before {@code at} end in the genitive: a noun with its ending
     * ("પ્રતિનિધિમંડળના") or followed by its postposition ("प्रतिनिधिमंडल के").
     */
    public boolean genitiveBefore(List<Token> tokens, int at) {
        for (int noun = at - 1; noun >= 0 && noun >= at - 2; noun--) {
            if (casesOfNoun(tokens, noun).contains(GENITIVE)) {
                return noun == at - 1 || isPostposition(tokens.get(at - 1));
            }
        }
        return false;
    }

    /**
     * Whether a word carries a case ending written onto it after {@code labelLastKey}
     * ("રાષ્ટ્રપતિએ" after "રાષ્ટ્રપતિ"): such a title has a case of its own, and the name after it
     * is not its holder ("બાંગ્લાદેશના રાષ્ટ્રપતિએ રામનાથ કોવિંદને").
     */
    public boolean endsInCase(Token word, String labelLastKey) {
        Index index = indexByLanguage.get(word.language());
        if (index == null) {
            return false;
        }
        String ending = word.key().startsWith(labelLastKey) ? word.key().substring(labelLastKey.length())
                : endingAfterVariant(word, labelLastKey);
        return !ending.isEmpty() && index.ending().containsKey(ending);
    }

    /** "and", "અને", "और": joins names into one group. */
    public boolean isCoordinator(Token t) {
        return coordinators.contains(t.key());
    }

    /**
     * Whether a word between {@code from} and {@code to} (inclusive) marks the agent of a noun a
     * genitive name qualifies ("અમેરિકાના અધિકારીએ", "उत्तर कोरिया के अधिकारियों ने").
     */
    public boolean proxyAgent(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > from && inCaseOfItsOwn(tokens, i - 1)) {
                return false;
            }
            for (Marker m : proxyAgents.getOrDefault(t.language(), List.of())) {
                String w = m.words.get(0);
                boolean hit = m.where.equals("word") ? t.key().equals(w) : t.key().length() > w.length() && t.key().endsWith(w);
                if (hit) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word is a noun in a case of its own other than the genitive ("મંગળવારે",
     * "मंगलवार को"): a genitive name before it qualifies no noun after it ("ઇમરાન ખાનની મંગળવારે
     * ... દળોએ ધરપકડ કરી" is the arrest of Imran Khan, not an act of his forces).
     */
    public boolean inCaseOfItsOwn(List<Token> tokens, int at) {
        Set<String> cases = casesOfNoun(tokens, at);
        return !cases.contains(NONE) && !cases.contains(GENITIVE);
    }

    /**
     * Cases of the name spanning tokens first..last, whose label's last word has the key
     * {@code labelLastKey}.
     */
    public Set<String> cases(List<Token> tokens, int first, int last, String labelLastKey) {
        return cases(tokens, first, last, labelLastKey, true);
    }

    private Set<String> cases(List<Token> tokens, int first, int last, String labelLastKey, boolean before) {
        Token lastToken = tokens.get(last);
        Index index = indexByLanguage.get(lastToken.language());
        Set<String> cases = new LinkedHashSet<>();
        if (index != null) {
            String ending = lastToken.key().startsWith(labelLastKey) ? lastToken.key().substring(labelLastKey.length())
                    : endingAfterVariant(lastToken, labelLastKey);
            List<Marker> found = new ArrayList<>();
            if (!ending.isEmpty()) {
                found.addAll(index.ending().getOrDefault(ending, List.of()));
            }
            List<Marker> afterHere = last + 1 < tokens.size() ? index.after().getOrDefault(tokens.get(last + 1).key(), List.of()) : List.of();
            if (!afterHere.isEmpty()) {
                List<Marker> after = afterHere.stream().filter(m -> wordsAt(tokens, last + 1, m.words)).toList();
                // "इजराइल के खिलाफ" is against Israel, not of it: a marker another found marker
                // begins with is part of it, and so is a genitive ending before a postposition
                // ("તાઇવાનની આસપાસ", around Taiwan)
                after.stream().filter(m -> after.stream().noneMatch(o -> o.words.size() > m.words.size()
                        && o.words.subList(0, m.words.size()).equals(m.words))).forEach(found::add);
                if (!after.isEmpty()) {
                    found.removeIf(m -> m.where.equals("ending") && m.caseName.equals(GENITIVE));
                }
            }
            // "in eastern Ukraine": a word for part of the land may stand between the preposition and the name
            int adjective = first > 1 && placeAdjectives.contains(tokens.get(first - 1).key()) ? first - 1 : first;
            // "to the European Union": and an article
            int start = adjective > 1 && determiners.contains(tokens.get(adjective - 1).key()) ? adjective - 1 : adjective;
            if (before && start > 0) {
                List<Marker> prepositions = index.before().getOrDefault(tokens.get(start - 1).key(), List.of()).stream()
                        .filter(m -> wordsAt(tokens, start - m.words.size(), m.words)).toList();
                // "according to": a marker that ends another found marker is part of it, not "to"
                prepositions.stream().filter(m -> prepositions.stream().noneMatch(o -> o.words.size() > m.words.size()
                        && o.words.subList(o.words.size() - m.words.size(), o.words.size()).equals(m.words)))
                        .forEach(found::add);
            }
            found.sort(java.util.Comparator.comparingInt(Marker::order)); // the file's order, as cases are read in it
            for (Marker m : found) {
                if (!m.caseName.equals(PROXY_AGENT)) {
                    cases.add(m.caseName);
                }
            }
        }
        if (cases.isEmpty()) {
            cases.add(NONE);
        }
        return cases;
    }

    /**
     * The ending on a name spelled with other vowel lengths than its label ("ઇરાનના" for "ઈરાન"),
     * which names are matched across: what follows the word's stem that is the label so folded.
     */
    private static String endingAfterVariant(Token word, String labelLastKey) {
        String label = NameFolding.nameKey(labelLastKey);
        for (String stem : word.stems()) {
            if (stem.length() < word.key().length() && NameFolding.nameKey(stem).equals(label)) {
                return word.key().substring(stem.length());
            }
        }
        return "";
    }

    private static boolean wordsAt(List<Token> tokens, int start, List<String> words) {
        if (start < 0 || start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(start + k).key().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
