package org.samachar.extract.event.argument;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "બંને દેશો", "दोनों नेताओं", "both countries" ({@code pair-phrases.tsv}) stand for two countries
 * (or people) named before: the two last named together ("ઈરાન અને ઈઝરાયલ", "India-Pakistan") in
 * the phrase's sentence or the two before it, else the last two named at all. A pair named
 * together outweighs a third name between it and the phrase ("Iran and Israel ... after Trump's
 * announcement both countries agreed"). A person named stands for their country too.
 */
final class PairPhrases {

    /** How many sentences back a pair named together may stand. */
    private static final int PAIR_REACH = 2;

    private final PhraseLexicon pairPhrases = PhraseLexicon.of("pair-phrases.tsv");
    private final org.samachar.extract.event.WordOrder wordOrder = new org.samachar.extract.event.WordOrder();
    private final Gazetteer gazetteer;
    private final CaseMarkers caseMarkers;

    PairPhrases(Gazetteer gazetteer, CaseMarkers caseMarkers) {
        this.gazetteer = gazetteer;
        this.caseMarkers = caseMarkers;
    }

    /**
     * The pairs (or threes) of a sentence as arguments joined in the phrase's case; {@code mentions} are the
     * article's, {@code sentences} and {@code tokens} its sentences and their words, {@code named}
     * the sentence's names as arguments so far.
     */
    List<Argument> arguments(Sentence s, List<Token> tokens, List<Mention> mentions, List<Sentence> sentences,
                             List<List<Token>> allTokens, List<Argument> named) {
        int firstGroup = named.size();
        List<Argument> out = new ArrayList<>();
        for (PhraseLexicon.Hit hit : pairPhrases.find(tokens)) {
            // "COUNTRY:3": "the three countries", "तीनों देशों"; a label alone is a pair
            String[] label = hit.label().split(":");
            // "SIDE": "both sides", "दोनों पक्षों" may be two countries or a country and an armed group or party
            Set<EntityType> type = label[0].equals(SIDE) ? SIDES : Set.of(EntityType.valueOf(label[0]));
            int many = label.length > 1 ? Integer.parseInt(label[1]) : 2;
            int at = s.begin() + tokens.get(hit.firstToken()).begin();
            Set<String> cases = caseMarkers.cases(tokens, hit.firstToken(), hit.lastToken(), hit.lastWord());
            // "ट्रंप ने दोनों नेताओं से बात की": the two spoken to are not the one who speaks to them
            Set<Entity> doers = new java.util.HashSet<>();
            if (!cases.contains(CaseMarkers.NONE) && !cases.contains("AGENT")) {
                // ("UN chief Guterres appealed to both sides": where the verb comes before its object, the
                // names of no case before it are its subject; a person acting is not their country either)
                named.stream().filter(a -> a.lastToken() < hit.firstToken() && a.cases().contains("AGENT"))
                        .forEach(a -> doers.add(a.entity()));
                if (!wordOrder.verbFinal(tokens.get(hit.firstToken()).language())) {
                    named.stream().filter(a -> a.lastToken() < hit.firstToken() && a.cases().equals(Set.of(CaseMarkers.NONE)))
                            .forEach(a -> {
                                doers.add(a.entity());
                                gazetteer.nationalityOf(a.entity()).ifPresent(doers::add);
                            });
                }
            }
            List<Entity> pair = many == 2 ? namedTogether(mentions, sentences, allTokens, type, at, s.index(), 0)
                    .or(() -> theTwoOfTheSentence(named, type, hit.firstToken(), doers))
                    .or(() -> namedTogether(mentions, sentences, allTokens, type, at, s.index(), PAIR_REACH))
                    .orElseGet(() -> lastNamed(mentions, type, at, doers))
                    : listedTogether(mentions, sentences, allTokens, type, at, s.index(), many, PAIR_REACH);
            if (pair.size() == many) {
                int group = firstGroup + out.size();
                for (Entity e : pair) {
                    out.add(new Argument(e, cases, hit.firstToken(), hit.lastToken(), false, group));
                }
            }
        }
        return out;
    }

    /**
     * The two entities of the type the article has named most before the offset (of two named as
     * often, the one named last), in the order they were last named, leaving out {@code doers}. The pair an article is about
     * is named again and again, while a third party comes up in passing just before the phrase
     * ("... accused India of helping Russia in the Ukraine war. Talks between the two countries").
     */
    private List<Entity> lastNamed(List<Mention> mentions, Set<EntityType> type, int at, Set<Entity> doers) {
        Map<Entity, Integer> count = new HashMap<>();
        Map<Entity, Integer> last = new HashMap<>();
        for (Mention m : mentions) {
            if (m.begin() >= at) {
                continue;
            }
            as(m.entity(), type).filter(e -> !doers.contains(e)).ifPresent(e -> {
                count.merge(e, 1, Integer::sum);
                last.merge(e, m.begin(), Math::max);
            });
        }
        List<Entity> top = count.keySet().stream()
                .sorted(Comparator.comparing((Entity e) -> count.get(e)).thenComparing(last::get).reversed())
                .limit(2).toList();
        return top.size() == 2 && last.get(top.get(0)) > last.get(top.get(1)) ? List.of(top.get(1), top.get(0)) : top;
    }

    /**
     * The last two names of the type joined by a coordinator, a hyphen or a comma and nothing else,
     * before the offset and in its sentence or the {@link #PAIR_REACH} before it.
     */
    private Optional<List<Entity>> namedTogether(List<Mention> mentions, List<Sentence> sentences,
                                                 List<List<Token>> allTokens, Set<EntityType> type, int at, int sentence,
                                                 int reach) {
        List<Entity> two = listedTogether(mentions, sentences, allTokens, type, at, sentence, 2, reach);
        return two.isEmpty() ? Optional.empty() : Optional.of(two);
    }

    /**
     * The two entities of the type that the phrase's own sentence names before it, when it names
     * exactly two, not joined ("लूला ने रामफोसा के साथ बैठक की और दोनों देशों ने ... समझौतों पर
     * हस्ताक्षर किए"): they outweigh a pair named together in the sentences before. A place where
     * something happens ("નેધરલેન્ડ્સમાં યોજાનારી સમિટ") is none of them.
     */
    private Optional<List<Entity>> theTwoOfTheSentence(List<Argument> named, Set<EntityType> type, int phrase,
                                                       Set<Entity> doers) {
        java.util.LinkedHashSet<Entity> two = new java.util.LinkedHashSet<>();
        named.stream().filter(a -> a.lastToken() < phrase && !a.cases().equals(Set.of(LOCATIVE)))
                .sorted(Comparator.comparingInt(Argument::firstToken))
                .forEach(a -> as(a.entity(), type).filter(e -> !doers.contains(e)).ifPresent(two::add));
        return two.size() == 2 ? Optional.of(List.copyOf(two)) : Optional.empty();
    }

    private static final String LOCATIVE = "LOCATIVE";

    /**
     * The last {@code many} names of the type listed together ("ભારત, જાપાન અને ઓસ્ટ્રેલિયા") before
     * the offset, in its sentence or the {@link #PAIR_REACH} before it; none if no list is that long.
     * Three parties are named together or not at all: the most named three need not be them.
     */
    private List<Entity> listedTogether(List<Mention> mentions, List<Sentence> sentences, List<List<Token>> allTokens,
                                        Set<EntityType> type, int at, int sentence, int many, int reach) {
        List<Entity> found = List.of();
        List<Entity> list = new ArrayList<>();
        Mention previous = null;
        for (Mention m : mentions) {
            if (m.begin() >= at) {
                break;
            }
            Optional<Entity> e = m.sentence() >= sentence - reach ? as(m.entity(), type) : Optional.empty();
            boolean goesOn = previous != null && m.sentence() == previous.sentence()
                    && joined(previous, m, sentences.get(m.sentence()), allTokens.get(m.sentence()));
            if (!goesOn) {
                list = new ArrayList<>();
            }
            if (e.isPresent() && !list.contains(e.get())) {
                list.add(e.get());
                if (list.size() >= many) {
                    found = List.copyOf(list.subList(list.size() - many, list.size()));
                }
            }
            previous = m;
        }
        return found;
    }

    /**
     * Whether only a coordinator ("અને", "और", "and"), or only a hyphen or comma, stands between two
     * names; the coordinator may have an article or the noun of a group the first name acts through
     * beside it ("between the Sudanese army and the RSF").
     */
    private boolean joined(Mention a, Mention b, Sentence s, List<Token> tokens) {
        int from = a.end() - s.begin();
        int to = b.begin() - s.begin();
        if (to < from) {
            return false;
        }
        List<Token> between = tokens.stream().filter(t -> t.begin() >= from && t.end() <= to).toList();
        String gap = s.text().substring(from, to).strip();
        if (between.isEmpty()) {
            return gap.equals("-") || gap.equals("–") || gap.equals(",");
        }
        return between.stream().filter(caseMarkers::isCoordinator).count() == 1 && between.stream().allMatch(t ->
                caseMarkers.isCoordinator(t) || DETERMINERS.contains(t.key()) || t.stems().stream().anyMatch(GROUP_NOUNS::contains));
    }

    private static final Set<String> DETERMINERS = WordList.load("determiners.txt");
    private static final Set<String> GROUP_NOUNS = WordList.load("group-nouns.txt");

    /** The entity as one of the types: itself, or for a country a person's nationality. */
    private Optional<Entity> as(Entity e, Set<EntityType> types) {
        if (types.contains(e.type())) {
            return Optional.of(e);
        }
        return types.contains(EntityType.COUNTRY) && e.type() == EntityType.PERSON ? gazetteer.nationalityOf(e) : Optional.empty();
    }

    private static final String SIDE = "SIDE";
    private static final Set<EntityType> SIDES = Set.of(EntityType.COUNTRY, EntityType.ORGANIZATION);
}
