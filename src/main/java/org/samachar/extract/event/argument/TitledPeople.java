package org.samachar.extract.event.argument;

import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.WordList;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The people an article names right after a title ({@code role-cues.tsv}: "પ્રધાનમંત્રી મોદી",
 * "President Lula", "विदेश मंत्री डॉ. एस जयशंकर": an honorific may stand between, {@code
 * honorifics.txt}, or a word in brackets, "Foreign Minister (FM) Bilawal"), with the role the title gives, so that the title said alone later ("the
 * president said") can be read as that person. Worked out on first use: most articles never need it.
 */
final class TitledPeople {

    /** A person named after a title, with the country named right before the title, if any. */
    private record Titled(int begin, String title, Entity person, Optional<Entity> of) {
    }

    private final AnalyzedArticle article;
    private static final Set<String> HONORIFICS = WordList.load("honorifics.txt");

    private final PhraseLexicon roleCues;
    private List<Titled> titled;

    private final Function<Entity, Optional<Entity>> nationality;
    private final Function<Entity, Optional<String>> jobTitle;
    private final java.util.function.BiFunction<String, Entity, List<Entity>> peopleTitled;
    /** Offices one person holds at a time in a country ({@code sole-offices.txt}). */
    private static final Set<String> SOLE_OFFICES = Set.copyOf(org.samachar.text.LanguageData.shared("sole-offices.txt"));
    private final Predicate<Token> postposition;
    private final BiPredicate<Token, String> endsInCase;

    /**
     * {@code nationality}: the country of a person the gazetteer knows; {@code jobTitle}: their
     * English job title ("President of Sri Lanka"); {@code postposition}: whether
     * a word is a case marker written apart ("चिली के राष्ट्रपति"); {@code endsInCase}: whether a
     * word carries a case ending after a title's last word ("રાષ્ટ્રપતિએ"); {@code peopleTitled}: the
     * people of a country the gazetteer gives a job title beginning so ("prime minister of ").
     */
    TitledPeople(AnalyzedArticle article, PhraseLexicon roleCues, Function<Entity, Optional<Entity>> nationality,
                 Function<Entity, Optional<String>> jobTitle, java.util.function.BiFunction<String, Entity, List<Entity>> peopleTitled,
                 Predicate<Token> postposition, BiPredicate<Token, String> endsInCase) {
        this.article = article;
        this.jobTitle = jobTitle;
        this.peopleTitled = peopleTitled;
        this.roleCues = roleCues;
        this.nationality = nationality;
        this.postposition = postposition;
        this.endsInCase = endsInCase;
    }

    /** Whether a word is an honorific, which may stand between a title and a name ("डॉ", "Mr"). */
    static boolean honorific(Token word) {
        String key = word.key();
        return HONORIFICS.contains(key.endsWith(".") ? key.substring(0, key.length() - 1) : key);
    }

    /** "Foreign Minister (FM) Bilawal", "प्रधानमंत्री (पीएम) मोदी": a word in brackets of its own. */
    private static boolean bracketed(String text, List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size()
                && text.substring(tokens.get(k - 1).end(), tokens.get(k).begin()).contains("(")
                && text.substring(tokens.get(k).end(), tokens.get(k + 1).begin()).contains(")");
    }

    /** The role a title hit names: its label without a ":known-only" mark. */
    static String role(PhraseLexicon.Hit title) {
        int colon = title.label().indexOf(':');
        return colon < 0 ? title.label() : title.label().substring(0, colon);
    }

    /**
     * A title as written, whatever ending its last word carries ("વડાપ્રધાન" in "વડાપ્રધાને"):
     * a home minister and a finance minister are both ministers, but not the same one.
     */
    static String title(PhraseLexicon.Hit hit, List<Token> tokens) {
        StringBuilder b = new StringBuilder(role(hit));
        for (int k = hit.firstToken(); k < hit.lastToken(); k++) {
            b.append(' ').append(tokens.get(k).key());
        }
        return b.append(' ').append(hit.lastWord()).toString();
    }

    /** The person last named with this title ({@link #title}) before the body offset, if any. */
    Optional<Entity> lastBefore(String title, int offset) {
        Entity found = null;
        for (Titled t : all()) {
            if (t.begin < offset && t.title.equals(title)) {
                found = t.person;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The person last named with this title of this country before the body offset: named after
     * "પોર્ટુગલના રાષ્ટ્રપતિ", or after the bare title if the country is theirs.
     */
    Optional<Entity> lastBefore(String title, Entity country, int offset) {
        Entity found = null;
        for (Titled t : all()) {
            if (t.begin < offset && t.title.equals(title)
                    && t.of.or(() -> nationality.apply(t.person)).filter(country::equals).isPresent()) {
                found = t.person;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The person first named with this title of this country after the body offset: a headline's
     * "रूसी राष्ट्रपति भारत आएंगे" is the president the report then names in full.
     */
    Optional<Entity> firstAfter(String title, Entity country, int offset) {
        for (Titled t : all()) {
            if (t.begin > offset && t.title.equals(title)
                    && t.of.or(() -> nationality.apply(t.person)).filter(country::equals).isPresent()) {
                return Optional.of(t.person);
            }
        }
        return Optional.empty();
    }

    /**
     * The one person of the article, of this country, whose job title in the gazetteer is this
     * role of a country ("Russian president" in an article naming Vladimir Putin without his
     * title: "President of Russia"); none when the article names none or several.
     */
    Optional<Entity> onlyHolderNamed(String role, Entity country) {
        List<Entity> holders = holdersOf(role, country);
        List<Entity> named = article.mentions().stream().map(Mention::entity).filter(holders::contains)
                .distinct().limit(2).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The people the gazetteer gives this role of this country ("prime-minister": "Prime Minister of Japan ..."). */
    private List<Entity> holdersOf(String role, Entity country) {
        return peopleTitled.apply(role.replace('-', ' ') + " of ", country);
    }

    /**
     * The one person the gazetteer says held this office of this country in the year of the report
     * ("the Japanese prime minister" in a 2023 report: Kishida, 2021–2024), for an office one person
     * holds at a time. None in a year the office changed hands, or when a holder's years are not
     * given (they may be the one), or for a report of no known date.
     */
    Optional<Entity> holderInOffice(String role, Entity country) {
        Optional<java.time.LocalDate> published = article.source().entry().published();
        if (!SOLE_OFFICES.contains(role) || published.isEmpty()) {
            return Optional.empty();
        }
        int year = published.get().getYear();
        Entity found = null;
        for (Entity person : holdersOf(role, country)) {
            Optional<Boolean> held = OfficeTerms.heldIn(jobTitle.apply(person).orElse(""), year);
            if (held.orElse(true)) {
                if (found != null || held.isEmpty()) {
                    return Optional.empty();
                }
                found = person;
            }
        }
        return Optional.ofNullable(found);
    }

    private List<Titled> all() {
        if (titled == null) {
            titled = new ArrayList<>();
            List<PhraseLexicon.Hit> hits = List.of();
            int hitsOf = -1;
            for (Mention m : article.mentions()) {
                if (m.entity().type() != EntityType.PERSON || m.sentence() < 0) {
                    continue;
                }
                List<Token> tokens = article.tokens().get(m.sentence());
                if (hitsOf != m.sentence()) {
                    hits = roleCues.find(tokens);
                    hitsOf = m.sentence();
                }
                int begin = m.begin() - article.sentences().get(m.sentence()).begin();
                for (PhraseLexicon.Hit h : hits) {
                    if (endsInCase.test(tokens.get(h.lastToken()), h.lastWord())) {
                        continue; // "બાંગ્લાદેશના રાષ્ટ્રપતિએ રામનાથ કોવિંદને": the title acts, the name after it is another
                    }
                    String text = article.sentences().get(m.sentence()).text();
                    int next = h.lastToken() + 1;
                    while (next < tokens.size() && (honorific(tokens.get(next)) || bracketed(text, tokens, next))) {
                        next++;
                    }
                    if (next < tokens.size() && tokens.get(next).begin() == begin) {
                        titled.add(new Titled(m.begin(), title(h, tokens), m.entity(), countryBefore(m.sentence(), tokens, h)));
                    }
                }
            }
        }
        return titled;
    }

    /** The country whose mention holds the word right before a title ("પોર્ટુગલના રાષ્ટ્રપતિ"), if any. */
    private Optional<Entity> countryBefore(int sentence, List<Token> tokens, PhraseLexicon.Hit title) {
        int before = title.firstToken() - 1;
        while (before > 0 && postposition.test(tokens.get(before))) {
            before--;
        }
        if (before < 0) {
            return Optional.empty();
        }
        int at = article.sentences().get(sentence).begin() + tokens.get(before).begin();
        return article.mentions().stream()
                .filter(m -> m.sentence() == sentence && m.begin() <= at && at < m.end() && m.entity().type() == EntityType.COUNTRY)
                .map(Mention::entity).findFirst();
    }
}
