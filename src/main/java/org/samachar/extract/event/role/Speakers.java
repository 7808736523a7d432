package org.samachar.extract.event.role;

import org.samachar.extract.event.PeopleNouns;
import org.samachar.extract.CaseMarkers;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who speaks a speech act when the sentence says so in other ways than a subject before the verb:
 * the owner of an act told as a noun ("यूक्रेन की मांग"), the subject of an act reported inside
 * another speaker's words ("लावरोव ने कहा कि चीन ने आरोप लगाया"), and whether a subject the
 * gazetteer does not know stands before an act, so that it borrows no earlier subject.
 */
final class Speakers {

    private static final String TARGET = "target";

    private final Gazetteer gazetteer;
    private final CaseMarkers caseMarkers;
    private final PeopleNouns peopleNouns;
    /** Words that stand as a subject without naming someone new: pronouns, titles, nouns of groups and governments. */
    private final Set<String> ordinarySubjects = ordinarySubjects();

    Speakers(Gazetteer gazetteer, CaseMarkers caseMarkers, PeopleNouns peopleNouns) {
        this.gazetteer = gazetteer;
        this.caseMarkers = caseMarkers;
        this.peopleNouns = peopleNouns;
    }

    /**
     * Whether a speech act of the reported clause has a subject of its own there, before it, acting
     * on its own, who is not of the speaker's side ("मोदी ने कहा कि भारत ... माकूल जवाब देगा" stays
     * Modi's warning).
     */
    boolean subjectOfItsOwn(Trigger t, List<Argument> reportedSide, Set<Entity> speakersSide) {
        // marked as the agent, or unmarked right before the verb ("China had accused")
        return reportedSide.stream().anyMatch(a -> a.lastToken() < t.firstToken() && !a.modifier()
                && (a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE) && t.firstToken() - a.lastToken() <= 2)
                && !speakersSide.contains(a.entity()));
    }

    /** The speakers of the main clause, their countries and the countries of their bodies. */
    Set<Entity> speakersSide(Map<Trigger, List<Event.Role>> speechRoles, int split) {
        Set<Entity> out = new HashSet<>();
        for (Entity e : ofTheReport(speechRoles, split, List.of())) {
            out.add(e);
            gazetteer.nationalityOf(e).ifPresent(out::add);
            gazetteer.locationOf(e).ifPresent(out::add);
        }
        return out;
    }

    /** Who spoke the report a speech act of its reported clause is told in: its claimants, if not its own speakers. */
    static Set<Entity> ofTheReport(Map<Trigger, List<Event.Role>> speechRoles, int split, List<Event.Role> own) {
        Set<Entity> out = new LinkedHashSet<>();
        speechRoles.forEach((t, roles) -> {
            if (t.firstToken() <= split) {
                roles.stream().filter(r -> r.role().equals("speaker")).forEach(r -> out.add(r.entity()));
            }
        });
        own.forEach(r -> out.remove(r.entity()));
        return out;
    }

    /**
     * Whether the act's clause has a subject the gazetteer does not know ("दलाई लामा ने कहा",
     * "Nayara Energy said"): a word in the agent's case, or in English a capitalised word right
     * before the act (not the sentence's first), that is no name found, no pronoun, no title, no
     * postposition and no noun of a group or of people. Such a sentence is about its own subject,
     * not the last sentence's.
     */
    boolean strangerBefore(List<Token> tokens, Trigger t, List<Argument> args, List<Trigger> sentence) {
        int from = sentence.stream().filter(o -> o.lastToken() < t.firstToken()).mapToInt(Trigger::lastToken).max().orElse(-1) + 1;
        return strangerBetween(tokens, from, t, args);
    }

    /** Whether such a subject the gazetteer does not know stands from word {@code from} to the act. */
    boolean strangerBetween(List<Token> tokens, int from, Trigger t, List<Argument> args) {
        boolean latin = "Latn".equals(tokens.get(t.firstToken()).script());
        for (int k = latin ? Math.max(from, t.firstToken() - 1) : from; k < t.firstToken(); k++) {
            int at = k;
            Token w = tokens.get(k);
            if (args.stream().anyMatch(a -> a.firstToken() <= at && at <= a.lastToken()) || ordinarySubjects.contains(w.key())
                    || w.stems().stream().anyMatch(ordinarySubjects::contains) || peopleNouns.is(w) || caseMarkers.isPostposition(w)) {
                continue;
            }
            // in English not the sentence's first word, capitalised whatever it is ("It detained")
            boolean subject = latin ? k > 0 && Character.isUpperCase(w.surface().codePointAt(0))
                    : caseMarkers.casesOfNoun(tokens, k).contains("AGENT");
            if (subject) {
                return true;
            }
        }
        return false;
    }

    /**
     * "रूस ने यूक्रेन की मांग को खारिज कर दिया", "rejected Ukraine's demand": a speech act told as a
     * noun whose owner stands right before it in the genitive is the owner's, aimed at the clause's
     * subject who answers it, unless that subject is of the owner's side ("मोदी ने भारत की मांग
     * दोहराई"). A statement, a denial and a rejection are left as they are.
     */
    Optional<List<Event.Role>> ownedAct(Trigger t, List<Argument> args, List<Token> tokens, List<Event.Role> roles) {
        String type = Trigger.typeOf(t.label());
        // a denial or rejection names what it answers in the genitive ("ટ્રમ્પના દાવાને નકાર્યો"): not its own
        if (type.equals("Statement") || type.equals("Denial") || type.equals("Reject")) {
            return Optional.empty();
        }
        int before = t.firstToken() - 1;
        int ownerEnd = before >= 0 && caseMarkers.isPostposition(tokens.get(before)) ? before - 1 : before;
        Optional<Argument> owner = args.stream().filter(a -> a.lastToken() == ownerEnd && !a.modifier()
                && a.cases().contains(CaseMarkers.GENITIVE)).findFirst();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Entity who = owner.get().entity();
        List<Event.Role> subjects = roles.stream().filter(r -> r.role().equals("speaker") && !r.entity().equals(who)).toList();
        boolean sameSide = subjects.stream().anyMatch(r -> gazetteer.nationalityOf(r.entity()).filter(who::equals).isPresent()
                || gazetteer.locationOf(r.entity()).filter(who::equals).isPresent());
        if (subjects.isEmpty() || sameSide) {
            return Optional.empty();
        }
        List<Event.Role> out = new ArrayList<>();
        out.add(new Event.Role("speaker", who, Optional.empty()));
        subjects.forEach(r -> out.add(new Event.Role(TARGET, r.entity(), r.namedAs())));
        return Optional.of(out);
    }

    private static Set<String> ordinarySubjects() {
        Set<String> words = new HashSet<>(WordList.load("group-nouns.txt", "government-nouns.txt", "not-names.txt"));
        WordList.labelled("anaphors.tsv").values().forEach(words::addAll);
        WordList.labelled("role-cues.tsv").values().forEach(v -> v.forEach(c -> words.addAll(List.of(c.split(" ")))));
        return Set.copyOf(words);
    }
}
