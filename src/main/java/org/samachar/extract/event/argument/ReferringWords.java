package org.samachar.extract.event.argument;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.NameFolding;
import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.WordList;
import org.samachar.extract.WordTokenizer;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Words that stand for a name said before: pronouns ("તેમણે", "उन्होंने", "he": {@code anaphors.tsv})
 * and an organisation named by its kind alone ("સમિતિએ", "अदालत ने", "the court":
 * {@code descriptions.tsv}). {@link ArgumentFinder} adds what they stand for to a sentence's
 * arguments, in the case the word carries, so the event stages treat them as the names themselves.
 */
final class ReferringWords {

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final PhraseLexicon anaphors = PhraseLexicon.of("anaphors.tsv");
    private final PhraseLexicon descriptions = PhraseLexicon.of("descriptions.tsv");
    private final PhraseLexicon roleCues;
    private final Set<String> referringTitles = Set.copyOf(LanguageData.shared("referring-titles.txt"));
    private final Set<String> indefinites = WordList.load("indefinites.txt");
    private final Set<String> ownWords = WordList.load("own-words.txt");
    /** Kinds of body a state acts in force through ({@code country-forces.txt}). */
    private final Set<String> countryForces = Set.copyOf(LanguageData.shared("country-forces.txt"));
    /** The entity types each label of {@code anaphors.tsv} names ("PERSON,COUNTRY"), read once. */
    private final Map<String, Set<EntityType>> anaphorTypes = new ConcurrentHashMap<>();
    /** The words of each kind of {@code descriptions.tsv}, of every language, as keys. */
    private final Map<String, Set<String>> kindWords = new HashMap<>();
    /** The kinds each organisation's names have, by IRI and written form. */
    private final Map<String, Set<String>> kindsOfNames = new ConcurrentHashMap<>();

    /** {@code roleCues}: the titles of {@code role-cues.tsv}, shared with the stage that reads them first. */
    ReferringWords(PhraseLexicon roleCues) {
        this.roleCues = roleCues;
        for (String lang : Scripts.knownLanguages()) {
            for (String line : LanguageData.lines(lang + "/descriptions.tsv")) {
                String[] cells = line.split("\t+", 2);
                List<Token> words = cells.length == 2 ? tokenizer.tokens(cells[1].strip()) : List.of();
                if (!words.isEmpty()) {
                    kindWords.computeIfAbsent(cells[0].strip(), k -> new HashSet<>())
                            .add(words.get(words.size() - 1).key());
                }
            }
        }
    }

    /**
     * The arguments the referring words of a sentence stand for; {@code args} are its names,
     * {@code mentions} the article's, {@code earlier} the arguments of an earlier sentence by index.
     */
    List<Argument> arguments(Sentence s, List<Token> tokens, List<Argument> args, List<Mention> mentions,
                             IntFunction<List<Argument>> earlier, TitledPeople titledPeople, HomeOffices homeOffices) {
        List<Argument> out = new ArrayList<>(anaphors(s, tokens, args, earlier));
        out.addAll(descriptions(s, tokens, args, mentions, homeOffices, out.size()));
        out.addAll(titles(s, tokens, args, titledPeople, out.size()));
        return out;
    }

    /**
     * "प्रधानमंत्री ने कहा", "વડાપ્રધાને જણાવ્યું", "the president said": a title said alone, with no
     * name right after it (but for one qualifying the next title: "विदेश मंत्री बांग्लादेश की प्रधानमंत्री
     * शेख हसीना से") or shortly before it and no "a" or "one" before it ({@code indefinites.txt}),
     * nor "its" or "अपने" ({@code own-words.txt}: the subject's own official, whom the article need not have named),
     * stands for the person the article last named with that title ({@code role-cues.tsv}), if it
     * is a title of one person ({@code referring-titles.txt}). In its own case.
     */
    private List<Argument> titles(Sentence s, List<Token> tokens, List<Argument> args, TitledPeople titledPeople,
                                  int referringBefore) {
        List<PhraseLexicon.Hit> hits = roleCues.find(tokens);
        List<Argument> out = new ArrayList<>();
        for (PhraseLexicon.Hit hit : hits) {
            // a country already acting through this title ("ઓમાનના વિદેશ મંત્રીને") holds it
            boolean named = args.stream().anyMatch(a -> a.firstToken() < hit.firstToken() && a.lastToken() >= hit.lastToken()
                    || a.lastToken() >= hit.firstToken() - DESCRIPTION_REACH
                    && a.firstToken() <= hit.lastToken() + TITLE_TO_NAME
                    && (a.firstToken() > hit.lastToken() ? holderOrQualifierAfter(a)
                    : mayNameTitle(a) && onlyMarkersBetween(tokens, a.lastToken(), hit.firstToken())
                    || ownerBefore(tokens, a, hit)));
            boolean anyOne = hit.firstToken() > 0 && (indefinites.contains(tokens.get(hit.firstToken() - 1).key())
                    || ownWords.contains(tokens.get(hit.firstToken() - 1).key()));
            if (named || anyOne || !referringTitles.contains(TitledPeople.role(hit))) {
                continue;
            }
            Optional<Entity> person = titledPeople.lastBefore(TitledPeople.title(hit, tokens),
                    s.begin() + tokens.get(hit.firstToken()).begin());
            if (person.isPresent()) {
                out.add(new Argument(person.get(), caseMarkers.cases(tokens, hit.firstToken(), hit.lastToken(), hit.lastWord()),
                        hit.firstToken(), hit.lastToken(), false, ANAPHOR_GROUP - referringBefore - out.size()));
            }
        }
        return out;
    }

    /**
     * "વડાપ્રધાન મોદી અને પોર્ટુગલના રાષ્ટ્રપતિએ વાતચીત કરી" after "પોર્ટુગલના રાષ્ટ્રપતિ માર્સેલો ડી
     * સોસા": a country's title with no holder after it stands for the person the article last
     * named with that title of that country; the person takes the country's place, in the title's case.
     * With no such person the country acts through the title-holder, in the title's case.
     */
    List<Argument> titleHolders(Sentence s, List<Token> tokens, List<Argument> args, TitledPeople titledPeople) {
        List<PhraseLexicon.Hit> hits = roleCues.find(tokens);
        if (hits.isEmpty()) {
            return args;
        }
        List<Argument> out = null;
        for (PhraseLexicon.Hit hit : hits) {
            int country = -1;
            for (int i = 0; i < args.size(); i++) {
                Argument a = args.get(i);
                if (a.entity().type() == EntityType.COUNTRY && a.firstToken() < hit.firstToken()
                        && a.lastToken() <= hit.lastToken() && onlyMarkersBetween(tokens, a.lastToken(), hit.firstToken())) {
                    country = i;
                }
            }
            int of = country < 0 ? countryAfter(tokens, args, hit) : -1;
            country = of >= 0 ? of : country;
            // a title in a case of its own ("जापान के प्रधानमंत्री ने रूस की आलोचना की") has ended: what follows is no holder
            Set<String> titleCases = caseMarkers.cases(tokens, hit.firstToken(), hit.lastToken(), hit.lastWord());
            // ("the Russian president met Modi": a person after words that cannot be part of the name holds no title)
            boolean holderAfter = of < 0 && titleCases.contains(CaseMarkers.NONE) && args.stream().anyMatch(a -> a.firstToken() > hit.lastToken()
                    && a.firstToken() <= hit.lastToken() + TITLE_TO_NAME && holderOrQualifierAfter(a)
                    && (a.cases().contains("GENITIVE") || nameGoesOn(tokens, hit.lastToken(), a.firstToken())));
            boolean inApposition = args.stream().anyMatch(a -> a.firstToken() > hit.lastToken()
                    && a.firstToken() <= hit.lastToken() + APPOSITION_REACH && a.entity().type() == EntityType.PERSON
                    && s.text().substring(tokens.get(a.firstToken() - 1).end(), tokens.get(a.firstToken()).begin()).contains(","));
            if (country < 0 || inApposition || !referringTitles.contains(TitledPeople.role(hit))) {
                continue;
            }
            Argument qualifier = args.get(country);
            String title = TitledPeople.title(hit, tokens);
            int at = s.begin() + tokens.get(hit.firstToken()).begin();
            Optional<Entity> person = holderAfter ? Optional.empty() : titledPeople.lastBefore(title, qualifier.entity(), at)
                    .or(() -> titledPeople.firstAfter(title, qualifier.entity(), at))
                    .or(() -> titledPeople.onlyHolderNamed(TitledPeople.role(hit), qualifier.entity()))
                    .or(() -> titledPeople.holderInOffice(TitledPeople.role(hit), qualifier.entity()));
            Set<String> cases = titleCases;
            if (person.isEmpty() && holderAfter && (cases.equals(Set.of(CaseMarkers.NONE)) && args.stream().anyMatch(a ->
                    a.firstToken() > hit.lastToken() && holderOrQualifierAfter(a) && nameGoesOn(tokens, hit.lastToken(), a.firstToken())))) {
                continue; // "the Russian president, Vladimir Putin": named after all
            }
            out = out == null ? new ArrayList<>(args) : out;
            // A holder the article never names leaves the country acting through its office, as
            // through a group of its people ("रूसी राष्ट्रपति भारत आएंगे", "the Russian president met Modi").
            int first = Math.min(qualifier.firstToken(), hit.firstToken());
            int last = Math.max(qualifier.lastToken(), hit.lastToken());
            out.set(country, person.isPresent()
                    ? new Argument(person.get(), cases, first, last, false, qualifier.group())
                    : new Argument(qualifier.entity(), cases, first, last, false, qualifier.group(), EntityType.ORGANIZATION));
        }
        return out == null ? args : out;
    }

    /**
     * "the foreign minister of India criticised", "met the President of France": the country named
     * in the genitive right after a title by a preposition, with no holder named after it ("President
     * of France Emmanuel Macron"), qualifies the title as one named before it does; its index, or -1.
     */
    private int countryAfter(List<Token> tokens, List<Argument> args, PhraseLexicon.Hit hit) {
        int at = hit.lastToken() + 2;
        if (at >= tokens.size() || !caseMarkers.isPreposition(tokens.get(at - 1))) {
            return -1;
        }
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            if (a.firstToken() == at && a.entity().type() == EntityType.COUNTRY && a.cases().equals(Set.of("GENITIVE"))) {
                int next = a.lastToken() + 1;
                return args.stream().anyMatch(b -> b.firstToken() == next && b.entity().type() == EntityType.PERSON) ? -1 : i;
            }
        }
        return -1;
    }

    /**
     * Whether a name is the genitive owner of the title right after it ("अमेरिकी विदेश मंत्रालय के
     * प्रवक्ता ने", "મંત્રાલયના પ્રવક્તાએ"), whatever case the title then lends it: the title is
     * that owner's, not the one the article named with it before.
     */
    private boolean ownerBefore(List<Token> tokens, Argument a, PhraseLexicon.Hit title) {
        return a.lastToken() < title.firstToken() && a.lastToken() >= title.firstToken() - 2
                && onlyMarkersBetween(tokens, a.lastToken(), title.firstToken())
                && caseMarkers.genitiveBefore(tokens, title.firstToken());
    }

    /** Whether only case markers stand between two words ("चिली के राष्ट्रपति"). */
    private boolean onlyMarkersBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!caseMarkers.isPostposition(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name before a title may be its holder ("मोदी, प्रधानमंत्री") or qualify it ("भारत के
     * प्रधानमंत्री"): not when it carries a case of its own, as the doer in "गबार्ड ने प्रधानमंत्री से".
     */
    private static boolean mayNameTitle(Argument before) {
        return before.cases().stream().allMatch(c -> c.equals(CaseMarkers.NONE) || c.equals("GENITIVE"));
    }

    /**
     * Whether a name after a title is its holder ("विदेश मंत्री एस. जयशंकर") or says whose title it is
     * ("the foreign minister of Nepal"): not a place the title's sentence goes on to ("विदेश मंत्री ने
     * काठमांडू में"), nor a name qualifying the next title ("विदेश मंत्री बांग्लादेश की प्रधानमंत्री").
     */
    private static boolean holderOrQualifierAfter(Argument after) {
        return !after.modifier() && (after.entity().type() == EntityType.PERSON || after.cases().contains("GENITIVE"));
    }

    /**
     * Whether the words between a title and a name may belong to the name ("President, Vladimir
     * Putin", "વડાપ્રધાન શેખ મોહમ્મદ"): no postposition nor word in a case of its own ("ડિસેમ્બરમાં"),
     * and in Latin script no word in lower case ("the president met Modi" names Modi as another).
     */
    private boolean nameGoesOn(List<Token> tokens, int titleEnd, int nameStart) {
        for (int k = titleEnd + 1; k < nameStart; k++) {
            Token w = tokens.get(k);
            if (caseMarkers.isPostposition(w) || caseMarkers.inCaseOfItsOwn(tokens, k)
                    || "Latn".equals(w.script()) && Character.isLowerCase(w.surface().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** How far after a title a name set off by a comma may be its holder: "Japan's envoy to Kenya, Hiroshi Tanaka". */
    private static final int APPOSITION_REACH = 5;

    /** How far after a title its holder's name may start: "विदेश मंत्री एस. जयशंकर", "प्रधानमंत्री श्री मोदी". */
    private static final int TITLE_TO_NAME = 2;

    /**
     * "તેમણે કહ્યું", "उन्होंने कहा", "he said" ({@code anaphors.tsv}): a word standing for an actor
     * just named is an argument for the subject it refers back to: the subject of its own sentence
     * before it, else that of the nearest sentence before it that has one (up to
     * {@link #ANAPHOR_REACH} back), the first name acting on its own (an agent, or unmarked). Only
     * a subject of the word's type counts: "the official said ... He added" is not about the
     * person named after the official. In its own case, or in the case the file gives the word.
     */
    private List<Argument> anaphors(Sentence s, List<Token> tokens, List<Argument> args,
                                    IntFunction<List<Argument>> earlier) {
        List<PhraseLexicon.Hit> hits = anaphors.find(tokens);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Argument> out = new ArrayList<>();
        for (PhraseLexicon.Hit hit : hits) {
            if (hit.wordsOnly()) {
                continue; // "તે જ દિવસે": the word points at a time or a thing, not at an actor
            }
            String[] label = hit.label().split(":", 2);
            // a row's own case is that of the word as listed: "તે" is a subject, "તેની" ("its") is not
            if (label.length == 2 && !tokens.get(hit.lastToken()).key().equals(hit.lastWord())) {
                continue;
            }
            Set<EntityType> types = anaphorTypes.computeIfAbsent(label[0], l -> java.util.Arrays.stream(l.split(","))
                    .map(t -> EntityType.valueOf(t.strip())).collect(java.util.stream.Collectors.toUnmodifiableSet()));
            // "જયશંકરે તેમની સાથે મુલાકાત કરી": a word standing for whom the subject acts with is not
            // the subject itself, but the one the sentence before told of
            boolean besideTheSubject = label.length == 2 && !label[1].equals("AGENT") && !label[1].equals(CaseMarkers.NONE);
            Optional<Argument> subject = besideTheSubject ? Optional.empty()
                    : subject(args.stream().filter(a -> a.lastToken() < hit.firstToken()).toList(), types);
            for (int k = s.index() - 1; subject.isEmpty() && k >= Math.max(0, s.index() - ANAPHOR_REACH); k--) {
                subject = subject(earlier.apply(k), null).or(possessorOf(earlier.apply(k)));
            }
            if (subject.isPresent() && types.contains(subject.get().entity().type())) {
                Set<String> cases = label.length == 2 ? Set.of(label[1])
                        : caseMarkers.cases(tokens, hit.firstToken(), hit.lastToken(), hit.lastWord());
                out.add(new Argument(subject.get().entity(), cases, hit.firstToken(), hit.lastToken(), false,
                        ANAPHOR_GROUP - out.size()));
            }
        }
        return out;
    }

    /** How near before a word of kind a name must not be for the word to be bare: "भारत के विदेश मंत्रालय". */
    static final int DESCRIPTION_REACH = 3;

    /**
     * "સમિતિએ જણાવ્યું", "अदालत ने कहा", "the court said" ({@code descriptions.tsv}): a word naming an
     * organisation by its kind alone, with no name right before it, stands for the organisation of
     * that kind the article named last before it, in any language ("the court" after the
     * "Court of Arbitration", "अदालत" after "अंतरराष्ट्रीय आपराधिक न्यायालय"). In its own case.
     * An office only a state has, written alone before the article names any office of its kind
     * with its owner ({@link HomeOffices}), is the office of the country the report was filed from;
     * a force only a state has ({@code country-forces.txt}), of an article that names none, is the
     * country named last before it.
     */
    private List<Argument> descriptions(Sentence s, List<Token> tokens, List<Argument> args, List<Mention> mentions,
                                        HomeOffices homeOffices, int anaphorsBefore) {
        List<PhraseLexicon.Hit> hits = descriptions.find(tokens);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Argument> out = new ArrayList<>();
        for (PhraseLexicon.Hit hit : hits) {
            boolean named = args.stream().anyMatch(a -> a.lastToken() >= hit.firstToken() - DESCRIPTION_REACH
                    && a.firstToken() <= hit.lastToken());
            if (named) {
                continue;
            }
            int at = s.begin() + tokens.get(hit.firstToken()).begin();
            // a kind written as an entity type ("COUNTRY" for "the government") is any name of that type
            Optional<EntityType> type = java.util.Arrays.stream(EntityType.values())
                    .filter(t -> t.name().equals(hit.label())).findFirst();
            Optional<Entity> named2 = lastNamedBefore(mentions, at, m -> type.isPresent() ? m.entity().type() == type.get()
                            : m.entity().type() == EntityType.ORGANIZATION && kindsOf(m).contains(hit.label()))
                    .or(() -> homeOffices.at(hit.label(), s.index(), officeKeys(tokens, hit)))
                    .or(() -> countryForces.contains(hit.label())
                            ? lastNamedBefore(mentions, at, m -> m.entity().type() == EntityType.COUNTRY) : Optional.empty());
            if (named2.isPresent()) {
                out.add(new Argument(named2.get(), caseMarkers.cases(tokens, hit.firstToken(), hit.lastToken(), hit.lastWord()),
                        hit.firstToken(), hit.lastToken(), false, ANAPHOR_GROUP - anaphorsBefore - out.size()));
            }
        }
        return out;
    }

    /** What the article named last before offset {@code at} of the mentions that {@code fit}, if any. */
    private static Optional<Entity> lastNamedBefore(List<Mention> mentions, int at, java.util.function.Predicate<Mention> fit) {
        return mentions.stream().filter(m -> m.begin() < at && fit.test(m))
                .max(Comparator.comparingInt(Mention::begin)).map(Mention::entity);
    }

    /**
     * The ways an office's name may end where its kind word is: the word before it and the kind
     * ("વિદેશ મંત્રાલય", "Defence Ministry"), or the kind and the two words after it ("Ministry of
     * Defence"); the gazetteer is asked in that order.
     */
    private static List<List<String>> officeKeys(List<Token> tokens, PhraseLexicon.Hit hit) {
        String kind = NameFolding.nameKey(hit.lastWord());
        List<List<String>> out = new ArrayList<>(2);
        out.add(hit.firstToken() == 0 ? List.of(kind)
                : List.of(NameFolding.nameKey(tokens.get(hit.firstToken() - 1).key()), kind));
        if (hit.lastToken() + 2 < tokens.size()) {
            out.add(List.of(kind, NameFolding.nameKey(tokens.get(hit.lastToken() + 1).key()),
                    NameFolding.nameKey(tokens.get(hit.lastToken() + 2).key())));
        }
        return out;
    }

    /** The kinds of {@code descriptions.tsv} a mentioned organisation's names have a word of. */
    private Set<String> kindsOf(Mention m) {
        String names = m.label().text() + " " + m.entity().name();
        return kindsOfNames.computeIfAbsent(m.entity().iri() + "\t" + names, k -> {
            Set<String> kinds = new HashSet<>();
            for (Token t : tokenizer.tokens(names)) {
                kindWords.forEach((kind, words) -> {
                    if (t.stems().stream().anyMatch(words::contains)) {
                        kinds.add(kind);
                    }
                });
            }
            return kinds;
        });
    }

    /** How many sentences before its own an anaphor's antecedent may be named in. */
    private static final int ANAPHOR_REACH = 3;

    /** Groups of anaphors, apart from every group of names (which count up from 0). */
    private static final int ANAPHOR_GROUP = -100;

    /** Whether the argument is a word standing for a name ({@link #anaphors}), not a name. */
    static boolean anaphor(Argument a) {
        return a.group() <= ANAPHOR_GROUP;
    }

    /**
     * "શ્રીલંકાના રાષ્ટ્રપતિ દિસાનાયકેની આ પ્રથમ વિદેશ યાત્રા છે. તેઓ ... પહોંચ્યા": a sentence with no
     * subject of its own is about the person whose act or thing it tells, named in the genitive.
     */
    private static java.util.function.Supplier<Optional<Argument>> possessorOf(List<Argument> args) {
        return () -> args.stream().anyMatch(a -> !a.modifier() && (a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE)))
                ? Optional.empty()
                : args.stream().filter(a -> !a.modifier() && a.entity().type() == EntityType.PERSON
                && a.cases().equals(Set.of(CaseMarkers.GENITIVE))).findFirst();
    }

    /**
     * Who a sentence (or the part of one before an anaphor) is about: its first agent not
     * qualifying another, else its first unmarked name ("Trump said he ..."). Before an anaphor in
     * its own sentence an unmarked name counts only if it is of the anaphor's type: there it is as
     * often what the reported clause is about ("ચીની સૈનિકો ... રહેશે, એમ તેમણે કહ્યું").
     */
    private static Optional<Argument> subject(List<Argument> args, Set<EntityType> ownSentenceTypes) {
        Optional<Argument> agent = args.stream().filter(a -> !a.modifier() && a.cases().contains("AGENT")).findFirst();
        if (agent.isPresent()) {
            return agent;
        }
        return args.stream().filter(a -> !a.modifier() && a.cases().contains(CaseMarkers.NONE))
                .filter(a -> ownSentenceTypes == null || ownSentenceTypes.contains(a.entity().type())).findFirst();
    }
}
