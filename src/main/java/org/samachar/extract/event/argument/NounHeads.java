package org.samachar.extract.event.argument;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A name before a noun often acts, or suffers, through it: a country through its officials ("US
 * officials said"), its cities ("attacks on Ukraine's cities"), a leader through their government
 * ("the Biden administration"), a nationality adjective through the noun it qualifies ("भारतीय
 * नीति की निंदा"). Each step gives such a name the case its noun carries, for {@link ArgumentFinder}.
 */
final class NounHeads {

    /**
     * How many words after a name its group noun may stand: a postposition and an adjective
     * ("नाइजर की सैन्य सरकार", "the Russian military delegation").
     */
    private static final int GROUP_REACH = 3;

    /**
     * How many words after a country its land may stand, where the words past {@link #GROUP_REACH}
     * are qualities with no case of their own ("ईरान के कई परमाणु और सैन्य ठिकानों पर").
     */
    private static final int REGION_REACH = 8;

    private final Gazetteer gazetteer;
    private final CaseMarkers caseMarkers;
    private final PhraseLexicon triggerWords;
    private final Set<String> groupNouns = WordList.load("group-nouns.txt");
    private final Set<String> governmentNouns = WordList.load("government-nouns.txt");
    private final Set<String> regionNouns = WordList.load("region-nouns.txt");
    private final Set<String> invitingNouns = WordList.load("inviting-nouns.txt");
    private final PhraseLexicon weapons = PhraseLexicon.of("weapons.tsv");
    private final PhraseLexicon roleCues = PhraseLexicon.of("role-cues.tsv");

    NounHeads(Gazetteer gazetteer, CaseMarkers caseMarkers, PhraseLexicon triggerWords) {
        this.gazetteer = gazetteer;
        this.caseMarkers = caseMarkers;
        this.triggerWords = triggerWords;
    }

    /** Each step in turn, on the sentence's arguments in word order (replaced in place). */
    void apply(String text, List<Token> tokens, List<Argument> args) {
        groupsBeforeOf(tokens, args);
        countriesOfBodies(args);
        actThroughGroups(tokens, args);
        placesOfNames(text, tokens, args);
        governmentsOfLeaders(tokens, args);
        demonymsInTheCaseOfTheirNouns(tokens, args);
        ownersOfWeapons(tokens, args);
        proxyAgents(tokens, args);
        inviters(tokens, args);
    }

    /**
     * "રશિયન પ્રતિનિધિમંડળ પહોંચ્યું", "US officials said": a country or organisation acting through
     * a group of its people is the actor, in the case the group noun carries. A name with no case
     * of its own right before a noun that has one is the same ("तालिबान बलों ने", "ભારત સરકારે"); and
     * a group in the genitive of another acts through that one ("ભારત સરકારના એજન્ટો").
     */
    private void actThroughGroups(List<Token> tokens, List<Argument> args) {
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            boolean owner = a.modifier() || a.cases().contains(CaseMarkers.GENITIVE);
            if (!owner && !a.cases().equals(Set.of(CaseMarkers.NONE))) {
                continue;
            }
            // "ભારત-ચીનના સૈનિકો": the names listed with it stand between it and the noun
            int limit = args.stream().filter(b -> b.firstToken() > a.lastToken() && b.group() != a.group())
                    .mapToInt(b -> b.firstToken() - 1).findFirst().orElse(tokens.size() - 1);
            int reach = owner ? GROUP_REACH : 1;
            // "भारत, अमेरिका, जापान और ऑस्ट्रेलिया के नेताओं ने": the noun is reached from the list's last name
            int from = owner ? lastOfItsList(args, a) : a.lastToken();
            for (int g = from + 1; g <= Math.min(from + reach, limit); g++) {
                Optional<String> noun = groupNoun(tokens, g);
                if (noun.isEmpty()) {
                    // a word in a case of its own between them ("ઇમરાન ખાનની મંગળવારે ... દળોએ
                    // ધરપકડ કરી") ends the phrase: the genitive is the act's, not the group's
                    if (caseMarkers.inCaseOfItsOwn(tokens, g)) {
                        break;
                    }
                    continue;
                }
                int nounAt = g;
                if (args.stream().anyMatch(b -> b.firstToken() == nounAt + 1 && b.entity().type() == EntityType.PERSON)) {
                    break; // "ईरान के नेता अली खामेनेई": a title of the person after it, not a group
                }
                if (a.cases().contains(CaseMarkers.GENITIVE) && args.stream()
                        .anyMatch(b -> b.firstToken() == nounAt + 1 && b.entity().type() == EntityType.ORGANIZATION)) {
                    // "सूडान के अर्धसैनिक बल आरएसएफ ने": the country whose body the title says, no actor
                    args.remove(i--);
                    break;
                }
                String lastWord = noun.get().substring(noun.get().lastIndexOf(' ') + 1);
                int first = g - (noun.get().length() - noun.get().replace(" ", "").length());
                Set<String> cases = caseMarkers.cases(tokens, first, g, lastWord);
                if (owner || !cases.equals(Set.of(CaseMarkers.NONE))) {
                    args.set(i, new Argument(a.entity(), cases, a.firstToken(), g, false, a.group(), EntityType.ORGANIZATION));
                    // in the genitive, look on from this noun for the group it belongs to
                    i -= cases.contains(CaseMarkers.GENITIVE) ? 1 : 0;
                }
                break;
            }
        }
    }

    /**
     * "Sudan's Rapid Support Forces shelled ...": a country in the genitive right before the name of
     * an organisation only says whose body acts; the body is the actor, the country is none.
     */
    private static void countriesOfBodies(List<Argument> args) {
        args.removeIf(a -> a.entity().type() == EntityType.COUNTRY && a.cases().equals(Set.of(CaseMarkers.GENITIVE))
                && args.stream().anyMatch(b -> b.firstToken() == a.lastToken() + 1 && b.entity().type() == EntityType.ORGANIZATION
                && !b.cases().contains(CaseMarkers.GENITIVE)));
    }

    /** The last word of the names listed with {@code a} (its group) that stand after it, or its own. */
    private static int lastOfItsList(List<Argument> args, Argument a) {
        int last = a.lastToken();
        for (Argument b : args) {
            if (b.group() == a.group() && b.lastToken() > last && b.cases().equals(a.cases())) {
                last = b.lastToken();
            }
        }
        return last;
    }

    /**
     * "यूक्रेन के कई हिस्सों में", "ઇઝરાયેલનાં શહેરો પર", "Ukrainian cities": a name that owns the
     * land something happens on (its cities, regions, bases) takes the case of that noun, so an
     * attack on a country's cities is an attack on the country, and a meeting in its capital is
     * in it ({@code region-nouns.txt}).
     */
    private void placesOfNames(String text, List<Token> tokens, List<Argument> args) {
        boolean[] act = null;
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            // "इस्फहान शहर पर": a place named right before its own kind of place, unmarked; so is a
            // force or group before its convoy or positions ("सीआरपीएफ काफिले पर", "હુતી ઠેકાણાં પર")
            boolean named = a.cases().equals(Set.of(CaseMarkers.NONE)) && !a.modifier()
                    && (a.entity().type() == EntityType.CITY || a.entity().type() == EntityType.COUNTRY
                    || a.entity().type() == EntityType.ORGANIZATION);
            // an armed group owns its bases and positions as a country its land ("हूती विद्रोहियों के ठिकानों पर")
            boolean owner = (a.modifier() || a.cases().contains(CaseMarkers.GENITIVE))
                    && (a.entity().type() == EntityType.COUNTRY || a.entity().type() == EntityType.ORGANIZATION);
            if (!named && !owner) {
                continue;
            }
            // "યુક્રેનના ખારકિવ શહેર પર": the country's own city may stand between it and the noun
            int limit = args.stream().filter(b -> b.firstToken() > a.lastToken() && b.entity().type() != EntityType.CITY)
                    .mapToInt(b -> b.firstToken() - 1).findFirst().orElse(tokens.size() - 1);
            int reach = owner ? REGION_REACH : 1;
            int end = Math.min(a.lastToken() + reach, limit);
            // the words past the group's reach are read only when a land noun stands among them
            if (end > a.lastToken() + GROUP_REACH && !regionNounIn(tokens, a.lastToken() + GROUP_REACH + 1, end)) {
                end = a.lastToken() + GROUP_REACH;
            }
            for (int g = a.lastToken() + 1; g <= end; g++) {
                Token word = tokens.get(g);
                // "the American strike on the camp": a name right before an act's noun is whose act
                // it is, not whose land the act reaches
                if (owner && g == a.lastToken() + 1) {
                    act = act == null ? actWords(tokens) : act;
                    if (act[g]) {
                        break;
                    }
                }
                // "ईरान के कई परमाणु और सैन्य ठिकानों पर": words of no case of their own, listed
                // qualities, may stand between; a word in a case of its own or a comma ends the phrase
                // ("जापान के प्रधानमंत्री ने हवाई अड्डे पर": the airport is not Japan's land here, its PM acts)
                if (g > a.lastToken() + 1 && (!caseMarkers.isCoordinator(tokens.get(g - 1))
                        && caseMarkers.inCaseOfItsOwn(tokens, g - 1)
                        || text.substring(tokens.get(g - 1).end(), word.begin()).contains(","))) {
                    break;
                }
                Optional<String> noun = word.stems().stream().filter(regionNouns::contains)
                        .max(Comparator.comparingInt(String::length));
                if (noun.isPresent()) {
                    Set<String> cases = caseMarkers.cases(tokens, g, g, noun.get());
                    args.set(i, new Argument(a.entity(), cases.equals(Set.of(CaseMarkers.NONE)) ? listCase(text, tokens, g, args) : cases,
                            a.firstToken(), g, false, a.group(), a.kind()));
                    break;
                }
            }
            // "બ્રિટનના માન્ચેસ્ટરમાં", "पाकिस्तान के लाहौर में": a country owning the city named right
            // after it is where the city is, in the city's case (there, not an attacker)
            Optional<Argument> city = owner && args.get(i) == a ? ownCityAfter(tokens, args, a) : Optional.empty();
            if (city.isPresent()) {
                args.set(i, new Argument(a.entity(), city.get().cases(), a.firstToken(), city.get().lastToken(),
                        false, a.group(), a.kind()));
            }
        }
    }

    /** Whether a word from {@code from} to {@code to} (inclusive) is a noun for land ({@code region-nouns.txt}). */
    private boolean regionNounIn(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to && k < tokens.size(); k++) {
            for (String stem : tokens.get(k).stems()) {
                if (regionNouns.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words a list of places may run on after its first noun before the mark of its case. */
    private static final int LIST_REACH = 8;

    /**
     * The case of the list the noun at {@code at} begins ("સીરિયાના લશ્કરી મથકો, હથિયારોના ડેપો અને
     * જહાજો પર"): a verb-final language marks a list once, after its last item, so an unmarked noun
     * followed by a comma or "and" takes the case of the first word in a case of its own after a
     * coordinator, before any other name; otherwise it has none.
     */
    private Set<String> listCase(String text, List<Token> tokens, int at, List<Argument> args) {
        Set<String> none = Set.of(CaseMarkers.NONE);
        if (at + 1 >= tokens.size() || !(text.substring(tokens.get(at).end(), tokens.get(at + 1).begin()).contains(",")
                || caseMarkers.isCoordinator(tokens.get(at + 1)))) {
            return none;
        }
        boolean joined = false;
        for (int k = at + 1; k < tokens.size() && k <= at + LIST_REACH; k++) {
            int word = k;
            if (args.stream().anyMatch(b -> b.firstToken() <= word && word <= b.lastToken())) {
                return none;
            }
            if (caseMarkers.isCoordinator(tokens.get(k))) {
                joined = true;
            } else if (caseMarkers.inCaseOfItsOwn(tokens, k)) {
                return joined ? caseMarkers.casesOfNoun(tokens, k) : none;
            }
        }
        return none;
    }

    /** The city of this country named right after it with a case of its own, marked words only between. */
    private Optional<Argument> ownCityAfter(List<Token> tokens, List<Argument> args, Argument country) {
        return args.stream().filter(b -> b.firstToken() > country.lastToken()).findFirst()
                .filter(b -> b.entity().type() == EntityType.CITY && !b.modifier()
                        && b.cases().stream().noneMatch(c -> c.equals(CaseMarkers.NONE) || c.equals(CaseMarkers.GENITIVE))
                        && java.util.stream.IntStream.range(country.lastToken() + 1, b.firstToken())
                        .allMatch(k -> caseMarkers.isPostposition(tokens.get(k)))
                        && gazetteer.countryOf(b.entity()).filter(country.entity()::equals).isPresent());
    }

    /**
     * "બિડેન વહીવટીતંત્રે", "the Biden administration": a leader's government is the leader's
     * country, in the case the noun carries; so is the leader's office ("नेतन्याहू के कार्यालय ने",
     * "Netanyahu's office"), which {@link #actThroughGroups} may have made a group the leader acts through.
     */
    private void governmentsOfLeaders(List<Token> tokens, List<Argument> args) {
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            if (a.entity().type() != EntityType.PERSON) {
                continue;
            }
            // "नेतन्याहू के कार्यालय ने": a group noun the leader acts through that is a government
            if (a.kind() == EntityType.ORGANIZATION && a.lastToken() > a.firstToken()
                    && nounOfGovernment(tokens.get(a.lastToken())).isPresent()) {
                Optional<Entity> country = gazetteer.nationalityOf(a.entity());
                if (country.isPresent()) {
                    args.set(i, new Argument(country.get(), a.cases(), a.firstToken(), a.lastToken(), false, a.group()));
                }
                continue;
            }
            int nounAt = a.lastToken() + 1;
            if (nounAt >= tokens.size() || args.stream().anyMatch(b -> b.firstToken() == nounAt)) {
                continue;
            }
            Optional<String> noun = nounOfGovernment(tokens.get(nounAt));
            Optional<Entity> country = gazetteer.nationalityOf(a.entity());
            if (noun.isPresent() && country.isPresent()) {
                args.set(i, new Argument(country.get(), caseMarkers.cases(tokens, nounAt, nounAt,
                        noun.get()), a.firstToken(), nounAt, false, a.group()));
            }
        }
    }

    /**
     * The same for names a referring word stands for, which are found after the rest: "प्रधानमंत्री
     * कार्यालय के अनुसार" is the prime minister's office, the country, not the prime minister; and
     * "विदेश मंत्रालय के प्रवक्ता ने" is the ministry speaking through its spokesperson.
     */
    List<Argument> governmentsOfReferred(List<Token> tokens, List<Argument> referred) {
        List<Argument> out = new ArrayList<>(referred);
        governmentsOfLeaders(tokens, out);
        proxyAgents(tokens, out);
        return out;
    }

    private Optional<String> nounOfGovernment(Token t) {
        return t.stems().stream().filter(governmentNouns::contains).max(Comparator.comparingInt(String::length));
    }

    /**
     * "भारतीय प्रतिबंधों की निंदा", "અમેરિકી પ્રતિબંધોની ટીકા": a nationality adjective is in the case
     * its noun phrase carries, written onto the noun or after it, not an unmarked subject.
     */
    private void demonymsInTheCaseOfTheirNouns(List<Token> tokens, List<Argument> args) {
        boolean[] act = null;
        List<PhraseLexicon.Hit> weaponHits = null;
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            if (!a.modifier() || !a.cases().equals(Set.of(CaseMarkers.NONE))) {
                continue;
            }
            if (act == null) {
                act = actWords(tokens);
            }
            if (weaponHits == null) {
                weaponHits = weapons.find(tokens);
            }
            int limit = i + 1 < args.size() ? args.get(i + 1).firstToken() - 1 : tokens.size() - 1;
            for (int g = a.lastToken() + 1; g <= Math.min(a.lastToken() + GROUP_REACH, limit) && !act[g]; g++) {
                Set<String> cases = casesOfNoun(tokens, g, weaponHits);
                if (!cases.contains(CaseMarkers.NONE)) {
                    // "इजराइली हवाई हमलों में": the one whose act the noun names does it, whatever its case;
                    // "ભારતીય વિસ્તારમાં": where, is told by the land's noun (placesOfNames)
                    if (!cases.equals(Set.of(LOCATIVE))) {
                        // "ઇઝરાયલી ડ્રોને હુમલો કર્યો": a noun that acts makes its country act, as
                        // Hindi's "इजरायली ड्रोन ने", where the marker follows the noun, already does.
                        args.set(i, a.with(cases, a.lastToken(), a.modifier() && !cases.contains(AGENT), a.group()));
                    }
                    break;
                }
            }
        }
    }

    /**
     * "पोलैंड ने रूस के तीन ड्रोन मार गिराए", "રશિયાનાં ડ્રોન તોડી પાડ્યાં": a country whose weapons
     * ({@code weapons.tsv}) are what an act is done to is in the case of those weapons: the drones
     * shot down are the owner's, reached, not an attacker's, where an agent acts on them. Not a weapon naming an act
     * ("रूस के ड्रोन हमले": whose attack), nor in a case the weapon's word does not show.
     */
    private void ownersOfWeapons(List<Token> tokens, List<Argument> args) {
        List<PhraseLexicon.Hit> weaponHits = null;
        List<PhraseLexicon.Hit> acts = null;
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            // only where someone marked as the agent acts before it, on the weapons
            int owner = a.firstToken();
            if (!a.cases().equals(Set.of(CaseMarkers.GENITIVE)) || a.entity().type() == EntityType.PERSON
                    || args.stream().noneMatch(b -> b.cases().contains(AGENT) && b.lastToken() < owner)) {
                continue;
            }
            weaponHits = weaponHits == null ? weapons.find(tokens) : weaponHits;
            int limit = i + 1 < args.size() ? args.get(i + 1).firstToken() - 1 : tokens.size() - 1;
            for (PhraseLexicon.Hit hit : weaponHits) {
                if (hit.firstToken() <= a.lastToken() || hit.firstToken() > a.lastToken() + GROUP_REACH || hit.lastToken() > limit) {
                    continue;
                }
                // the sentence's acts, read only once a weapon stands right after the name
                acts = acts == null ? acts(tokens) : acts;
                int after = hit.lastToken() + 1;
                // the act right after, in a case of its own, is a noun the weapon names ("ड्रोन हमले में")
                boolean namesAnAct = acts.stream().anyMatch(h -> h.firstToken() == after
                        && !caseMarkers.casesOfNoun(tokens, h.lastToken()).equals(Set.of(CaseMarkers.NONE)));
                boolean inAnAct = acts.stream().anyMatch(h -> h.firstToken() <= hit.firstToken() && hit.firstToken() <= h.lastToken());
                if (!namesAnAct && !inAnAct) {
                    Set<String> cases = casesOfNoun(tokens, hit.lastToken(), weaponHits);
                    if (!cases.contains(CaseMarkers.GENITIVE) && !cases.contains(LOCATIVE)) {
                        args.set(i, a.with(cases, a.lastToken(), a.modifier(), a.group()));
                    }
                    break;
                }
            }
        }
    }

    private static final String LOCATIVE = "LOCATIVE";
    private static final String AGENT = "AGENT";

    /**
     * The case a noun's ending gives; a weapon's is read from the weapon's own word ({@code
     * weapons.tsv}), since an ending can also be read into the word: "ડ્રોને" is a drone that acts
     * (ડ્રોન + ે), not "to the dro-" (ડ્રો + ને).
     */
    private Set<String> casesOfNoun(List<Token> tokens, int at, List<PhraseLexicon.Hit> weaponHits) {
        return weaponHits.stream().filter(h -> h.lastToken() == at).findFirst()
                .map(h -> caseMarkers.cases(tokens, at, at, h.lastWord()))
                .orElseGet(() -> caseMarkers.casesOfNoun(tokens, at));
    }

    /** The sentence's trigger words, without the rows that say a phrase is no act ("-"). */
    private List<PhraseLexicon.Hit> acts(List<Token> tokens) {
        return triggerWords.find(tokens).stream().filter(h -> !h.wordsOnly()).toList();
    }

    /** Which words of the sentence are inside an event's trigger. */
    boolean[] actWords(List<Token> tokens) {
        boolean[] act = new boolean[tokens.size()];
        for (PhraseLexicon.Hit hit : acts(tokens)) {
            java.util.Arrays.fill(act, hit.firstToken(), hit.lastToken() + 1, true);
        }
        return act;
    }

    /**
     * "અમેરિકાના અધિકારીએ કહ્યું", "ઇઝરાયલના વડાપ્રધાને માંગ કરી": a genitive name whose noun is the
     * agent speaks through it; a title ({@code role-cues.tsv}) carrying the agent's ending itself has
     * no holder named after it, so its country acts for the holder the article does not name.
     */
    private void proxyAgents(List<Token> tokens, List<Argument> args) {
        List<PhraseLexicon.Hit> titles = null;
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            if (!a.cases().contains(CaseMarkers.GENITIVE)) {
                continue;
            }
            int reach = i + 1 < args.size() ? Math.min(a.lastToken() + ArgumentFinder.MODIFIER_REACH, args.get(i + 1).firstToken() - 1)
                    : a.lastToken() + ArgumentFinder.MODIFIER_REACH;
            boolean proxy = caseMarkers.proxyAgent(tokens, a.lastToken() + 1, reach);
            if (!proxy) {
                titles = titles == null ? roleCues.find(tokens) : titles;
                proxy = titles.stream().anyMatch(t -> t.firstToken() > a.lastToken() && t.lastToken() <= reach
                        && caseMarkers.cases(tokens, t.lastToken(), t.lastToken(), t.lastWord()).contains(AGENT));
            }
            if (proxy) {
                args.set(i, a.with(Set.of(AGENT), a.lastToken(), false, a.group()));
            }
        }
    }

    /**
     * "मोदी के निमंत्रण पर", "કિમના આમંત્રણ પર", "at the invitation of Prime Minister X": the one
     * whose invitation it is ({@code inviting-nouns.txt}) invites, and takes the case INVITER, which
     * a visit reads as its host ({@code events/roles.tsv}) and other acts as no role of theirs.
     */
    private void inviters(List<Token> tokens, List<Argument> args) {
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            if (a.modifier() && !a.cases().contains(CaseMarkers.GENITIVE)) {
                continue;
            }
            boolean after = a.cases().contains(CaseMarkers.GENITIVE) && invitationAt(tokens, a.lastToken() + 1);
            boolean before = false;
            // "invitation of Prime Minister X": the noun, a preposition, and perhaps a title before the name
            for (int k = a.firstToken() - 2; k >= Math.max(0, a.firstToken() - 2 - TITLE_WORDS) && !before && !after; k--) {
                int noun = k;
                before = caseMarkers.isPreposition(tokens.get(k + 1)) && invitationAt(tokens, k)
                        && args.stream().noneMatch(b -> b.firstToken() > noun && b.lastToken() < a.firstToken());
            }
            if (after || before) {
                args.set(i, a.with(Set.of(INVITER), a.lastToken(), false, a.group()));
            }
        }
    }

    /** Whether the word at {@code at}, or the one after a postposition there, names an invitation. */
    private boolean invitationAt(List<Token> tokens, int at) {
        int k = at < tokens.size() && caseMarkers.isPostposition(tokens.get(at)) ? at + 1 : at;
        return k < tokens.size() && tokens.get(k).stems().stream().anyMatch(invitingNouns::contains);
    }

    private static final String INVITER = "INVITER";

    /** How many words of a title may stand between "invitation of" and the name. */
    private static final int TITLE_WORDS = 3;

    /**
     * "The government of Niger expelled", "urged the authorities of Niger": where the genitive is a
     * word before the name, a name after it whose head noun is a group or a government
     * ({@code group-nouns.txt}, {@code government-nouns.txt}) acts through that noun, from where
     * that noun stands and in the case its phrase has.
     */
    private void groupsBeforeOf(List<Token> tokens, List<Argument> args) {
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            int head = a.firstToken() - 2;
            if (!a.cases().equals(Set.of(CaseMarkers.GENITIVE)) || head < 0
                    || !caseMarkers.isPreposition(tokens.get(a.firstToken() - 1))) {
                continue;
            }
            Optional<String> noun = groupNoun(tokens.get(head)).or(() -> nounOfGovernment(tokens.get(head)));
            if (noun.isEmpty()) {
                continue;
            }
            // the phrase's case is the preposition before the noun, or before its one word more ("to the authorities of")
            int start = head > 1 && caseMarkers.isPreposition(tokens.get(head - 2)) ? head - 1 : head;
            Set<String> cases = caseMarkers.cases(tokens, start, head, noun.get());
            args.set(i, new Argument(a.entity(), cases, head, a.lastToken(), false, a.group(), EntityType.ORGANIZATION));
        }
    }

    /** The group noun that ends at word {@code g}: of two words ("air force"), or of one. */
    private Optional<String> groupNoun(List<Token> tokens, int g) {
        if (g > 0) {
            String two = tokens.get(g - 1).key() + " " + tokens.get(g).key();
            if (groupNouns.contains(two)) {
                return Optional.of(two);
            }
        }
        return groupNoun(tokens.get(g));
    }

    /** The base form of a group noun ("અધિકારીઓએ" → "અધિકારીઓ"), the longest that fits. */
    private Optional<String> groupNoun(Token t) {
        return t.stems().stream().filter(groupNouns::contains).max(Comparator.comparingInt(String::length));
    }
}
