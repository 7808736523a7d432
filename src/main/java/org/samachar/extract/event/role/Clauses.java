package org.samachar.extract.event.role;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Clauses a sentence joins: "Last troops leave Kabul; India holds talks with the Taliban" (a
 * semicolon, headlines do it most) and "The African Union suspended Gabon, and France condemned the
 * coup" (a comma and a coordinator before a name acting on its own, which is the new clause's
 * subject), and a clause a subordinator opens ("क्योंकि", "જ્યારે": {@code subordinators.txt}).
 * An act takes its actors from its own clause.
 *
 * <p>An act told in a phrase that says when the main act happened ("after Russia's invasion of
 * Ukraine, ...", "યુક્રેન પર રશિયાના હુમલા બાદ ...", {@code act-phrase-cues.tsv}) with actors of its
 * own is a clause of its own, inside the main one: its actors are not the main act's ("the UK and
 * Canada imposed sanctions" are not attackers of Ukraine, nor Ukraine sanctioned), and the main
 * clause's subject stands in for the doer it does not name ("after meeting Modi, Biden said").
 * So is an act in the genitive of another with whose act it is named before it ("નેતન્યાહૂની
 * અમેરિકા મુલાકાતની પુષ્ટિ વ્હાઇટ હાઉસે કરી": who confirmed the visit did not make it).
 */
final class Clauses {

    private static final char CLAUSE_MARK = ';';
    private static final String LOCATIVE = "LOCATIVE";

    /** Punctuation that ends a phrase. */
    private static final String PHRASE_ENDS = ",;:।|\u2013\u2014\"“”";

    /** Words a verb-final phrase reaches back from its act for the act's actors. */
    static final int PHRASE_REACH = 8;

    /** Words other than names from a participle to the name it describes ("आये मंगोलिया के राष्ट्रपति खुरेलसुख"). */
    private static final int HEAD_REACH = 4;

    /**
     * A phrase inside a clause, as first and last word: bare when it names no actor of its act
     * (a phrase of time), with a head when it is a participle's, whose act that name does.
     */
    record Phrase(int first, int last, boolean bare, Optional<Argument> head) {

        boolean overlaps(int from, int to) {
            return first <= to && from <= last;
        }
    }

    /** The clause of each word; embedded phrases have numbers of their own. */
    private final int[] clause;
    private final Set<Integer> embedded;
    /** A participle phrase's number → the name it describes, who does its act. */
    private final Map<Integer, Argument> heads;
    /** The numbers of phrases of time that name no actor of their act. */
    private final Set<Integer> bare;

    private Clauses(int[] clause, Set<Integer> embedded, Map<Integer, Argument> heads, Set<Integer> bare) {
        this.clause = clause;
        this.embedded = embedded;
        this.heads = heads;
        this.bare = bare;
    }

    /**
     * The words that open or close a phrase of time around an act, and the participles that make
     * an act a description of the name after them (with the helper verbs that show a participle
     * is the clause's own verb instead), in every known language.
     */
    record PhraseCues(Set<String> after, Set<String> before, Set<String> participles, Set<String> helpers,
                      Set<String> subordinators, Set<String> counts, Set<String> spans, Set<String> whereWords,
                      Set<String> complementizers, Set<String> correlatives, Set<String> time, Set<String> relatives) {

        static PhraseCues load() {
            Map<String, Set<String>> cues = WordList.labelled("act-phrase-cues.tsv");
            return new PhraseCues(cues.getOrDefault("after", Set.of()), cues.getOrDefault("before", Set.of()),
                    cues.getOrDefault("participle", Set.of()), cues.getOrDefault("helper", Set.of()),
                    WordList.load("subordinators.txt"), cues.getOrDefault("count", Set.of()), cues.getOrDefault("span", Set.of()),
                    WordList.load("where-words.txt"), WordList.load("complementizers.txt"),
                    WordList.load("correlatives.txt"), cues.getOrDefault("time", Set.of()), WordList.load("relatives.txt"));
        }

        /**
         * The word after a span of time that starts at {@code k} ("तीन दिन", "બે અઠવાડિયા", "3 दिन"):
         * a count, or digits, then a unit; {@code k} itself when none starts there.
         */
        int pastSpan(List<Token> tokens, int k) {
            int at = k;
            if (at < tokens.size() && (counts.contains(tokens.get(at).key())
                    || tokens.get(at).surface().codePoints().allMatch(Character::isDigit))) {
                at++;
            }
            return at < tokens.size() && tokens.get(at).stems().stream().anyMatch(spans::contains) ? at + 1 : k;
        }
    }

    /**
     * The clauses of a sentence; {@code coordinators} are the words of {@code coordinators.txt}. A
     * headline ({@code headline}) names an act before a colon and tells news of it after ("Modi-Trump
     * meet: US to clear F-35 sales", "गाजा पर हमला: 50 की मौत, अमेरिका ने जताई चिंता"): the colon after
     * an act ends its clause. Before one with no act ("म्यांमार में सबसे खूनी दिन: ..."), what the
     * headline names is the setting of what follows, and stays in its clause.
     */
    static Clauses of(String text, List<Token> tokens, List<Argument> args, List<Trigger> triggers,
                      List<Trigger> backgroundActs, Set<String> coordinators, PhraseCues cues, CaseMarkers caseMarkers,
                      boolean headline) {
        int[] clause = new int[tokens.size()];
        int number = 0;
        int opened = 0;
        Words words = null; // worked out for the first "and" only: most sentences have none
        boolean subordinated = !tokens.isEmpty() && cues.subordinators().contains(tokens.get(0).key());
        for (int i = 1; i < tokens.size(); i++) {
            String gap = gap(text, tokens, i);
            boolean starts = false;
            boolean subordinator = cues.subordinators().contains(tokens.get(i).key());
            // "जब ... पहुंचे तो ...", "જ્યારે ... ત્યારે ...": the correlative ends what "when" opened
            boolean correlative = subordinated && cues.correlatives().contains(tokens.get(i).key());
            subordinated = (subordinated || subordinator) && !correlative;
            if (subordinator && gap.indexOf(',') < 0 && !cues.complementizers().contains(tokens.get(i - 1).key())) {
                // "મ્યાનમારના સૈન્ય વડાએ જોકે આરોપો ફગાવ્યા", "मोदी जब अमेरिका पहुंचे": before any act, the
                // word stands inside its subject's clause, which it does not cut from its verb (what
                // "that" opens, "સવાલ કર્યો કે જ્યારે ...", is a clause of its own all the same)
                words = words != null ? words : new Words(tokens.size(), args, triggers);
                subordinator = words.actEndedBetween(opened, i);
            }
            // "Modi-Albanese meet: Australia to send uranium": a headline's colon after an act ends it
            boolean headlineColon = false;
            if (headline && gap.indexOf(':') >= 0) {
                words = words != null ? words : new Words(tokens.size(), args, triggers);
                headlineColon = words.actEndedBetween(opened, i);
            }
            if (gap.indexOf(CLAUSE_MARK) >= 0 || subordinator || correlative || headlineColon
                    || gap.indexOf(',') >= 0 && cues.whereWords().contains(tokens.get(i).key())) {
                // "... पहुंचे, जहां राष्ट्रपति ने उनका स्वागत किया": who welcomed is no visitor
                starts = true;
            } else if (i + 1 < tokens.size() && coordinators.contains(tokens.get(i).key())) {
                words = words != null ? words : new Words(tokens.size(), args, triggers);
                // "મેક્રોં અને શોલ્ઝે": a name right before "and" is listed with the one after it
                boolean actBefore = !words.nameEndsAt[i - 1] && words.actEndedBetween(opened, i);
                starts = gap.indexOf(',') >= 0 ? subjectAfter(text, tokens, words, i, true)
                        : actBefore && subjectAfter(text, tokens, words, i, false);
            }
            number += starts ? 1 : 0;
            opened = starts ? i : opened;
            clause[i] = number;
        }
        Set<Integer> embedded = new HashSet<>();
        Set<Integer> bare = new HashSet<>();
        Map<Integer, Argument> heads = new java.util.HashMap<>();
        List<Phrase> phrases = PhrasesOfTime.of(text, tokens, args, triggers, backgroundActs, cues, caseMarkers);
        phrases.addAll(participlePhrases(text, tokens, args, triggers, cues, coordinators, phrases));
        phrases.addAll(relativePhrases(text, tokens, args, cues, phrases));
        for (Phrase phrase : phrases) {
            int own = ++number;
            embedded.add(own);
            phrase.head().ifPresent(h -> heads.put(own, h));
            if (phrase.bare()) {
                bare.add(own);
            }
            for (int k = phrase.first(); k <= phrase.last(); k++) {
                clause[k] = own;
            }
        }
        return new Clauses(clause, embedded, heads, bare);
    }

    /** How many words after "and" the new clause's subject may stand ("and 25 days later Israel struck"). */
    private static final int SUBJECT_REACH = 6;

    /**
     * Whether a name acting on its own opens a clause after the coordinator at {@code and}: after a
     * comma, the first name within {@link #SUBJECT_REACH} words, unmarked or the agent ("..., and
     * 25 days later Israel struck"); with no comma, after an act of the clause before, only a
     * name marked as the agent ("ઈરાને મિસાઈલો છોડી હતી અને તેના 25 દિવસ પછી ઇઝરાયલે હુમલા
     * કર્યા"), since "X और Y ने" lists names. An act's word or punctuation before it ends the search.
     */
    private static boolean subjectAfter(String text, List<Token> tokens, Words words, int and, boolean comma) {
        for (int k = and + 1; k < tokens.size() && k <= and + SUBJECT_REACH; k++) {
            if (k > and + 1 && endsPhrase(text, tokens, k) || words.actWord[k]) {
                return false;
            }
            Argument a = words.nameStartingAt[k];
            if (a != null) {
                return !a.modifier() && (a.cases().contains("AGENT") || comma && a.cases().contains(CaseMarkers.NONE));
            }
        }
        return false;
    }

    /** Where names start and end and acts stand in a sentence, looked up word by word. */
    private static final class Words {
        final Argument[] nameStartingAt;
        final boolean[] nameEndsAt;
        final boolean[] actWord;
        private final List<Trigger> acts;

        Words(int size, List<Argument> args, List<Trigger> triggers) {
            nameStartingAt = new Argument[size];
            nameEndsAt = new boolean[size];
            actWord = new boolean[size];
            acts = triggers;
            for (Argument a : args) {
                if (nameStartingAt[a.firstToken()] == null) {
                    nameStartingAt[a.firstToken()] = a;
                }
                nameEndsAt[a.lastToken()] = true;
            }
            for (Trigger t : triggers) {
                for (int k = t.firstToken(); k <= t.lastToken() && k < size; k++) {
                    actWord[k] = true;
                }
            }
        }

        /** Whether an act starts at or after {@code from} and ends before {@code to}. */
        boolean actEndedBetween(int from, int to) {
            for (Trigger t : acts) {
                if (t.firstToken() >= from && t.lastToken() < to) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * "भारत यात्रा पर आये मंगोलिया के राष्ट्रपति उखना से मुलाकात की", "સિંગાપોરની મુલાકાતે ગયેલા
     * અમેરિકી વિદેશ મંત્રી બ્લિંકને કહ્યું": an act ending in a participle right before a name (no
     * punctuation or helper verb between) describes that name, who does it; the phrase runs from
     * the act's actors to the participle, and the name after it is the phrase's head.
     */
    private static List<Phrase> participlePhrases(String text, List<Token> tokens, List<Argument> args,
                                                  List<Trigger> triggers, PhraseCues cues, Set<String> coordinators,
                                                  List<Phrase> taken) {
        List<Phrase> out = new ArrayList<>();
        boolean[] actWord = actWords(tokens, triggers);
        for (Trigger t : triggers) {
            int participle = -1;
            for (int k = t.lastToken(); k <= t.lastToken() + 2 && k < tokens.size(); k++) {
                if (k > t.lastToken() && (endsPhrase(text, tokens, k) || actWord[k])) {
                    break;
                }
                if (cues.participles.contains(tokens.get(k).key())) {
                    participle = k;
                    break;
                }
            }
            int next = participle + 1;
            if (participle < 1 || next >= tokens.size() || endsPhrase(text, tokens, next)
                    || cues.helpers.contains(tokens.get(next).key()) || cues.helpers.contains(tokens.get(participle - 1).key())) {
                continue;
            }
            int end = participle;
            Optional<Argument> head = args.stream()
                    .filter(a -> !a.modifier() && a.firstToken() > end && wordsBetween(args, end, a.firstToken()) < HEAD_REACH
                            && a.entity().type() != EntityType.CITY && !a.cases().contains(LOCATIVE)
                            && !punctuatedOrJoinedBetween(text, tokens, actWord, coordinators, end, a.firstToken()))
                    .min(java.util.Comparator.comparingInt(Argument::firstToken));
            if (head.isEmpty()) {
                continue;
            }
            int first = t.firstToken();
            for (int k = t.firstToken() - 1; k >= 0 && k >= t.firstToken() - PHRASE_REACH; k--) {
                if (endsPhrase(text, tokens, k + 1) || subjectAt(args, k, t.firstToken())) {
                    break;
                }
                first = k;
            }
            int from = first;
            if (taken.stream().noneMatch(p -> p.overlaps(from, end)) && out.stream().noneMatch(p -> p.overlaps(from, end))) {
                out.add(new Phrase(from, end, false, head));
            }
        }
        return out;
    }

    /**
     * "Jaishankar, who represented Prime Minister Modi at the summit, said ...", "Putin, who was
     * meeting Modi in Moscow, said ...": a relative clause set off by commas right after a name
     * ({@code relatives.txt}) is a phrase whose acts that name does; the names inside it are none
     * of the acts of the clause around it, whose verb comes after the closing comma.
     */
    private static List<Phrase> relativePhrases(String text, List<Token> tokens, List<Argument> args, PhraseCues cues,
                                                List<Phrase> taken) {
        List<Phrase> out = new ArrayList<>();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            if (!cues.relatives().contains(tokens.get(k).key()) || gap(text, tokens, k).indexOf(',') < 0) {
                continue;
            }
            int before = k - 1;
            Optional<Argument> head = args.stream().filter(a -> a.lastToken() == before && !a.modifier()).findFirst();
            int close = k + 1;
            while (close < tokens.size() && !endsPhrase(text, tokens, close)) {
                close++;
            }
            if (head.isEmpty() || close >= tokens.size() || gap(text, tokens, close).indexOf(',') < 0) {
                continue;
            }
            int from = k;
            int to = close - 1;
            if (taken.stream().noneMatch(p -> p.overlaps(from, to)) && out.stream().noneMatch(p -> p.overlaps(from, to))) {
                out.add(new Phrase(from, to, false, head));
            }
        }
        return out;
    }

    /** The words strictly between two words that are in no name. */
    private static int wordsBetween(List<Argument> args, int from, int to) {
        int n = 0;
        for (int k = from + 1; k < to; k++) {
            int word = k;
            n += args.stream().anyMatch(a -> a.firstToken() <= word && word <= a.lastToken()) ? 0 : 1;
        }
        return n;
    }

    private static boolean punctuatedOrJoinedBetween(String text, List<Token> tokens, boolean[] actWord,
                                                     Set<String> coordinators, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (endsPhrase(text, tokens, k) || k < to && (actWord[k] || coordinators.contains(tokens.get(k).key()))) {
                return true;
            }
        }
        return false;
    }

    static boolean[] actWords(List<Token> tokens, List<Trigger> triggers) {
        boolean[] actWord = new boolean[tokens.size()];
        triggers.forEach(t -> {
            for (int k = t.firstToken(); k <= t.lastToken(); k++) {
                actWord[k] = true;
            }
        });
        return actWord;
    }

    /** Whether word {@code k} is in a name acting on its own, which a phrase before an act at {@code act} stops at. */
    static boolean subjectAt(List<Argument> args, int k, int act) {
        for (Argument a : args) {
            if (a.firstToken() <= k && k <= a.lastToken()) {
                return a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE) && a.lastToken() < act - 1;
            }
        }
        return false;
    }

    private static String gap(String text, List<Token> tokens, int k) {
        return text.substring(tokens.get(k - 1).end(), tokens.get(k).begin());
    }

    /** Whether punctuation stands between word {@code k - 1} and word {@code k}. */
    static boolean endsPhrase(String text, List<Token> tokens, int k) {
        if (k <= 0 || k >= tokens.size()) {
            return false;
        }
        for (int i = tokens.get(k - 1).end(); i < tokens.get(k).begin(); i++) {
            if (PHRASE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The triggers grouped by the clause they are in, a phrase of time with the clause around it
     * (whose speakers claim what it tells too).
     */
    List<List<Trigger>> byClause(List<Trigger> triggers) {
        Map<Integer, List<Trigger>> parts = new LinkedHashMap<>();
        triggers.forEach(t -> parts.computeIfAbsent(host(t.firstToken()), k -> new ArrayList<>()).add(t));
        return List.copyOf(parts.values());
    }

    /** The arguments in the clause of word {@code at} and the phrases of time inside it. */
    List<Argument> own(List<Argument> args, int at) {
        int c = host(at);
        return args.stream().filter(a -> a.firstToken() >= 0 && host(a.firstToken()) == c && host(a.lastToken()) == c).toList();
    }

    /** Whether two words are in the same clause, or the same phrase of time. */
    boolean sameClause(int a, int b) {
        return clause[a] == clause[b];
    }

    /** The clause of word {@code at}, or for a phrase of time the clause around it. */
    private int host(int at) {
        if (!embedded.contains(clause[at])) {
            return clause[at];
        }
        int first = first(at);
        int last = last(at);
        return last + 1 < clause.length ? clause[last + 1] : first > 0 ? clause[first - 1] : clause[at];
    }

    /** The first word of the clause or phrase of word {@code at}. */
    private int first(int at) {
        int first = at;
        while (first > 0 && clause[first - 1] == clause[at]) {
            first--;
        }
        return first;
    }

    /** The last word of the clause or phrase of word {@code at}. */
    private int last(int at) {
        int last = at;
        while (last + 1 < clause.length && clause[last + 1] == clause[at]) {
            last++;
        }
        return last;
    }

    /**
     * For an act in a phrase of time, the subject of the clause around the phrase, which is whom
     * the phrase is about when it names no doer: the nearest name outside the phrase acting on its
     * own (marked as the agent, or unmarked), on the same side of {@code split} (the word that
     * opens reported speech, or -1) as the phrase: "X said that after talks with Y, both sides ...".
     */
    Optional<Argument> subjectAround(List<Argument> args, int at, int split) {
        if (!embedded.contains(clause[at])) {
            return Optional.empty();
        }
        if (heads.containsKey(clause[at])) {
            return Optional.of(heads.get(clause[at]));
        }
        int from = first(at);
        int to = last(at);
        boolean reported = split >= 0 && at > split;
        return args.stream()
                .filter(a -> !a.modifier() && a.firstToken() >= 0 && !embedded.contains(clause[a.firstToken()])
                        && (split < 0 || (a.firstToken() > split) == reported)
                        && (a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE)))
                .min(java.util.Comparator.comparingInt(a -> a.lastToken() < from ? from - a.lastToken() : a.firstToken() - to));
    }

    /**
     * What each act of a clause may take its actors from, the acts of its phrases of time kept
     * apart; {@code answered} are the types whose act in such a phrase is never done by the
     * subject of the clause around it ({@code answered-acts.txt}).
     */
    Scope scope(List<Argument> all, java.util.function.Predicate<String> ofParticipants,
                java.util.function.Predicate<String> answered) {
        return new Scope(all, ofParticipants, answered);
    }

    /** The names and acts an act is told with, in a sentence whose phrases of time are clauses of their own. */
    final class Scope {
        private final List<Argument> all;
        private final java.util.function.Predicate<String> ofParticipants;
        private final java.util.function.Predicate<String> answered;

        private Scope(List<Argument> all, java.util.function.Predicate<String> ofParticipants,
                      java.util.function.Predicate<String> answered) {
            this.all = all;
            this.ofParticipants = ofParticipants;
            this.answered = answered;
        }

        /**
         * The names an act may take from {@code side}: those of its own phrase of time when it is
         * told in one, with the subject of the clause around it where the phrase names no doer
         * ("मोदी से मुलाकात के बाद बाइडन ने कहा", "after talks with Rubio, Mulino said") or the act
         * is one of participants (the talks after which "both countries" agreed were theirs),
         * but never for an act the clause answers ("हमले के बाद भारत ने ...": India was hit);
         * the others, the names outside every such phrase.
         */
        List<Argument> args(Trigger t, List<Argument> side) {
            int at = t.firstToken();
            if (bare.contains(clause[at])) {
                // of the clause around, only its subjects: "बैठक के बाद X ने Y को मदद भेजी" tells
                // nothing of Y meeting anyone
                return ofParticipants.test(t.type())
                        ? side.stream().filter(a -> a.firstToken() < 0 || host(a.firstToken()) == host(at)
                        && (a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE))).toList()
                        : List.of();
            }
            List<Argument> own = side.stream().filter(a -> a.firstToken() < 0 || sameClause(a.firstToken(), at)).toList();
            if (own.isEmpty() && !embedded(at) && ofParticipants.test(t.type())) {
                // "ફ્રાન્સ સરકાર સાથે વાટાઘાટો પછી અંતિમ કરાર થશે": an agreement naming no parties is
                // made by those of the talks it comes after
                return side.stream().filter(a -> a.firstToken() >= 0 && embedded(a.firstToken())
                        && host(a.firstToken()) == host(at)).toList();
            }
            if (!embedded(at) || !(ofParticipants.test(t.type()) || heads.containsKey(clause[at])
                    || own.stream().noneMatch(a -> a.lastToken() < at && namesDoer(a)))) {
                return own;
            }
            Optional<Argument> subject = answered.test(t.type()) ? Optional.empty() : subjectAround(all, at, t.clause());
            if (subject.isEmpty()) {
                return own;
            }
            List<Argument> withSubject = new ArrayList<>(own);
            withSubject.add(0, asSubjectBefore(subject.get()));
            return withSubject;
        }

        /** Whether {@code t} is told in a phrase of time that names none of its actors ("after the attack"). */
        boolean inBarePhrase(Trigger t) {
            return bare.contains(clause[t.firstToken()]);
        }

        /** Whether {@code t} is told in a phrase of time. */
        boolean inPhrase(Trigger t) {
            return embedded(t.firstToken());
        }

        /** The acts of {@code t}'s own clause or phrase, which are what its words are placed among. */
        List<Trigger> triggers(Trigger t, List<Trigger> triggers) {
            return triggers.stream().filter(o -> sameClause(o.firstToken(), t.firstToken())).toList();
        }
    }

    /** Whether a name before an act can be who does it: its subject, or whose act it is. */
    private static boolean namesDoer(Argument a) {
        return a.cases().contains("AGENT") || a.cases().contains("GENITIVE") || a.cases().contains(CaseMarkers.NONE);
    }

    /** The group of a subject taken from outside the clause, apart from every group of the clause. */
    private static final int OUTSIDE_GROUP = -1;

    /** A subject from outside the clause (another sentence, the clause around a phrase), as if named before its words. */
    static Argument asSubjectBefore(Argument a) {
        return new Argument(a.entity(), Set.of("AGENT", CaseMarkers.NONE), -1, -1, false, OUTSIDE_GROUP, a.kind());
    }

    /** Whether word {@code at} is in a phrase of time around an act. */
    boolean embedded(int at) {
        return embedded.contains(clause[at]);
    }
}
