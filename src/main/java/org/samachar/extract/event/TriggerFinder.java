package org.samachar.extract.event;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.WordList;
import org.samachar.extract.time.TimeVocabulary;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that signal events ({@code event-triggers.tsv}), one trigger per event type per
 * sentence. A trigger's type may change with the case of a name just before it ("મેક્રોન સાથે
 * મુલાકાત" is a meeting, "ભારતની મુલાકાત" a visit; {@code events/roles.tsv}). Left out: a
 * transfer verb with no weapon near it, a trigger that is the topic of the
 * sentence rather than its event ({@code background-cues.tsv}), the act a refusal refuses. In a sentence
 * that reports speech ("X said that ..."), each trigger knows where the reported clause starts.
 */
public final class TriggerFinder implements Annotator {

    private static final String DENIAL = "Denial";
    /** A rejection told as refusing to do something: what it refuses is no event. */
    private static final String REFUSAL = "Reject:refusal";

    /** Punctuation that ends the phrase a trigger heads. */
    private static final String PHRASE_ENDS = ",;:।|\u2013\u2014";

    /** How many words a directive's complement ("urged Iran to halt arms transfers") may span. */
    private static final int COMPLEMENT_REACH = 8;

    /** The case of people joined in the genitive ("X-Y's meeting"), for {@code events/roles.tsv}. */
    private static final String JOINED_GENITIVE = "JOINED_GENITIVE";
    /** The pseudo-case of a person in the genitive after a name acting: whom the actor visited, that is met. */
    private static final String PERSON_SEEN = "PERSON_SEEN";

    /** How many words may stand between a name and the trigger whose type its case changes. */
    private static final int RECLASSIFY_REACH = 4;

    /** How many words may stand between a transfer verb and the weapons it moves. */
    private static final int OBJECT_REACH = 6;

    private final PhraseLexicon triggers = PhraseLexicon.of("event-triggers.tsv");
    private final PhraseLexicon weapons = PhraseLexicon.of("weapons.tsv");
    private final PhraseLexicon goods = PhraseLexicon.of("carried-goods.tsv");

    private final PhraseLexicon distributive = PhraseLexicon.of("distributive.tsv");
    private final PhraseLexicon quantities = PhraseLexicon.of("quantity-words.tsv");
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final EasedMeasures easedMeasures = new EasedMeasures();
    private final RoleTemplates templates = new RoleTemplates();
    private final ThingsHit thingsHit = new ThingsHit(caseMarkers, templates, RECLASSIFY_REACH);
    private final WordOrder wordOrder = new WordOrder();
    private final Set<String> complementizers = WordList.load("complementizers.txt");
    private final Set<String> negations = WordList.load("negation.txt");
    private final Set<String> negationBridges = WordList.load("negation-bridges.txt");
    private final Set<String> voidWhenNegated = Set.copyOf(LanguageData.shared("events/void-when-negated.txt"));
    private final Set<String> coordinators = WordList.load("coordinators.txt");
    private final Set<String> conjunctiveParticiples = WordList.load("conjunctive-participles.txt");
    private final Set<String> directives = Set.copyOf(LanguageData.shared("events/directive-acts.txt"));
    private final Set<String> askingActs = Set.copyOf(LanguageData.shared("events/asking-acts.txt"));
    /** Articles that may open a clause said without "that" ("said the US would ..."). */
    private final Set<String> determiners = WordList.load("determiners.txt");
    private final Set<String> assailantNouns = WordList.load("assailant-nouns.txt");
    private final TimeVocabulary timeWords = TimeVocabulary.shared();
    private final PhraseLexicon directiveTails = PhraseLexicon.of("directive-tails.tsv");
    private final Map<String, Set<String>> backgroundCues = WordList.labelled("background-cues.tsv");
    private final List<Pattern> refusalCues = new ArrayList<>();

    public TriggerFinder() {
        for (String lang : Scripts.knownLanguages()) {
            LanguageData.lines(lang + "/refusal-cues.txt").forEach(p -> refusalCues.add(Pattern.compile(p)));
        }
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Mention.class, Argument.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Trigger.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<Trigger> out = new ArrayList<>();
        List<Trigger> background = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = article.tokens().get(s.index());
            boolean[] inName = inNames(s, tokens, article.mentions());
            // A row labelled "-" takes its words without making an event ("visiting counterpart",
            // "refused to comment"), so no shorter trigger inside them fires.
            List<PhraseLexicon.Hit> hits = triggers.find(tokens).stream().filter(h -> !h.wordsOnly()
                    && java.util.stream.IntStream.rangeClosed(h.firstToken(), h.lastToken()).noneMatch(k -> inName[k])).toList();
            hits = withDirectiveTails(tokens, hits);
            List<Trigger> found = find(s, tokens, article.arguments().get(s.index()), hits);
            out.addAll(found);
            background.addAll(backgroundActs(s.index(), hits, found));
        }
        return article.withTriggers(out, background);
    }

    /**
     * "सहयोग करने को कहा": words right after another act's trigger that ask for that act
     * ({@code directive-tails.tsv}) are the asking act, even where the act's trigger took the word
     * they would otherwise start with ("करने"); the act is then what is asked for.
     */
    private List<PhraseLexicon.Hit> withDirectiveTails(List<Token> tokens, List<PhraseLexicon.Hit> hits) {
        if (hits.isEmpty()) {
            return hits; // most sentences: no act, so no tail to look for
        }
        List<PhraseLexicon.Hit> tails = directiveTails.find(tokens);
        if (tails.isEmpty()) {
            return hits;
        }
        List<PhraseLexicon.Hit> out = new ArrayList<>(hits);
        for (PhraseLexicon.Hit tail : tails) {
            // (a tail may begin with the act's own last word: "પાછા ખેંચવા કહ્યું", "*વા કહ્યું")
            if (hits.stream().anyMatch(h -> h.lastToken() == tail.firstToken() - 1
                    || h.lastToken() == tail.firstToken() && tail.lastToken() > tail.firstToken())) {
                out.removeIf(h -> h.firstToken() <= tail.lastToken() && tail.firstToken() <= h.lastToken());
                out.add(tail);
            }
        }
        out.sort(java.util.Comparator.comparingInt(PhraseLexicon.Hit::firstToken));
        return out;
    }

    /**
     * The acts a sentence names that make no event (the topic of another, what it answers, one of a
     * type already told in its clause): the phrases around them keep their actors apart. Not talks:
     * the parties of the talks after which an agreement comes are its own.
     */
    private List<Trigger> backgroundActs(int sentence, List<PhraseLexicon.Hit> hits, List<Trigger> found) {
        return hits.stream()
                .filter(h -> !PARTICIPANT.equals(templates.doer(Trigger.typeOf(h.label())))
                        && found.stream().noneMatch(t -> t.firstToken() <= h.lastToken() && h.firstToken() <= t.lastToken()))
                .map(h -> new Trigger(sentence, h.label(), h.firstToken(), h.lastToken(), h.lastWord(), false, -1, false,
                        false, List.of()))
                .toList();
    }

    private static final String PARTICIPANT = "participant";

    /** Which words are inside a name: "the Shanghai Cooperation Organisation" is no act of cooperation. */
    private static boolean[] inNames(Sentence s, List<Token> tokens, List<Mention> mentions) {
        boolean[] inName = new boolean[tokens.size()];
        for (Mention m : mentions) {
            if (m.sentence() != s.index()) {
                continue;
            }
            int begin = m.begin() - s.begin();
            int end = m.end() - s.begin();
            for (int i = 0; i < tokens.size(); i++) {
                inName[i] |= tokens.get(i).begin() >= begin && tokens.get(i).end() <= end;
            }
        }
        return inName;
    }

    private List<Trigger> find(Sentence s, List<Token> tokens, List<Argument> args, List<PhraseLexicon.Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        boolean verbFinal = wordOrder.verbFinal(tokens.get(hits.get(0).firstToken()).language());
        // A trigger that is only the sentence's topic is no event, and
        // leaves its type free for another trigger of the sentence.
        List<Map.Entry<String, PhraseLexicon.Hit>> labelled = new ArrayList<>();
        // what is fired: the weapons, and their number ("इजराइल पर 180 मिसाइलें दागीं"); and words
        // saying the act was one at a time ("રામાફોસા સાથે પણ અલગ અલગ મુલાકાત")
        boolean[] uncountedWords = new boolean[tokens.size()];
        weapons.find(tokens).forEach(w -> java.util.Arrays.fill(uncountedWords, w.firstToken(), w.lastToken() + 1, true));
        distributive.find(tokens).forEach(w -> java.util.Arrays.fill(uncountedWords, w.firstToken(), w.lastToken() + 1, true));
        quantities.find(tokens).forEach(w -> java.util.Arrays.fill(uncountedWords, w.firstToken(), w.lastToken() + 1, true));
        for (int k = 0; k < tokens.size(); k++) {
            uncountedWords[k] |= isNumber(tokens.get(k));
        }
        // "22 मिसाइलें और 460 ड्रोन": the "and" between two things fired is part of what is fired
        for (int k = 1; k + 1 < tokens.size(); k++) {
            uncountedWords[k] |= uncountedWords[k - 1] && uncountedWords[k + 1] && coordinators.contains(tokens.get(k).key());
        }
        for (PhraseLexicon.Hit h : hits) {
            if (placed(h) && !destinationBefore(tokens, args, h) || prepositionOfATime(tokens, h)) {
                continue;
            }
            String label = reclassified(h, args, tokens, verbFinal, uncountedWords);
            // "प्रतिबंध लगाने से इनकार", "પાછું ખેંચવાનો ઇનકાર": refusing to do something rejects it
            if (Trigger.typeOf(label).equals(DENIAL) && refusal(tokens, h)) {
                label = REFUSAL;
            }
            if (!backgrounded(s, tokens, h)) {
                labelled.add(Map.entry(label, h));
            }
        }
        labelled = easedMeasures.apply(s.text(), tokens, labelled, verbFinal);
        List<Map.Entry<String, PhraseLexicon.Hit>> byType = oneEventPerTypeAndClause(s, tokens, args, labelled, verbFinal);
        // "X said that ...": the speaker stands before the complementizer, the reported event after.
        int split = -1;
        for (int i = 0; i < tokens.size() && split < 0; i++) {
            if (complementizers.contains(tokens.get(i).key())) {
                split = i;
            }
        }
        int at = split;
        boolean reported = split >= 0 && byType.stream()
                .anyMatch(e -> templates.isSpeechAct(Trigger.typeOf(e.getKey())) && e.getValue().firstToken() < at);
        if (!reported && !verbFinal) {
            split = reportingVerbBeforeName(byType, args, tokens);
            reported = split >= 0;
        }
        int clause = reported ? split : -1;
        List<PhraseLexicon.Hit> weaponHits = weapons.find(tokens);
        java.util.function.Supplier<List<PhraseLexicon.Hit>> goodsHits = () -> goods.find(tokens);
        boolean directive = byType.stream().anyMatch(e -> directives.contains(Trigger.typeOf(e.getKey())));
        // what a demand asks for, and what a refusal refuses, has not happened
        List<PhraseLexicon.Hit> directiveHits = labelled.stream()
                .filter(e -> directives.contains(Trigger.typeOf(e.getKey())) || e.getKey().equals(REFUSAL))
                .map(Map.Entry::getValue).toList();
        List<Trigger> out = new ArrayList<>();
        for (Map.Entry<String, PhraseLexicon.Hit> e : byType) {
            String type = Trigger.typeOf(e.getKey());
            PhraseLexicon.Hit hit = e.getValue();
            // Buying, selling and giving are arms transfers only when weapons are named near the verb
            List<String> objects = near(weaponHits, hit, clause).toList();
            String label = e.getKey();
            if ((type.equals("ArmsTransfer") || armed(hit)) && objects.isEmpty()) {
                // "गेहूं भेजा", "sent medicines": a plain verb of giving that moves no weapons tells
                // what the goods it moves make of it (carried-goods.tsv), else nothing
                Optional<String> carried = label.equals(TRANSFER) ? near(goodsHits.get(), hit, clause).findFirst() : Optional.empty();
                // "भेजी राहत सामग्री", "send humanitarian aid": the words of the goods tell the act already
                if (carried.isEmpty() || byType.stream().anyMatch(o -> Trigger.typeOf(o.getKey()).equals(carried.get()))) {
                    continue;
                }
                label = carried.get();
                type = label;
            }
            boolean negated = negated(tokens, hit, verbFinal);
            // "urged Iran to halt arms transfers", "ઈરાનને હુમલા રોકવા અપીલ કરી": what a demand,
            // appeal or warning asks for has not happened, nor what a refusal refuses ("सहयोग करने
            // से इनकार"); it is no event of its own.
            if (!templates.isSpeechAct(type) && directiveHits.stream().anyMatch(d -> complement(s, tokens, d, hit, verbFinal))) {
                continue;
            }
            // "did not comment" is no statement; "urged Iran not to sell arms" asks for no sale. A
            // demand or appeal the text says was not made is one told as denied ("made no request").
            boolean speech = templates.isSpeechAct(type);
            if (negated && (speech ? type.equals("Statement") : directive)) {
                continue;
            }
            // "इनकार नहीं किया", "did not rule out", "न ही खंडन किया": a denial or rejection not
            // made is none (what it would have ruled out stays possible: modality.tsv)
            if (negated && voidWhenNegated.contains(type)) {
                continue;
            }
            out.add(trigger(s, tokens, label, hit, clause, false, negated,
                    type.equals("ArmsTransfer") ? objects : List.of()));
        }
        if (reported) {
            // "KCNA said that Li said in a speech that ...": statements inside the reported clause.
            for (PhraseLexicon.Hit h : hits) {
                if (h.firstToken() > split && Trigger.typeOf(h.label()).equals("Statement")) {
                    out.add(trigger(s, tokens, h.label(), h, clause, true, false, List.of()));
                }
            }
        }
        return out;
    }

    /**
     * One event per type per clause. Of several triggers of a type in one clause, the one nearest
     * the main verb: the last where the verb ends the clause ("... यात्रा करते हैं ... का दौरा करने
     * की उम्मीद है"), else the first; a speech act's is the first (the reporting verb comes before
     * what it reports). A trigger of the same type in another clause (past a comma, "and", "while")
     * worded otherwise, with a name of its own in its clause, is an event of its own ("India expelled
     * two diplomats, and Canada recalled its envoy"); the same word again is the same event told again,
     * and so is a second word joined to the first by a bare "and" ("met and held talks with").
     */
    private List<Map.Entry<String, PhraseLexicon.Hit>> oneEventPerTypeAndClause(
            Sentence s, List<Token> tokens, List<Argument> args, List<Map.Entry<String, PhraseLexicon.Hit>> labelled,
            boolean verbFinal) {
        int[] clauseOf = clauses(s, tokens);
        Set<Integer> clausesWithNames = new java.util.HashSet<>();
        args.forEach(a -> clausesWithNames.add(clauseOf[a.firstToken()]));
        List<Map.Entry<String, PhraseLexicon.Hit>> chosen = new ArrayList<>();
        for (Map.Entry<String, PhraseLexicon.Hit> e : labelled) {
            String type = Trigger.typeOf(e.getKey());
            PhraseLexicon.Hit h = e.getValue();
            int sameClause = -1;
            boolean sameWords = false;
            for (int k = 0; k < chosen.size(); k++) {
                Map.Entry<String, PhraseLexicon.Hit> c = chosen.get(k);
                if (Trigger.typeOf(c.getKey()).equals(type)) {
                    sameWords |= words(tokens, c.getValue()).equals(words(tokens, h));
                    if (clauseOf[c.getValue().firstToken()] == clauseOf[h.firstToken()]) {
                        sameClause = k;
                    }
                }
            }
            boolean anyOfType = chosen.stream().anyMatch(c -> Trigger.typeOf(c.getKey()).equals(type));
            // "met and held talks with": two words for one act, joined with nothing but "and" between them
            boolean joinedToLast = chosen.stream().anyMatch(c -> Trigger.typeOf(c.getKey()).equals(type)
                    && h.firstToken() - c.getValue().lastToken() == 2
                    && coordinators.contains(tokens.get(c.getValue().lastToken() + 1).key()));
            if (joinedToLast) {
                continue;
            }
            if (!anyOfType || (sameClause < 0 && !sameWords && clausesWithNames.contains(clauseOf[h.firstToken()]))) {
                chosen.add(e);
            } else if (sameClause >= 0 && verbFinal && !templates.isSpeechAct(type)) {
                chosen.set(sameClause, e);
            }
        }
        chosen.sort(java.util.Comparator.comparingInt(e -> e.getValue().firstToken()));
        return chosen;
    }

    /** The clause of each word: a new one starts after a comma, semicolon or coordinator. */
    private int[] clauses(Sentence s, List<Token> tokens) {
        int[] out = new int[tokens.size()];
        int clause = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                String text = s.text();
                for (int c = tokens.get(i - 1).end(); c < tokens.get(i).begin(); c++) {
                    if (text.charAt(c) == ',' || text.charAt(c) == ';') {
                        clause++;
                        break;
                    }
                }
            }
            if (coordinators.contains(tokens.get(i).key())) {
                clause++;
            }
            out[i] = clause;
        }
        return out;
    }

    private static String words(List<Token> tokens, PhraseLexicon.Hit h) {
        StringBuilder b = new StringBuilder();
        for (int k = h.firstToken(); k <= h.lastToken(); k++) {
            b.append(tokens.get(k).stems().iterator().next()).append(' ');
        }
        return b.toString();
    }

    /**
     * "The Kremlin confirms Putin will visit ...", "he said he would ...": where the verb comes
     * before its object, a name right after a plain statement's verb opens the clause it reports,
     * "that" left out. The verb's last word is then where the reported clause begins after.
     */
    private int reportingVerbBeforeName(List<Map.Entry<String, PhraseLexicon.Hit>> byType, List<Argument> args, List<Token> tokens) {
        for (Map.Entry<String, PhraseLexicon.Hit> e : byType) {
            int end = e.getValue().lastToken();
            // "said the US would halt the drills": an article may stand before the name
            int next = end + 1 < tokens.size() && determiners.contains(tokens.get(end + 1).key()) ? end + 2 : end + 1;
            if (Trigger.typeOf(e.getKey()).equals(STATEMENT) && args.stream()
                    .anyMatch(a -> a.firstToken() == next && !a.modifier() && a.cases().contains(CaseMarkers.NONE))) {
                return end;
            }
        }
        return -1;
    }

    private static final String STATEMENT = "Statement";

    private Trigger trigger(Sentence s, List<Token> tokens, String label, PhraseLexicon.Hit hit, int clause,
                            boolean nested, boolean negated, List<String> objects) {
        String text = s.text().substring(tokens.get(hit.firstToken()).begin(), tokens.get(hit.lastToken()).end());
        return new Trigger(s.index(), label, hit.firstToken(), hit.lastToken(), text,
                templates.speaks(label), clause, nested, negated, objects);
    }

    /**
     * A trigger that is the subject matter of the sentence rather than an event of it: "met on
     * military cooperation", "despite denials" ({@code background-cues.tsv}).
     */
    private boolean backgrounded(Sentence s, List<Token> tokens, PhraseLexicon.Hit hit) {
        Set<String> after = backgroundCues.getOrDefault("after", Set.of());
        Set<String> before = backgroundCues.getOrDefault("before", Set.of());
        Set<String> agreed = backgroundCues.getOrDefault("agreed", Set.of());
        for (int k = hit.lastToken() + 1; k <= hit.lastToken() + 2 && k < tokens.size(); k++) {
            if (s.text().substring(tokens.get(k - 1).end(), tokens.get(k).begin()).chars().anyMatch(c -> PHRASE_ENDS.indexOf(c) >= 0)
                    || conjunctiveParticiples.contains(tokens.get(k - 1).key())) {
                // a comma or a dash ends the phrase the trigger heads (a quotation mark does not), and
                // so does a conjunctive participle ("ફોન કરીને ઈરાન પર": the "on" is Iran's)
                break;
            }
            // "સૈનિકો પરત લેવા પર સહમત થયા": what the parties agree on is an act to come, not a topic
            if (after.contains(tokens.get(k).key())) {
                return k + 1 >= tokens.size() || !agreed.contains(tokens.get(k + 1).key());
            }
            // "सहायता पर चर्चा": a cue of two words, where the first alone ("पर") marks events as often,
            // right after the act ("मेजबानी करते हुए व्यापार पर चर्चा": the trade was discussed)
            if (k == hit.lastToken() + 1 && k + 1 < tokens.size()
                    && after.contains(tokens.get(k).key() + " " + tokens.get(k + 1).key())) {
                return true;
            }
        }
        return hit.firstToken() > 0 && before.contains(tokens.get(hit.firstToken() - 1).key());
    }

    /** "ટિપ્પણી કરવાનો ઇનકાર", "refused to comment": a refusal, not a denial ({@code refusal-cues.txt}). */
    private boolean refusal(List<Token> tokens, PhraseLexicon.Hit hit) {
        int i = hit.firstToken();
        String one = i >= 1 ? tokens.get(i - 1).surface() : "";
        String two = i >= 2 ? tokens.get(i - 2).surface() + " " + one : "";
        return refusalCues.stream().anyMatch(p -> p.pattern().indexOf(' ') >= 0
                ? p.matcher(two).matches() : p.matcher(one).matches());
    }

    /** How far after a trigger its negation may stand, past bridging words but the first. */
    private static final int NEGATION_REACH = 3;

    /** A negation word right before or after the trigger. */
    private boolean negated(List<Token> tokens, PhraseLexicon.Hit hit, boolean verbFinal) {
        int before = hit.firstToken() - 1;
        int after = hit.lastToken() + 1;
        if (before >= 0 && negations.contains(tokens.get(before).key())) {
            return true;
        }
        // "has not yet rejected", "did not formally sign": an adverb between (negation-bridges.txt)
        if (!verbFinal && before >= 1 && negationBridges.contains(tokens.get(before).key())
                && negations.contains(tokens.get(before - 1).key())) {
            return true;
        }
        // where the verb ends the clause the negation may follow its helper verb ("થઈ નહોતી"), or
        // further on past words of taking part or of ability ("સમિટમાં ... થઈ શકી નહોતી",
        // "सम्मेलन में शामिल नहीं होंगे": negation-bridges.txt)
        for (int k = after; verbFinal && k < tokens.size() && k <= after + NEGATION_REACH; k++) {
            if (negations.contains(tokens.get(k).key())) {
                return true;
            }
            if (k > after && !negationBridges.contains(tokens.get(k).key())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a trigger is in what a directive asks for: after it in a verb-medial language ("urged
     * X to stop strikes"), before it in a verb-final one ("હુમલા રોકવા અપીલ કરી"), within a few words
     * and with no "and", comma or conjunctive participle ({@code conjunctive-participles.txt})
     * between them (then it is an event of its own).
     */
    private boolean complement(Sentence s, List<Token> tokens, PhraseLexicon.Hit directive, PhraseLexicon.Hit hit,
                               boolean verbFinal) {
        if (verbFinal && hit.firstToken() > directive.lastToken()) {
            return askingActs.contains(Trigger.typeOf(directive.label())) && thatClauseOf(s, tokens, directive, hit);
        }
        int from = verbFinal ? hit.lastToken() : directive.lastToken();
        int to = verbFinal ? directive.firstToken() : hit.firstToken();
        if (to <= from || to - from > COMPLEMENT_REACH) {
            return false;
        }
        if (s.text().substring(tokens.get(from).end(), tokens.get(to).begin()).indexOf(',') >= 0) {
            return false;
        }
        // "ફોન કરીને ... રોકવા કહ્યું": the participle may end the trigger itself
        for (int k = verbFinal ? from : from + 1; k < to; k++) {
            // "फोन करके ... रोकने को कहा": the call was made first, it is not what is asked for
            if (coordinators.contains(tokens.get(k).key()) || conjunctiveParticiples.contains(tokens.get(k).key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "चीन ने मांग की कि भारत डोकलाम से अपने सैनिक वापस बुलाए", "ચીને માગણી કરી કે ભારત ... પાછા
     * બોલાવે": where the verb ends its clause, a clause opened by "that" right after a demand or
     * appeal ({@code events/asking-acts.txt}; an auxiliary may stand between) is what is asked for,
     * to the end of the sentence unless a comma closes it first.
     */
    private boolean thatClauseOf(Sentence s, List<Token> tokens, PhraseLexicon.Hit directive, PhraseLexicon.Hit hit) {
        int opener = -1;
        for (int k = directive.lastToken() + 1; k <= directive.lastToken() + THAT_AFTER_ASKING && k < hit.firstToken(); k++) {
            if (complementizers.contains(tokens.get(k).key())) {
                opener = k;
                break;
            }
        }
        if (opener < 0 || s.text().substring(tokens.get(opener).end(), tokens.get(hit.firstToken()).begin()).indexOf(',') >= 0) {
            return false;
        }
        // "... निज्जर हत्याकांड की कनाडाई जांच में सहयोग करे": an act named in a case of its own is
        // one the clause speaks of, which may have happened; the act asked for is its verb, whose
        // ending may look like the agent's ("પાછા બોલાવે")
        Set<String> cases = caseMarkers.casesOfNoun(tokens, hit.lastToken());
        return cases.contains(CaseMarkers.NONE) || cases.contains("AGENT");
    }

    /** How many words after a demand its "that" may stand ("मांग की है कि"). */
    private static final int THAT_AFTER_ASKING = 3;

    /**
     * A trigger's label, changed when a name just before it (or, in a verb-medial language, just
     * after it) has a case that changes it ("મેક્રોન સાથે મુલાકાત" is a meeting, "ભારતની મુલાકાત" a
     * visit, "fired a ballistic missile at Israel" a strike).
     */
    private String reclassified(PhraseLexicon.Hit hit, List<Argument> args, List<Token> tokens, boolean verbFinal, boolean[] uncountedWords) {
        for (Argument a : args) {
            boolean before = a.lastToken() < hit.firstToken()
                    && hit.firstToken() - a.lastToken() - uncountedBetween(uncountedWords, a.lastToken(), hit.firstToken()) <= RECLASSIFY_REACH;
            // "fired a ballistic missile at Israel": where the verb comes before its object, after it too
            // ("at South Korea's waters" names whose waters, not whom)
            boolean after = !verbFinal && a.firstToken() > hit.lastToken() && a.firstToken() - hit.lastToken() <= RECLASSIFY_REACH
                    && !a.cases().contains("GENITIVE");
            if (!before && !after) {
                continue;
            }
            Set<String> cases = new LinkedHashSet<>(a.cases());
            // "मालदीव से श्रीलंका पहुंचे": a place "से" is where one comes from, not whom one is with
            if (cases.contains(SOURCE) && (a.entity().type() == EntityType.COUNTRY || a.entity().type() == EntityType.CITY)) {
                cases.remove(WITH);
            }
            boolean joinedPeople = a.entity().type() == EntityType.PERSON && args.stream()
                    .anyMatch(b -> b != a && b.group() == a.group() && b.entity().type() == EntityType.PERSON);
            if (joinedPeople && cases.contains("GENITIVE")) {
                cases.add(JOINED_GENITIVE);
            }
            // "મોદીએ બાઇડનની મુલાકાત લીધી": a person in the genitive right before the verb of a visit
            // that someone acting takes is whom they saw ("મોદીની જાપાન મુલાકાતની પુષ્ટી" is Modi's visit)
            if (a.entity().type() == EntityType.PERSON && cases.contains("GENITIVE") && hit.lastToken() > hit.firstToken()
                    && a.lastToken() == hit.firstToken() - 1 && args.stream()
                    .anyMatch(b -> b.lastToken() < a.firstToken() && b.group() != a.group() && b.cases().contains("AGENT"))) {
                cases.add(PERSON_SEEN);
            }
            for (String c : cases) {
                Optional<String> other = templates.reclassified(withoutCondition(hit.label()), c);
                if (other.isPresent()) {
                    return other.get();
                }
            }
        }
        String label = withoutCondition(hit.label());
        Optional<String> byItsDoers = templates.reclassified(label, ASSAILANT);
        if (byItsDoers.isPresent() && doneByAssailants(hit, tokens, verbFinal)) {
            return byItsDoers.get();
        }
        return thingsHit.typeIfItLandsOnAThing(label, hit, tokens, verbFinal, uncountedWords).orElse(label);
    }

    /** The pseudo-case of doers the text calls terrorists, militants or gunmen ({@code assailant-nouns.txt}). */
    private static final String ASSAILANT = "ASSAILANT";

    /**
     * "आतंकियों ने सीआरपीएफ के काफिले पर हमला कर दिया", "militants attacked the convoy": an attack
     * whose doers the text calls terrorists, militants or gunmen, and does not name, is an assault
     * (the doer is marked as one where the verb comes last, stands just before it where it comes
     * first); a named group's or country's forces strike.
     */
    private boolean doneByAssailants(PhraseLexicon.Hit hit, List<Token> tokens, boolean verbFinal) {
        int reach = verbFinal ? ASSAILANT_REACH : RECLASSIFY_REACH;
        for (int k = hit.firstToken() - 1; k >= 0 && k >= hit.firstToken() - reach; k--) {
            Token word = tokens.get(k);
            boolean assailant = word.stems().stream().anyMatch(assailantNouns::contains);
            Set<String> cases = caseMarkers.casesOfNoun(tokens, k);
            // the act's one doer, whoever it is; not a day in the ending of a doer ("ગુરુવારે": on Thursday)
            if (verbFinal && cases.contains("AGENT") && !timeWords.isMonthOrWeekday(word.stems())) {
                return assailant;
            }
            if (!verbFinal && assailant && cases.contains(CaseMarkers.NONE)) {
                return true;
            }
        }
        return false;
    }

    /** How many words before an attack its marked doer may stand ("आतंकियों ने गुरुवार को पुलवामा में सीआरपीएफ के काफिले पर हमला"). */
    private static final int ASSAILANT_REACH = 12;

    /** The label of the plain verbs of giving ("भेजा", "આપ્યા", "sent"), whose type is what they move. */
    private static final String TRANSFER = "ArmsTransfer";

    /**
     * The labels of the things named near a trigger ({@link #OBJECT_REACH} words either side), on
     * its side of "that" ("चेतावनी दी कि ... मिसाइल परीक्षण" gives a warning, no missiles).
     */
    private static java.util.stream.Stream<String> near(List<PhraseLexicon.Hit> things, PhraseLexicon.Hit hit, int clause) {
        return things.stream()
                .filter(w -> Math.abs(w.lastToken() - hit.firstToken()) <= OBJECT_REACH
                        || Math.abs(w.firstToken() - hit.lastToken()) <= OBJECT_REACH)
                .filter(w -> clause < 0 || (w.firstToken() > clause) == (hit.firstToken() > clause))
                .map(PhraseLexicon.Hit::label).distinct();
    }

    /**
     * The words between two words that take neither further from the other: "इजरायल पर सैकड़ों ड्रोन
     * और मिसाइलें दागीं", where the verb comes last, puts what is fired between the target and the
     * verb without taking it further off; so does their number, and so do words saying the act was
     * done with each one at a time ({@code uncountedWords} marks them all).
     */
    private static int uncountedBetween(boolean[] uncountedWords, int from, int to) {
        int n = 0;
        for (int k = from + 1; k < to; k++) {
            n += uncountedWords[k] ? 1 : 0;
        }
        return n;
    }

    /**
     * "the American strike on Thursday", "attacks in March": a trigger whose words end with the
     * preposition of the time after it ("strike on", made for "strike on Kyiv") names no act by itself
     * and gives the time's preposition to no target.
     */
    private boolean prepositionOfATime(List<Token> tokens, PhraseLexicon.Hit hit) {
        int next = hit.lastToken() + 1;
        if (hit.lastToken() == hit.firstToken() || next >= tokens.size() || !caseMarkers.isPreposition(tokens.get(hit.lastToken()))) {
            return false;
        }
        Token after = tokens.get(next);
        return isNumber(after) || timeWords.isMonthOrWeekday(after.stems());
    }

    static boolean isNumber(Token t) {
        String w = t.surface();
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * A trigger labelled {@code TYPE:armed} ("fired", "launched") is an event of TYPE only with a
     * weapon named near it ("launched hypersonic missiles at Kyiv", not "launched an inquiry").
     */
    private static boolean armed(PhraseLexicon.Hit hit) {
        return hit.label().endsWith(ARMED);
    }

    /**
     * A trigger labelled {@code TYPE:placed} ("आए", "આવ્યા": came) is an event of TYPE only right
     * after a country or city named without a case marker, where it goes ("ढाका आए"), with at most a
     * negation between ("इस्तांबुल नहीं आए"); "came" alone is mostly a helper verb or a change
     * ("कमी आई").
     */
    private static boolean placed(PhraseLexicon.Hit hit) {
        return hit.label().endsWith(PLACED);
    }

    private boolean destinationBefore(List<Token> tokens, List<Argument> args, PhraseLexicon.Hit hit) {
        int end = hit.firstToken() - 1;
        if (end >= 0 && negations.contains(tokens.get(end).key())) {
            end--;
        }
        int last = end;
        return last >= 0 && args.stream().anyMatch(a -> a.lastToken() == last && !a.modifier()
                && (a.entity().type() == EntityType.COUNTRY || a.entity().type() == EntityType.CITY)
                && a.cases().equals(Set.of(CaseMarkers.NONE)));
    }

    /** The label without its condition: a weapon named near it, or a place right before it. */
    private static String withoutCondition(String label) {
        for (String condition : List.of(ARMED, PLACED)) {
            if (label.endsWith(condition)) {
                return label.substring(0, label.length() - condition.length());
            }
        }
        return label;
    }

    private static final String SOURCE = "SOURCE";
    private static final String WITH = "WITH";
    private static final String ARMED = ":armed";
    private static final String PLACED = ":placed";
}
