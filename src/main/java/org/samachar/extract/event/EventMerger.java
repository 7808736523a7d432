package org.samachar.extract.event;

import org.samachar.extract.Gazetteer;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.TimeExpression;
import org.samachar.pipeline.model.Entity;
import org.samachar.text.LanguageData;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Within one article, the same event told again ("the visit", "this meeting") is one event: a later
 * event of the same type and claimants, as real as the earlier one (asserted, or not yet: planned,
 * expected, possible), that shares an actor with it, has no other doer ("Pakistan banned Indian
 * ships" is not "India banned imports"; the UK's sanctions are not the EU's) and does
 * not contradict its time is folded into it. The first mention stays the evidence; actors, place
 * and time missing from it are filled in from the later ones. Within one sentence, a speaker's plain
 * statement beside a more specific speech act of theirs is that act.
 */
public final class EventMerger implements Annotator {

    private final RoleTemplates templates = new RoleTemplates();
    private final Function<Entity, Entity> sideOf;
    private final Function<Entity, Entity> countryOf;

    /**
     * The gazetteer tells whose side a person is on (their country), to tell two meetings apart,
     * and whose an organisation is, so that a headline's "Iran arrested" is the body's "the
     * Revolutionary Guards arrested".
     */
    public EventMerger(Gazetteer gazetteer) {
        this.sideOf = e -> e.type() == EntityType.PERSON ? gazetteer.nationalityOf(e).orElse(e) : e;
        this.countryOf = e -> e.type() == EntityType.ORGANIZATION ? gazetteer.locationOf(e).orElse(e) : sideOf.apply(e);
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Event.class, TimeExpression.class, DenialLinker.Denials.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Merged.class);
    }

    /** Marks the layer: the article's events, each told once. */
    public static final class Merged {
        private Merged() {
        }
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        return article.withEvents(merge(article.events(), article.headlineSentences(), templates::isSpeechAct, templates::isSpecificSpeechAct,
                sideOf, countryOf));
    }

    static List<Event> merge(List<Event> events, Set<Integer> headlineSentences, Predicate<String> isSpeechAct,
            Predicate<String> isSpecificSpeechAct, Function<Entity, Entity> sideOf, Function<Entity, Entity> countryOf) {
        List<Event> kept = new ArrayList<>();
        Map<Integer, Integer> renumber = new HashMap<>();
        // Headline events last, so that the body's fuller telling of the same event keeps it.
        List<Event> ordered = new ArrayList<>(events);
        Predicate<String> anySpeechAct = isSpeechAct.or(isSpecificSpeechAct);
        ordered.removeIf(e -> toldByAnotherSpeechAct(e, events, isSpecificSpeechAct) || addedToASpeechAct(e, events, anySpeechAct, countryOf));
        ordered.sort(java.util.Comparator.comparing((Event e) -> headlineSentences.contains(e.sentence())));
        for (Event e : ordered) {
            boolean headline = headlineSentences.contains(e.sentence());
            int target = -1;
            for (int k = 0; k < kept.size(); k++) {
                if (headline ? retold(kept.get(k), e, sideOf, countryOf) : sameEvent(kept.get(k), e, isSpeechAct.test(e.type()), sideOf)) {
                    target = k;
                    break;
                }
            }
            if (target < 0 && headline && isSpeechAct.test(e.type()) && toldInBody(e, kept, headlineSentences)) {
                continue;
            }
            if (target < 0) {
                renumber.put(e.index(), kept.size());
                kept.add(renumbered(e, kept.size()));
            } else {
                renumber.put(e.index(), target);
                // a headline's actors are often its own shorthand, but its time and place still tell
                kept.set(target, headline ? whenAndWhere(kept.get(target), e) : fold(kept.get(target), e));
            }
        }
        // Back in the order of the text, numbered from 0.
        List<Event> inTextOrder = new ArrayList<>(kept);
        inTextOrder.sort(java.util.Comparator.comparingInt(Event::sentence));
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < inTextOrder.size(); i++) {
            position.put(inTextOrder.get(i).index(), i);
        }
        List<Event> out = new ArrayList<>(kept.size());
        for (Event e : inTextOrder) {
            Integer denied = e.denies().isEmpty() ? null : position.get(renumber.get(e.denies().getAsInt()));
            OptionalInt denies = denied == null ? OptionalInt.empty() : OptionalInt.of(denied);
            out.add(renumbered(e, position.get(e.index())).withDenies(denies));
        }
        return out;
    }

    /**
     * What a speaker "says" in a sentence where they also condemn, warn, demand... is that act told
     * with its reasons (events/specific-speech-acts.txt); said twice in one sentence, it is said once.
     */
    private static boolean toldByAnotherSpeechAct(Event e, List<Event> events, Predicate<String> isSpecificSpeechAct) {
        if (!e.type().equals(PLAIN_STATEMENT)) {
            return false;
        }
        Set<Entity> speakers = speakers(e);
        return events.stream().anyMatch(o -> o != e && o.sentence() == e.sentence() && !reports(e, o)
                && (isSpecificSpeechAct.test(o.type()) || o.type().equals(PLAIN_STATEMENT) && o.index() < e.index())
                && speakers(o).stream().anyMatch(speakers::contains));
    }

    private static final String PLAIN_STATEMENT = "Statement";

    /** The label of the words that go on with what a speaker said ("added", "आगे कहा", "ઉમેર્યું"). */
    private static final String ADDED = PLAIN_STATEMENT + ":added";

    /** How many sentences back the speech act may stand that "he added" goes on with. */
    private static final int ADDED_REACH = 2;

    /**
     * "He added that ...", "उन्होंने आगे कहा कि ...", "મંત્રાલયે ઉમેર્યું": the words go on with what
     * the same speaker said just before, in one speech act of any kind; they are not another
     * statement (what they report is an event of its own, claimed by the speaker all the same).
     * The speaker may be named once by the ministry and then by its country ("મંત્રાલયે ઉમેર્યું"):
     * {@code sideOf} gives whose side each is on.
     */
    private static boolean addedToASpeechAct(Event e, List<Event> events, Predicate<String> isSpeechAct,
                                             Function<Entity, Entity> sideOf) {
        if (!e.trigger().label().equals(ADDED)) {
            return false;
        }
        Set<Entity> sides = new java.util.HashSet<>();
        speakers(e).forEach(s -> sides.add(sideOf.apply(s)));
        return events.stream().anyMatch(o -> o != e && o.sentence() < e.sentence() && e.sentence() - o.sentence() <= ADDED_REACH
                && isSpeechAct.test(o.type()) && speakers(o).stream().map(sideOf).anyMatch(sides::contains));
    }

    /** "KCNA said that the test warned the US": the warning is what the statement reports, not the statement retold. */
    private static boolean reports(Event statement, Event other) {
        int clause = statement.trigger().clause();
        return clause >= 0 && statement.trigger().firstToken() <= clause && other.trigger().firstToken() > clause;
    }

    /** Said again by the same speakers: one statement; said by others as well: another one. */
    private static boolean sameEvent(Event a, Event b, boolean speechAct, Function<Entity, Entity> sideOf) {
        return isAsserted(a) == isAsserted(b) && sameClaimants(a, b) && !doerSuffersInOther(a, b) && !doerSuffersInOther(b, a)
                && a.type().equals(b.type()) && sharesActorAndTime(a, b, sideOf, Function.identity())
                && (!speechAct || speakers(a).equals(speakers(b)));
    }

    private static boolean sameClaimants(Event a, Event b) {
        return a.claimedBy().containsAll(b.claimedBy()) && b.claimedBy().containsAll(a.claimedBy());
    }

    private static Set<Entity> speakers(Event e) {
        Set<Entity> out = new java.util.HashSet<>();
        e.roles().stream().filter(r -> r.role().equals("speaker")).forEach(r -> out.add(r.entity()));
        return out;
    }

    /**
     * A headline tells in short what the body tells in full, usually without saying who claims it
     * or how sure it is: an event of the headline is the body's event of its type that shares an actor.
     */
    private static boolean toldInBody(Event headline, List<Event> kept, Set<Integer> headlineSentences) {
        return kept.stream().anyMatch(b -> b.type().equals(headline.type()) && !headlineSentences.contains(b.sentence()));
    }

    /**
     * A headline names a doer by its country as often as by the body's ministry, force or leader,
     * and names talks with a word of its own ("मोदी-जिनपिंग वार्ता" for the body's meeting): a
     * headline's event of a kind told alike ({@code events/told-alike.txt}) is the body's. So is one
     * of its type at the body's place that shares no actor but contradicts none ("बेरूत में इजरायली
     * हवाई हमला", the body's strike in Beirut whose attacker only claims it).
     */
    private static boolean retold(Event body, Event headline, Function<Entity, Entity> sideOf, Function<Entity, Entity> countryOf) {
        return (body.type().equals(headline.type()) || toldAlike(body.type(), headline.type()))
                && (sharesActorAndTime(body, headline, sideOf, countryOf)
                || body.type().equals(headline.type()) && body.place().isPresent() && body.place().equals(headline.place())
                && body.sentence() != headline.sentence() && timesAgree(body, headline)
                && DOERS.stream().noneMatch(d -> otherDoers(body, headline, d, countryOf))
                && !otherReceivers(body, headline, sideOf));
    }

    /** Kinds of event a headline may name one another by, one group per line. */
    private static final List<Set<String>> TOLD_ALIKE = LanguageData.shared("events/told-alike.txt").stream()
            .map(line -> Set.of(line.split("\\s+"))).toList();

    private static boolean toldAlike(String a, String b) {
        return TOLD_ALIKE.stream().anyMatch(group -> group.contains(a) && group.contains(b));
    }

    /**
     * Whether two events of one kind (the callers see to that) share an actor and their times agree;
     * {@code doerSide}: what two doers must share to be one (themselves, or their country).
     */
    private static boolean sharesActorAndTime(Event a, Event b, Function<Entity, Entity> sideOf, Function<Entity, Entity> doerSide) {
        // two events of a type in one sentence are two acts ("closed the airspace and suspended trade")
        if (a.sentence() == b.sentence()) {
            return false;
        }
        boolean participants = onlyParticipants(a) && onlyParticipants(b);
        Set<Entity> sidesA = participants ? sides(a, sideOf) : Set.of();
        Set<Entity> sidesB = participants ? sides(b, sideOf) : Set.of();
        if (participants && (otherPeopleOnBothSides(a, b) || otherSidesOnBothSides(sidesA, sidesB))) {
            return false;
        }
        // "India and Nepal signed eight agreements", then "Modi and Deuba signed them": the same two
        // sides, once as countries and once as their leaders, are a shared actor
        boolean shared = b.roles().stream().anyMatch(r -> a.roles().stream().anyMatch(x -> x.entity().equals(r.entity())))
                || participants && sidesA.size() >= 2 && sidesA.equals(sidesB);
        for (String doer : DOERS) {
            if (otherDoers(a, b, doer, doerSide)) {
                return false;
            }
        }
        if (otherReceivers(a, b, sideOf) || otherCities(a, b)) {
            return false;
        }
        return shared && timesAgree(a, b);
    }

    /** Whether two events' times overlap, or one has none. */
    private static boolean timesAgree(Event a, Event b) {
        return a.time().isEmpty() || b.time().isEmpty()
                || (!a.time().get().value().end().isBefore(b.time().get().value().begin())
                && !b.time().get().value().end().isBefore(a.time().get().value().begin()));
    }

    /**
     * "કેનેડા જવા રવાના થશે. 18 જૂને તેઓ ક્રોએશિયાની મુલાકાત લેશે": a tour's visits to two countries
     * are two visits, though the visitor is one; so are aid sent to Bhutan and aid sent to
     * Afghanistan: each names whom it reaches (a host, a recipient: their sides) and the other
     * names none of them. Not targets: a judgement's target is too often a bystander of the
     * sentence for its absence to tell two acts apart (test role accuracy 0.942 → 0.939 with them).
     */
    private static boolean otherReceivers(Event a, Event b, Function<Entity, Entity> sideOf) {
        Set<Entity> reachedA = reached(a, sideOf);
        Set<Entity> reachedB = reached(b, sideOf);
        return !reachedA.isEmpty() && !reachedB.isEmpty() && java.util.Collections.disjoint(reachedA, reachedB);
    }

    private static final Set<String> RECEIVERS = Set.of("host", "recipient");

    private static Set<Entity> reached(Event e, Function<Entity, Entity> sideOf) {
        Set<Entity> out = new java.util.HashSet<>();
        e.roles().stream().filter(r -> RECEIVERS.contains(r.role())).forEach(r -> {
            out.add(r.entity());
            out.add(sideOf.apply(r.entity()));
        });
        return out;
    }

    /**
     * "बुसान में मुलाकात की ... छह साल पहले ओसाका में मिले थे": two meetings in two cities are two,
     * though the one told without a date cannot be told apart by its time.
     */
    private static boolean otherCities(Event a, Event b) {
        return a.place().isPresent() && b.place().isPresent() && a.place().get().type() == EntityType.CITY
                && b.place().get().type() == EntityType.CITY && !a.place().get().equals(b.place().get());
    }

    /**
     * Meetings, calls and talks have no doer, only participants: "X met Y" and later "X also met
     * Z" share X but are two meetings. Each naming a person the other lacks says so; a country in
     * the place of a person ("X met the US") does not, since it may stand for that person. A talk
     * of two people is its own beside a summit of three or more people they were at.
     */
    private static boolean otherPeopleOnBothSides(Event a, Event b) {
        return hasPersonNotIn(a, b) && hasPersonNotIn(b, a)
                || people(a) == 2 && a.roles().size() == 2 && people(b) >= 3
                || people(b) == 2 && b.roles().size() == 2 && people(a) >= 3;
    }

    private static long people(Event e) {
        return e.roles().stream().filter(r -> r.entity().type() == EntityType.PERSON).count();
    }

    /**
     * "X met France's minister", then "X met Oman's": each names a side (a country, or a person's
     * country) the other lacks, so they are two meetings; "Kim met Putin" and "Kim met Russia" are one.
     */
    private static boolean otherSidesOnBothSides(Set<Entity> sidesA, Set<Entity> sidesB) {
        return !sidesB.containsAll(sidesA) && !sidesA.containsAll(sidesB);
    }

    private static Set<Entity> sides(Event e, Function<Entity, Entity> sideOf) {
        Set<Entity> out = new java.util.HashSet<>();
        e.roles().forEach(r -> out.add(sideOf.apply(r.entity())));
        return out;
    }

    private static boolean onlyParticipants(Event e) {
        return !e.roles().isEmpty() && e.roles().stream().allMatch(r -> r.role().equals(PARTICIPANT));
    }

    private static boolean hasPersonNotIn(Event a, Event b) {
        return a.roles().stream().anyMatch(r -> r.entity().type() == EntityType.PERSON
                && b.roles().stream().noneMatch(x -> x.entity().equals(r.entity())));
    }

    private static final String PARTICIPANT = "participant";

    /** The roles of whoever does an event: two events with different doers are two events. */
    private static final List<String> DOERS = List.of("agent", "attacker", "speaker", "visitor", "supplier", "sender");

    /** Whether both events have doers in this role and none in common. */
    private static boolean otherDoers(Event a, Event b, String role, Function<Entity, Entity> doerSide) {
        boolean inA = false;
        boolean inB = false;
        for (Event.Role r : a.roles()) {
            if (r.role().equals(role)) {
                inA = true;
                for (Event.Role x : b.roles()) {
                    if (x.role().equals(role) && doerSide.apply(x.entity()).equals(doerSide.apply(r.entity()))) {
                        return false;
                    }
                }
            }
        }
        for (Event.Role x : b.roles()) {
            inB |= x.role().equals(role);
        }
        return inA && inB;
    }

    /**
     * "Pakistan struck Afghanistan", then "the Taliban struck Pakistani posts": whoever does the one
     * is at the receiving end of the other, so they are two acts, not one told twice. (A headline,
     * which tells in few words what the body tells, is let off: its roles are the least sure.)
     */
    private static boolean doerSuffersInOther(Event a, Event b) {
        // loops, not streams: asked of every pair of events of an article
        for (Event.Role r : a.roles()) {
            if (!DOERS.contains(r.role())) {
                continue;
            }
            for (Event.Role x : b.roles()) {
                if (x.entity().equals(r.entity()) && !DOERS.contains(x.role()) && !x.role().equals(PARTICIPANT)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Planned, expected and possible are told of the same future event; asserted is another. */
    private static boolean isAsserted(Event e) {
        return e.modality().equals("Asserted");
    }

    private static Event fold(Event into, Event other) {
        List<Event.Role> roles = new ArrayList<>(into.roles());
        for (Event.Role r : other.roles()) {
            if (roles.stream().noneMatch(x -> x.entity().equals(r.entity()))) {
                roles.add(r);
            }
        }
        List<String> objects = new ArrayList<>(into.objects());
        other.objects().stream().filter(o -> !objects.contains(o)).forEach(objects::add);
        return new Event(into.index(), into.type(), into.sentence(), into.trigger(), roles,
                into.place().or(other::place), into.time().or(other::time), into.modality(), into.claimedBy(),
                into.denies(), objects, Math.max(into.confidence(), other.confidence()));
    }

    private static Event whenAndWhere(Event into, Event headline) {
        return new Event(into.index(), into.type(), into.sentence(), into.trigger(), into.roles(),
                into.place().or(headline::place), into.time().or(headline::time), into.modality(), into.claimedBy(),
                into.denies(), into.objects(), into.confidence());
    }

    private static Event renumbered(Event e, int index) {
        return e.withIndex(index);
    }
}
