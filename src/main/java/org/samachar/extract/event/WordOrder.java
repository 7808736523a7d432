package org.samachar.extract.event;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.NameFolding;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cases that word order gives names no mark gives a case to ({@code lang/*}{@code /voice.tsv}).
 * In a subject-verb-object language (English) an unmarked name before the trigger is its
 * {@code SUBJECT} and one after it its {@code OBJECT}; in a subject-object-verb language (Gujarati,
 * Hindi) the first unmarked name before the trigger is the subject and later ones objects or
 * destinations ("મોદી અમેરિકા જશે"). In the passive ("was attacked", "हमला किया गया", "હુમલો
 * કરવામાં આવ્યો") the unmarked subject is what is acted on, so it is an {@code OBJECT}.
 */
public final class WordOrder {

    public static final String SUBJECT = "SUBJECT";
    public static final String OBJECT = "OBJECT";
    private static final String LOCATIVE = "LOCATIVE";
    private static final String AGENT = "AGENT";
    private static final String GENITIVE = "GENITIVE";
    /**
     * Cases of an act's noun in which a name joined to it is whose act it is ("रूसी हमले के", "હુમલામાં",
     * "हमले से", "हमले पर"); not in the dative of a goal ("બંને દેશો યુદ્ધવિરામ માટે સહમત": they agree).
     */
    private static final Set<String> NOUN_CASES_OF_WHOSE_ACT = Set.of(GENITIVE, LOCATIVE, "SOURCE", "ON");

    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final PeopleNouns peopleNouns = new PeopleNouns(caseMarkers);
    /** Articles ("the", "a"): one before a name right before an act's noun makes the name whose act it is. */
    private final Set<String> determiners = WordList.load("determiners.txt");
    private final Set<String> actsOnWhatFollowsOf = Set.copyOf(LanguageData.shared("events/acts-on-what-follows-of.txt"));

    /**
     * @param passiveAfter the passive auxiliaries' phrases by their first word, so that a word is
     *                     looked up by its stems instead of tried against every phrase
     */
    private record Voice(boolean svo, Map<String, List<List<String>>> passiveAfter, Set<String> passiveBefore,
                         Pattern participle, Pattern clauseParticiple) {
    }

    /** How many words after a trigger its object may stand ("attacked the port city of Odesa"). */
    private static final int OBJECT_REACH = 4;

    /** How many words after a trigger its passive auxiliary may stand. */
    private static final int PASSIVE_REACH = 3;

    private final Map<String, Voice> byLanguage = new HashMap<>();

    public WordOrder() {
        for (String lang : Scripts.knownLanguages()) {
            boolean svo = false;
            Map<String, List<List<String>>> after = new HashMap<>();
            Set<String> before = new LinkedHashSet<>();
            Pattern participle = null;
            Pattern clauseParticiple = null;
            for (String line : LanguageData.lines(lang + "/voice.tsv")) {
                String[] c = line.split("\t+");
                if (c.length != 2) {
                    continue;
                }
                switch (c[0]) {
                    case "order" -> svo = c[1].strip().equals("SVO");
                    case "passive-after" -> {
                        List<String> phrase = List.of(c[1].strip().split("\\s+")).stream().map(NameFolding::key).toList();
                        after.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
                    }
                    case "passive-before" -> before.add(NameFolding.key(c[1].strip()));
                    case "participle" -> participle = Pattern.compile(c[1].strip());
                    case "clause-participle" -> clauseParticiple = Pattern.compile(c[1].strip());
                    default -> throw new IllegalStateException(lang + "/voice.tsv: unknown kind " + c[0]);
                }
            }
            byLanguage.put(lang, new Voice(svo, after, before, participle, clauseParticiple));
        }
    }

    /**
     * Whether word {@code at} of the sentence {@code text} is a participle right after a comma,
     * opening a clause of its own whose subject is the sentence's ("..., accusing Kigali of ...":
     * {@code clause-participle} in voice.tsv).
     */
    public boolean opensClauseAfterComma(String text, List<Token> tokens, int at) {
        if (at <= 0) {
            return false;
        }
        Voice voice = byLanguage.get(tokens.get(at).language());
        return voice != null && voice.clauseParticiple != null && voice.clauseParticiple.matcher(tokens.get(at).key()).matches()
                && text.substring(tokens.get(at - 1).end(), tokens.get(at).begin()).contains(",");
    }

    /**
     * Whether the word {@code at} comes right after "and" ({@code coordinators.txt}): a verb there
     * goes on with the subject of the verb before it ("summoned the envoy and said").
     */
    public boolean afterCoordinator(List<Token> tokens, int at) {
        return at > 0 && caseMarkers.isCoordinator(tokens.get(at - 1));
    }

    /** Whether the verb ends the clause in this language (Gujarati, Hindi), so the main event's word comes last. */
    public boolean verbFinal(String language) {
        Voice voice = byLanguage.get(language);
        return voice != null && !voice.svo;
    }

    /**
     * The cases of each argument for this trigger: its own, and for an unmarked one, SUBJECT or
     * OBJECT by where it stands among the sentence's triggers.
     */
    public Map<Argument, Set<String>> cases(List<Argument> args, Trigger trigger, List<Token> tokens, List<Trigger> sentence) {
        Voice voice = byLanguage.get(tokens.get(trigger.firstToken()).language());
        boolean passive = voice != null && passive(voice, trigger, tokens, sentence);
        Map<Argument, Set<String>> out = new HashMap<>();
        Integer subjectGroup = null;
        // "भारत ने ... राहत सामग्री म्यांमार भेजी": beside a subject marked as the agent, an unmarked
        // name is what the act reaches (object or destination), not a second subject
        boolean agentMarked = args.stream().anyMatch(a -> a.cases().contains(AGENT));
        for (Argument a : args) {
            if (voice != null && voice.svo && actsOnWhatFollowsOf.contains(trigger.type()) && ofTheAct(a, trigger, tokens)) {
                // "Russia's invasion of Ukraine", "the bombing of Gaza": what the act's noun is done to
                Set<String> cases = new LinkedHashSet<>(a.cases());
                cases.remove(GENITIVE);
                cases.add(OBJECT);
                out.put(a, cases);
                continue;
            }
            if (voice != null && voice.svo && !a.modifier() && !a.cases().contains(CaseMarkers.NONE)
                    && a.lastToken() == trigger.firstToken() - 1 && a.firstToken() > 1
                    && determiners.contains(tokens.get(a.firstToken() - 1).key())) {
                // "killed in an Israeli air strike", "responded to the Iranian attack": the preposition
                // governs the act's noun; the name between its article and the noun is whose act it is
                out.put(a, Set.of(GENITIVE));
                continue;
            }
            if (voice == null || a.modifier() || !a.cases().contains(CaseMarkers.NONE)) {
                out.put(a, a.cases());
                continue;
            }
            if (!voice.svo && a.lastToken() == trigger.firstToken() - 1
                    && caseMarkers.casesOfNoun(tokens, trigger.lastToken()).stream().anyMatch(NOUN_CASES_OF_WHOSE_ACT::contains)) {
                // "इजरायली हवाई हमले में ... मारे गए", "रूसी हमले के तीन साल पूरे होने पर": a name joined
                // to the noun of an act in a case of its own is whose act it is; the verb at the end is another's
                out.put(a, Set.of(GENITIVE));
                continue;
            }
            Set<String> cases = new LinkedHashSet<>(a.cases());
            {
                boolean before = a.lastToken() < trigger.firstToken();
                boolean subject;
                if (voice.svo) {
                    // "Russia attacked Ukraine and seized Kherson": a name right after another
                    // trigger is that one's object, not the subject of a later trigger.
                    // "said no Pakistani site had been targeted": a name that opens the clause a
                    // speech act reports is that clause's subject, not the speech act's object.
                    // "summoned India's Acting High Commissioner Gaurav Ahluwalia and condemned": with
                    // "and" right before the later verb, it goes on with the same subject, and every
                    // name since the earlier verb is that verb's object.
                    // ("... and vehemently condemned": one word may stand between)
                    int t0 = trigger.firstToken();
                    boolean sharesSubject = t0 > 0 && caseMarkers.isCoordinator(tokens.get(t0 - 1))
                            || t0 > 1 && caseMarkers.isCoordinator(tokens.get(t0 - 2))
                            && args.stream().noneMatch(b -> b.lastToken() == t0 - 1);
                    // "condemned the American strike on Kyiv": a name between an article and an act's
                    // noun is whose act it is, its subject, though it stands after another act as that
                    // one's object ("declared X persona non grata" has no article: X is the object)
                    boolean ownersAct = a.lastToken() == t0 - 1 && a.firstToken() > 0
                            && determiners.contains(tokens.get(a.firstToken() - 1).key());
                    subject = before && (ownersAct || sentence.stream().noneMatch(o -> o != trigger && o.lastToken() < a.firstToken()
                            && (a.firstToken() - o.lastToken() <= OBJECT_REACH || sharesSubject && lastBefore(o, trigger, sentence))
                            && o.firstToken() < trigger.firstToken()
                            && !(o.speech() && o.reportsAfter() && a.firstToken() > o.clause())));
                } else if (!before) {
                    // a headline's inverted order ("अमेरिका जाएंगे मोदी"); but after an act told as
                    // where something happened ("ड्रोन हमले में पाकिस्तानी सेना के चार जवान घायल"),
                    // a name is the subject of what happened in it: whom it hit
                    subject = !agentMarked && !caseMarkers.casesOfNoun(tokens, trigger.lastToken()).contains(LOCATIVE)
                            && !peopleNouns.agentBefore(tokens, tokens.size(), args);
                } else {
                    // the first unmarked name, and the names joined to it ("X and Y arrived"),
                    // unless people of no name stand before it as the agent ("प्रदर्शनकारियों ने इसे
                    // 'रूसी कानून' करार दिया": what they call it)
                    // "पोलैंड ने रूस के तीन ड्रोन मार गिराए": nor after a name marked as the agent
                    subject = (subjectGroup == null || subjectGroup == a.group()) && !peopleNouns.agentBefore(tokens, a.firstToken(), args)
                            && args.stream().noneMatch(b -> b.cases().contains(AGENT) && !b.modifier() && b.lastToken() < a.firstToken());
                    subjectGroup = subject ? Integer.valueOf(a.group()) : subjectGroup;
                }
                cases.add(subject != passive ? SUBJECT : OBJECT);
            }
            out.put(a, cases);
        }
        return out;
    }

    /** Whether the name follows the act's noun with only "of" and an article between ("invasion of Ukraine"). */
    private boolean ofTheAct(Argument a, Trigger trigger, List<Token> tokens) {
        int of = trigger.lastToken() + 1;
        int first = a.firstToken();
        return a.cases().contains(GENITIVE) && first > of && first - of <= 2 && caseMarkers.marksBefore(tokens.get(of), GENITIVE)
                && (first - of == 1 || determiners.contains(tokens.get(of + 1).key()));
    }

    /** Whether {@code o} is the last of the sentence's triggers before {@code trigger}. */
    private static boolean lastBefore(Trigger o, Trigger trigger, List<Trigger> sentence) {
        return o.lastToken() < trigger.firstToken() && sentence.stream()
                .noneMatch(x -> x.firstToken() > o.lastToken() && x.lastToken() < trigger.firstToken());
    }

    /**
     * Whether the act's own verb is passive ("गोली मार दी गई", "was arrested"): its auxiliary right
     * after it, not one further on that a noun's act may share ("बैठक में लिए गए फैसले").
     */
    public boolean ownVerbPassive(Trigger trigger, List<Token> tokens) {
        Voice voice = byLanguage.get(tokens.get(trigger.firstToken()).language());
        // a noun in a case of its own is no verb's subject ("बैठक में लिए गए फैसले": the decision was taken)
        return voice != null && !caseMarkers.inCaseOfItsOwn(tokens, trigger.lastToken())
                && passive(voice, trigger, tokens, trigger.lastToken() + PASSIVE_REACH);
    }

    /** Whether the word is a participle by its form ("attacked", "made"), in a language that marks the passive with one. */
    public boolean participle(Token word) {
        Voice voice = byLanguage.get(word.language());
        return voice != null && voice.participle != null && voice.participle.matcher(word.key()).matches();
    }

    /** Whether the word is an auxiliary that makes a participle after it passive ("was", "were"). */
    public boolean passiveAuxiliary(Token word) {
        Voice voice = byLanguage.get(word.language());
        return voice != null && voice.passiveBefore.contains(word.key());
    }

    /**
     * Whether word {@code at} is a participle right before a preposition marking the agent ("the map
     * released by China", "the claims made by Canada"): the name after it is that participle's agent.
     */
    public boolean participleBeforeAgent(List<Token> tokens, int at) {
        if (at < 0 || at + 1 >= tokens.size()) {
            return false;
        }
        return participle(tokens.get(at)) && caseMarkers.marksBefore(tokens.get(at + 1), "AGENT");
    }

    /**
     * Whether a passive verb ("was killed") stands between words {@code from} and {@code to}
     * (exclusive), in a language that marks it with an auxiliary before a participle.
     */
    public boolean passiveBetween(List<Token> tokens, int from, int to) {
        Voice voice = byLanguage.get(tokens.get(Math.max(0, from)).language());
        if (voice == null || voice.participle == null) {
            return false;
        }
        for (int i = Math.max(0, from + 1); i + 1 < to && i + 1 < tokens.size(); i++) {
            if (auxiliaryAndParticiple(voice, tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code i} is a passive auxiliary and the next a participle ("was attacked"). */
    private static boolean auxiliaryAndParticiple(Voice voice, List<Token> tokens, int i) {
        return voice.passiveBefore.contains(tokens.get(i).key()) && voice.participle != null
                && voice.participle.matcher(tokens.get(i + 1).key()).matches();
    }

    private static boolean passive(Voice voice, Trigger trigger, List<Token> tokens, List<Trigger> sentence) {
        int t = trigger.lastToken();
        // where the verb ends the clause, a noun's act is passive by the verb at the end, however
        // far ("राहत सामग्री ... म्यांमार भेजी गई"), up to the next act of the sentence
        int reach = voice.svo ? t + PASSIVE_REACH : sentence.stream().filter(o -> o.firstToken() > t)
                .mapToInt(Trigger::firstToken).min().orElse(tokens.size()) - 1;
        return passive(voice, trigger, tokens, reach);
    }

    /** Whether a passive auxiliary stands after the act up to word {@code reach}, or a passive helper before it. */
    private static boolean passive(Voice voice, Trigger trigger, List<Token> tokens, int reach) {
        int t = trigger.lastToken();
        int b = trigger.firstToken() - 1;
        if (b >= 0 && auxiliaryAndParticiple(voice, tokens, b)) {
            return true;
        }
        // (a phrase of several words may begin with the trigger's own last word, its light verb:
        // "रिहा किया" + "जाएगा" is "किया जाएगा")
        for (int i = t; i <= Math.max(reach, t + PASSIVE_REACH) && i < tokens.size(); i++) {
            for (String stem : tokens.get(i).stems()) {
                for (List<String> phrase : voice.passiveAfter.getOrDefault(stem, List.of())) {
                    if ((i > t || phrase.size() > 1) && at(tokens, i, phrase)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean at(List<Token> tokens, int start, List<String> words) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(start + k).stems().contains(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first word of what a speech act reports: after its "that" (कि, કે), or in English right
     * after the verb ("said the talks failed"); -1 when the sentence does not set it apart.
     */
    public int reportedFrom(Trigger t, List<Token> tokens) {
        if (t.reportsAfter()) {
            return t.clause() + 1;
        }
        return !verbFinal(tokens.get(t.firstToken()).language()) && t.lastToken() + 1 < tokens.size() ? t.lastToken() + 1 : -1;
    }
}
