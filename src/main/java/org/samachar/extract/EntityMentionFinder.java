package org.samachar.extract;

import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds gazetteer names in each sentence: longest match first, word by word, with the case
 * ending on the last word allowed ({@link CaseEndings}). Short forms ("મોદી", "मैक्रों") count only for
 * entities whose full name or another label occurs in the same article, so a lone "Lee" in an
 * article about someone else is not taken for Lee Jae-myung, or right after a title or right before
 * a government noun when no other entity has that short form ("પ્રધાનમંત્રી મોદીએ", "ट्रंप प्रशासन ने";
 * {@code government-nouns.txt}); the article has then named them. The gazetteer marks the few
 * whose short form needs neither ({@code sam:shortNameAlone}: "ट्रंप ने", "મેક્રોંએ" in an article
 * that never writes their first names).
 */
public final class EntityMentionFinder implements Annotator {

    private final Gazetteer gazetteer;
    private final PhraseLexicon roleCues = PhraseLexicon.of("role-cues.tsv");
    private final java.util.Set<String> governmentNouns = WordList.load("government-nouns.txt");
    /** Regions named with a country's name ("Latin American", "दक्षिण अमेरिका"): no name inside them is a mention. */
    private final PhraseLexicon regionNames = PhraseLexicon.of("region-names.tsv");
    private final java.util.Set<String> ordinaryWords = OrdinaryWords.keys();

    public EntityMentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Mention.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<List<Token>> tokens = article.tokens();
        // Pass 1: full names only, to learn which entities the article names outright.
        Set<String> named = new HashSet<>();
        List<List<Match>> fullNames = new ArrayList<>(tokens.size());
        List<Set<String>> shortFormsSeen = new ArrayList<>(tokens.size());
        for (int s = 0; s < tokens.size(); s++) {
            Set<String> shortForms = new HashSet<>();
            List<Match> found = matches(tokens.get(s), Set.of(), shortForms);
            found.forEach(m -> named.add(m.entry.entity().iri()));
            fullNames.add(found);
            shortFormsSeen.add(shortForms);
        }
        // Pass 2: short forms of those entities join in. A sentence where pass 1 met no short
        // form of a named entity matches the same again, so its first matches stand.
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < tokens.size(); s++) {
            Sentence sentence = article.sentences().get(s);
            boolean same = shortFormsSeen.get(s).stream().noneMatch(named::contains);
            for (Match m : same ? fullNames.get(s) : matches(tokens.get(s), named, new HashSet<>())) {
                int begin = sentence.begin() + m.begin;
                int end = sentence.begin() + m.end;
                mentions.add(new Mention(mentions.size(), sentence.index(), begin, end,
                        sentence.text().substring(m.begin, m.end), m.entry.entity(), m.entry.label()));
            }
        }
        return article.withMentions(mentions);
    }

    private record Match(int begin, int end, Gazetteer.Entry entry) {
    }

    /** For each word that begins a region's name ({@code region-names.tsv}), the word after the name; else the word itself. */
    private int[] regionEnds(List<Token> tokens) {
        int[] ends = new int[tokens.size()];
        for (int k = 0; k < ends.length; k++) {
            ends[k] = k;
        }
        for (PhraseLexicon.Hit hit : regionNames.find(tokens)) {
            ends[hit.firstToken()] = hit.lastToken() + 1;
        }
        return ends;
    }

    /**
     * Names in a sentence, longest first; {@code shortFormsRefused} receives the entities whose
     * short forms were tried and refused, since only they can make a second pass differ.
     */
    private List<Match> matches(List<Token> tokens, Set<String> shortNamesAllowedFor, Set<String> shortFormsRefused) {
        List<Match> out = new ArrayList<>();
        boolean[] titles = null; // worked out only for a sentence with a short form to judge
        int[] regionEnds = regionEnds(tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (regionEnds[i] > i) {
                i = regionEnds[i];
                continue;
            }
            Match best = null;
            int bestWords = 0;
            for (String firstStem : tokens.get(i).nameStems()) {
                boolean inflectedFirst = !firstStem.equals(tokens.get(i).nameStems().get(0));
                for (Gazetteer.Entry entry : gazetteer.startingWith(firstStem)) {
                    int n = entry.keys().size();
                    // "विक्रम मिस्री ... मिस्री ने कहा": the short name of someone the article names
                    // in full beats a nationality word spelt the same ("मिस्री", Egyptian)
                    // (judged below like any short form, so the first pass learns it was refused)
                    boolean overDemonym = n == bestWords && best.entry().label().kind() == LabelKind.DEMONYM
                            && entry.label().kind() == LabelKind.SHORT;
                    if (n <= bestWords && !overDemonym || (inflectedFirst && n > 1) || i + n > tokens.size()) {
                        continue;
                    }
                    if (entry.label().kind() == LabelKind.SHORT
                            && !shortNamesAllowedFor.contains(entry.entity().iri())) {
                        if (titles == null) {
                            titles = titleEnds(tokens);
                        }
                        boolean afterTitle = i > 0 && titles[i - 1];
                        // "ट्रंप प्रशासन ने", "the Biden administration": a leader's government names the leader
                        boolean beforeGovernment = i + n < tokens.size()
                                && tokens.get(i + n).stems().stream().anyMatch(governmentNouns::contains);
                        boolean alone = gazetteer.shortNameStandsAlone(entry.entity()) && noGivenNameBefore(tokens, i, titles, out);
                        if (!(afterTitle || beforeGovernment || alone) || !onlyBearer(entry, firstStem)) {
                            shortFormsRefused.add(entry.entity().iri());
                            continue;
                        }
                    }
                    if (entry.acronym() && !writtenInCapitals(tokens, i, n)) {
                        continue;
                    }
                    if (matchesRest(tokens, i, entry.keys())) {
                        best = new Match(tokens.get(i).begin(), tokens.get(i + n - 1).end(), entry);
                        bestWords = n;
                    }
                }
            }
            if (best != null) {
                out.add(best);
                i += bestWords;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether the word before a short form cannot be a given name of someone else who bears it
     * ("नीरव मोदी", "Melania Trump", or a spelling of the full name the gazetteer lacks, which
     * another stage resolves whole): the sentence's first word, a title, a name found before, a
     * word with a case ending, an ordinary word ({@code not-names.txt}, the words that join
     * clauses, pronouns), or in Latin script a word in lower case.
     */
    private boolean noGivenNameBefore(List<Token> tokens, int i, boolean[] titles, List<Match> before) {
        if (i == 0 || titles[i - 1]) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        if (!before.isEmpty() && before.get(before.size() - 1).end() == previous.end()) {
            return true;
        }
        String surface = previous.surface();
        if (surface.codePoints().noneMatch(Character::isLetter) || previous.stems().size() > 1) {
            return true;
        }
        if ("Latn".equals(previous.script())) {
            return !Character.isUpperCase(surface.codePointAt(0));
        }
        return ordinaryWords.contains(previous.key());
    }

    /** Which words end a title ({@code role-cues.tsv}): "પ્રધાનમંત્રી મોદીએ", "President Lula". */
    private boolean[] titleEnds(List<Token> tokens) {
        boolean[] ends = new boolean[tokens.size()];
        roleCues.find(tokens).forEach(h -> ends[h.lastToken()] = true);
        return ends;
    }

    /** Whether no other entity has this short form: "President Lee" alone does not say which Lee. */
    private boolean onlyBearer(Gazetteer.Entry shortForm, String firstStem) {
        return gazetteer.startingWith(firstStem).stream().noneMatch(e -> e.keys().equals(shortForm.keys())
                && !e.entity().iri().equals(shortForm.entity().iri()));
    }

    private static boolean writtenInCapitals(List<Token> tokens, int start, int n) {
        for (int k = start; k < start + n; k++) {
            if (beforeApostrophe(tokens.get(k).surface()).chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** A word without the possessive after its apostrophe: "IMF's" is the acronym "IMF" in the genitive. */
    private static String beforeApostrophe(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return surface.substring(0, i);
            }
        }
        return surface;
    }

    /** Words 2..n-1 as written, word n possibly with case endings (their name keys). */
    private static boolean matchesRest(List<Token> tokens, int start, List<String> keys) {
        int n = keys.size();
        for (int k = 1; k < n; k++) {
            boolean last = k == n - 1;
            List<String> stems = tokens.get(start + k).nameStems();
            if (!(last ? stems.contains(keys.get(k)) : stems.get(0).equals(keys.get(k)))) {
                return false;
            }
        }
        return true;
    }
}
