package org.samachar.extract.event.argument;

import org.samachar.extract.PhraseLexicon;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.text.LanguageData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "विदेश मंत्रालय ने कहा", "વિદેશ મંત્રાલયે જણાવ્યું": a paper writes its own country's ministry
 * without the country's name. So an office of a kind only a state has ({@code home-offices.txt})
 * written alone stands for the office of the country the report was filed from (its dateline's,
 * else the country whose press writes the language), until the article first names an office of
 * that kind with a name before it ("यूक्रेन के विदेश मंत्रालय"): from there on the bare word is that
 * office again ({@link ReferringWords}).
 *
 * @param country        the report's country, if known
 * @param kinds          the kinds of office only a state has
 * @param firstOwned     by kind, the first sentence naming an office of that kind with its owner
 * @param organisationOf the gazetteer's organisation of a country whose name ends in given name keys
 */
record HomeOffices(Optional<Entity> country, Set<String> kinds, Map<String, Integer> firstOwned,
                   BiFunction<Entity, List<String>, Optional<Entity>> organisationOf) {

    private static final Set<String> HOME_OFFICE_KINDS = Set.copyOf(LanguageData.shared("home-offices.txt"));

    /**
     * What a bare office of this kind in this sentence stands for, if anything: the country's
     * office the gazetteer names with the same last words ("ભારતીય વિદેશ મંત્રાલય" for "વિદેશ
     * મંત્રાલય"; the first of the ways its name may end that one office has), else the country.
     */
    Optional<Entity> at(String kind, int sentence, List<List<String>> nameEndings) {
        if (country.isEmpty() || !kinds.contains(kind) || sentence >= firstOwned.getOrDefault(kind, Integer.MAX_VALUE)) {
            return Optional.empty();
        }
        return nameEndings.stream().map(keys -> organisationOf.apply(country.get(), keys)).flatMap(Optional::stream)
                .findFirst().or(() -> country);
    }

    /** The home offices of an article of {@code country}; {@code descriptions}: the words naming an office by kind. */
    static HomeOffices of(List<Sentence> sentences, List<List<Token>> tokens, List<Mention> mentions, Optional<Entity> country,
                          PhraseLexicon descriptions, BiFunction<Entity, List<String>, Optional<Entity>> organisationOf) {
        if (country.isEmpty()) {
            return new HomeOffices(country, Set.of(), Map.of(), organisationOf);
        }
        Map<String, Integer> firstOwned = new HashMap<>();
        for (Sentence s : sentences) {
            List<Token> words = tokens.get(s.index());
            for (PhraseLexicon.Hit hit : descriptions.find(words)) {
                if (!HOME_OFFICE_KINDS.contains(hit.label()) || firstOwned.containsKey(hit.label())) {
                    continue;
                }
                int from = s.begin() + words.get(Math.max(0, hit.firstToken() - ReferringWords.DESCRIPTION_REACH)).begin();
                int to = s.begin() + words.get(hit.firstToken()).begin();
                if (mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.end() > from && m.end() <= to)) {
                    firstOwned.put(hit.label(), s.index());
                }
            }
        }
        return new HomeOffices(country, HOME_OFFICE_KINDS, firstOwned, organisationOf);
    }
}
