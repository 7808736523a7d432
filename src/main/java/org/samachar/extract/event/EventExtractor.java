package org.samachar.extract.event;

import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Entity;
import org.samachar.vocab.EntityType;
import org.samachar.extract.Gazetteer;
import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.Mention;
import org.samachar.extract.NameFolding;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Token;
import org.samachar.extract.WordTokenizer;
import org.samachar.extract.time.Tense;
import org.samachar.extract.time.TenseDetector;
import org.samachar.pipeline.model.TimeExpression;
import org.samachar.extract.time.TimeExpressionFinder;
import org.samachar.pipeline.model.TimeValue;
import org.samachar.extract.time.TimeVocabulary;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.ArticleLanguage;
import org.samachar.pipeline.model.EmbeddedPost;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;
import org.samachar.pipeline.model.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds events sentence by sentence, the same way in every language; the words are data:
 * <ol>
 *   <li>trigger words give the event types ({@code event-triggers.tsv});</li>
 *   <li>the names in the sentence get a case from their endings or neighbouring words
 *       ({@code case-markers.tsv}) and take the first role of the event their case and kind fit
 *       ({@code events/roles.tsv}); a city named as an actor stands for its country;</li>
 *   <li>in a sentence that reports speech (said, accused, warned...), the speaker claims the other
 *       events and is not one of their actors; a denial denies the other event of its sentence;</li>
 *   <li>the time nearest the trigger is the event's time, resolved against the publication date;
 *       modality comes from cue words ({@code modality.tsv}) and the tense.</li>
 * </ol>
 * Each event keeps its sentence as evidence. The rules are deliberately simple and measured
 * against the gold annotation by the {@code eval} command.
 */
public final class EventExtractor implements Annotator {

    private static final String ASSERTED = "Asserted";
    private static final String PLANNED = "Planned";
    private static final String DENIED = "Denied";
    private static final String DENIAL = "Denial";
    private static final String ACCUSATION = "Accusation";

    private final Gazetteer gazetteer;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final PhraseLexicon triggers = new PhraseLexicon("event-triggers.tsv");
    private final PhraseLexicon weapons = new PhraseLexicon("weapons.tsv");
    private final PhraseLexicon modalityCues = new PhraseLexicon("modality.tsv");
    private final PhraseLexicon pairPhrases = new PhraseLexicon("pair-phrases.tsv");
    private final PhraseLexicon roleCues = new PhraseLexicon("role-cues.tsv");
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final RoleTemplates templates = new RoleTemplates();
    private final TenseDetector tenses = new TenseDetector();
    private final TimeExpressionFinder times = new TimeExpressionFinder(new TimeVocabulary());
    private final Set<String> complementizers = WordList.load("complementizers.txt");
    private final Set<String> negations = WordList.load("negation.txt");
    private final Set<String> topicNouns = WordList.load("topic-nouns.txt");
    private final Set<String> groupNouns = WordList.load("group-nouns.txt");
    private final Set<String> governmentNouns = WordList.load("government-nouns.txt");
    private final Map<String, Set<String>> attributions = new HashMap<>();
    private final Map<String, Set<String>> backgroundCues = new HashMap<>();
    private final List<Pattern> refusalCues = new ArrayList<>();

    public EventExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String lang : Scripts.knownLanguages()) {
            for (String line : LanguageData.lines(lang + "/background-cues.tsv")) {
                String[] c = line.split("\t+");
                if (c.length == 2) {
                    backgroundCues.computeIfAbsent(c[0], k -> new HashSet<>()).add(NameFolding.key(c[1]));
                }
            }
            for (String line : LanguageData.lines(lang + "/attribution.tsv")) {
                String[] c = line.split("\t+");
                if (c.length == 2) {
                    attributions.computeIfAbsent(c[0], k -> new HashSet<>()).add(NameFolding.key(c[1]));
                }
            }
            LanguageData.lines(lang + "/refusal-cues.txt")
                    .forEach(p -> refusalCues.add(Pattern.compile(p)));
        }
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Mention.class, ArticleLanguage.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Event.class);
    }

    /**
     * A name in the sentence with its case. A modifier is a name that only qualifies the next one
     * ("ભારતના વડાપ્રધાન મોદી", "French president Macron"): it takes no role itself.
     */
    private record Actor(Entity entity, Set<String> cases, int firstToken, int lastToken, boolean modifier, int group,
                         EntityType kind) {
        Actor(Entity entity, Set<String> cases, int firstToken, int lastToken, boolean modifier, int group) {
            this(entity, cases, firstToken, lastToken, modifier, group, entity.type());
        }

        Actor with(Set<String> newCases, int newLast, boolean newModifier, int newGroup) {
            return new Actor(entity, newCases, firstToken, newLast, newModifier, newGroup, kind);
        }
    }

    /** What joins two names of a list written without "and": a comma, a hyphen or a dash. */
    private static final Pattern LIST_PUNCTUATION = Pattern.compile("[,،、\\-\u2010-\u2015/]");

    /** The case of people joined in the genitive ("X-Y's meeting"), for {@code events/roles.tsv}. */
    private static final String JOINED_GENITIVE = "JOINED_GENITIVE";

    /** How many words may stand between a name and the trigger whose type its case changes. */
    private static final int RECLASSIFY_REACH = 4;

    /** How many words may stand between a transfer verb and the weapons it moves. */
    private static final int OBJECT_REACH = 6;

    /** Names after which a modified name may follow and still count as modified. */
    private static final int MODIFIER_REACH = 3;

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        LocalDate published = article.source().entry().published().orElse(null);
        List<Event> events = new ArrayList<>();
        // Each sentence reads its own names; looking them up in the article's list was a loop
        // over every mention for every sentence.
        List<List<Mention>> bySentence = new ArrayList<>(article.sentences().size());
        article.sentences().forEach(s -> bySentence.add(new ArrayList<>()));
        for (Mention m : article.mentions()) {
            if (m.sentence() >= 0 && m.sentence() < bySentence.size()) {
                bySentence.get(m.sentence()).add(m);
            }
        }
        for (Sentence s : article.sentences()) {
            events.addAll(extract(article, s, article.tokens().get(s.index()), bySentence.get(s.index()),
                    published, events.size()));
        }
        events = linkDenialsBack(events);
        return article.withEvents(EventMerger.merge(events, article.headline().stream()
                .flatMap(h -> article.sentences().stream().filter(s -> s.paragraph() == h.index()))
                .map(Sentence::index).collect(java.util.stream.Collectors.toSet()), templates::isSpeechAct));
    }

    private List<Event> extract(AnalyzedArticle article, Sentence s, List<Token> tokens, List<Mention> ownMentions,
                                LocalDate published, int firstIndex) {
        List<PhraseLexicon.Hit> hits = triggers.find(tokens);
        if (hits.isEmpty()) {
            return List.of();
        }
        Optional<EmbeddedPost> post = article.paragraphs().get(s.paragraph()).post().stream()
                .mapToObj(article.posts()::get).findFirst();
        List<Actor> actors = actors(s, tokens, ownMentions, article.mentions());
        // One event per type per sentence: the first trigger of the type is its trigger.
        Map<String, PhraseLexicon.Hit> byType = new LinkedHashMap<>();
        for (PhraseLexicon.Hit h : hits) {
            String label = reclassified(h, actors);
            if (byType.keySet().stream().noneMatch(k -> typeOf(k).equals(typeOf(label)))) {
                byType.put(label, h);
            }
        }
        if (byType.containsKey("JointStatement")) {
            byType.remove("Statement");
        }
        // "X said that ...": the speaker stands before the complementizer, the reported event after.
        int clause = -1;
        for (int i = 0; i < tokens.size() && clause < 0; i++) {
            if (complementizers.contains(tokens.get(i).key())) {
                clause = i;
            }
        }
        final int split = clause;
        boolean reported = split >= 0 && byType.entrySet().stream()
                .anyMatch(e -> templates.isSpeechAct(typeOf(e.getKey())) && e.getValue().firstToken() < split);
        List<Actor> speakerSide = !reported ? actors : actors.stream().filter(a -> a.lastToken < split).toList();
        List<Actor> reportedSide = !reported ? actors : actors.stream().filter(a -> a.firstToken > split).toList();
        String modality = modality(tokens);
        List<TimeExpression> sentenceTimes = published == null ? List.of() : times.find(s.text(), tokens, published);
        List<PhraseLexicon.Hit> weaponHits = weapons.find(tokens);

        // Speakers of the speech acts claim the rest.
        Set<Entity> speakers = new LinkedHashSet<>();
        Map<String, List<Event.Role>> speechRoles = new LinkedHashMap<>();
        for (Map.Entry<String, PhraseLexicon.Hit> e : byType.entrySet()) {
            if (templates.isSpeechAct(typeOf(e.getKey()))) {
                List<Event.Role> roles = speechRoles(e.getKey(), speakerSide, e.getValue().firstToken());
                speechRoles.put(e.getKey(), roles);
                roles.stream().filter(r -> r.role().equals("speaker")).forEach(r -> speakers.add(r.entity()));
            }
        }
        speakers.addAll(sources(tokens, actors));
        Set<Entity> deniers = new HashSet<>();
        speechRoles.entrySet().stream().filter(e -> typeOf(e.getKey()).equals(DENIAL))
                .forEach(e -> e.getValue().forEach(r -> deniers.add(r.entity())));
        List<Event> out = new ArrayList<>();
        for (Map.Entry<String, PhraseLexicon.Hit> e : byType.entrySet()) {
            String type = typeOf(e.getKey());
            PhraseLexicon.Hit hit = e.getValue();
            // Buying, selling and giving are arms transfers only when weapons are named near the verb.
            List<String> objects = weaponHits.stream()
                    .filter(w -> Math.abs(w.lastToken() - hit.firstToken()) <= OBJECT_REACH
                            || Math.abs(w.firstToken() - hit.lastToken()) <= OBJECT_REACH)
                    .map(PhraseLexicon.Hit::label).distinct().toList();
            if (type.equals("ArmsTransfer") && objects.isEmpty()) {
                continue;
            }
            if ((!type.equals(DENIAL) && negated(tokens, hit)) || backgrounded(tokens, hit)
                    || (type.equals(DENIAL) && refusal(tokens, hit))) {
                continue;
            }
            boolean speech = templates.isSpeechAct(type);
            List<Event.Role> roles = speech ? speechRoles.get(e.getKey()) : roles(e.getKey(), reportedSide, speakers);
            if (roles.isEmpty() || !templates.hasRequiredRoles(type, roles)) {
                continue;
            }
            // "X denied the accusations of ...": an accusation voiced only by those who deny in
            // the same sentence is the accusation they deny, made by someone else.
            if (type.equals(ACCUSATION) && !deniers.isEmpty() && roles.stream()
                    .filter(r -> r.role().equals("speaker")).allMatch(r -> deniers.contains(r.entity()))) {
                continue;
            }
            String trigger = s.text().substring(tokens.get(hit.firstToken()).begin(), tokens.get(hit.lastToken()).end());
            Optional<TimeExpression> time = timeOf(speech, post, sentenceTimes, reported ? tokens.get(split).begin() : -1,
                    tokens.get(hit.firstToken()).begin());
            out.add(new Event(firstIndex + out.size(), type, s.index(), trigger, roles, place(type, actors, roles),
                    time, speech ? ASSERTED : modality, speech ? List.of() : List.copyOf(speakers), OptionalInt.empty(),
                    type.equals("ArmsTransfer") ? objects : List.of(), confidence(roles, time)));
        }
        if (reported) {
            out.addAll(nestedStatements(s, tokens, hits, reportedSide, split, speakers, firstIndex + out.size()));
        }
        return linkDenials(out);
    }

    /**
     * "KCNA said that Li said in a speech that ...": a statement reported inside another one, with
     * its own speaker (an agent of the reported clause before its verb), claimed by the outer speaker.
     */
    private List<Event> nestedStatements(Sentence s, List<Token> tokens, List<PhraseLexicon.Hit> hits,
                                         List<Actor> reportedSide, int split, Set<Entity> outerSpeakers, int firstIndex) {
        List<Event> out = new ArrayList<>();
        for (PhraseLexicon.Hit h : hits) {
            if (h.firstToken() <= split || !typeOf(h.label()).equals("Statement")) {
                continue;
            }
            List<Actor> before = reportedSide.stream().filter(a -> a.lastToken < h.firstToken()).toList();
            List<Event.Role> roles = roles(h.label(), before, outerSpeakers);
            if (roles.stream().noneMatch(r -> r.role().equals("speaker"))) {
                continue;
            }
            String trigger = s.text().substring(tokens.get(h.firstToken()).begin(), tokens.get(h.lastToken()).end());
            out.add(new Event(firstIndex + out.size(), "Statement", s.index(), trigger, roles, Optional.empty(),
                    Optional.empty(), ASSERTED, List.copyOf(outerSpeakers), OptionalInt.empty(), List.of(),
                    confidence(roles, Optional.empty())));
            break; // one nested statement per sentence
        }
        return out;
    }

    /** The names of the sentence ({@code ownMentions}) as actors; {@code mentions} are the article's. */
    private List<Actor> actors(Sentence s, List<Token> tokens, List<Mention> ownMentions, List<Mention> mentions) {
        List<Actor> actors = new ArrayList<>();
        for (Mention m : ownMentions) {
            int begin = m.begin() - s.begin();
            int end = m.end() - s.begin();
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).begin() >= begin && tokens.get(i).end() <= end) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            Set<String> cases = caseMarkers.cases(tokens, first, last, lastKey(m.label().text()));
            // "યુક્રેન યુદ્ધ", "the Ukraine war": a name before a topic noun is what the noun is about.
            boolean topic = cases.equals(Set.of(CaseMarkers.NONE)) && last + 1 < tokens.size()
                    && topicNouns.contains(tokens.get(last + 1).key());
            if (topic) {
                continue;
            }
            boolean demonym = m.label().kind() == LabelKind.DEMONYM;
            actors.add(new Actor(m.entity(), cases, first, last, demonym, actors.size()));
        }
        actors.addAll(pairs(s, tokens, mentions, actors.size()));
        actors.sort(Comparator.comparingInt(Actor::firstToken));
        // "X અને Y બંનેએ", "US, UK and Japan said", "X-Y ની": an unmarked name shares the case of the
        // next name it is joined to by a coordinator, a comma or a hyphen. Names side by side with
        // nothing between them are not joined ("મેક્રોન ફ્રાન્સથી": Macron, from France).
        for (int i = actors.size() - 2; i >= 0; i--) {
            Actor a = actors.get(i);
            Actor next = actors.get(i + 1);
            int between = next.firstToken - a.lastToken - 1;
            if (between < 0) {
                continue; // the two names of one "both countries"
            }
            String gap = s.text().substring(tokens.get(a.lastToken).end(), tokens.get(next.firstToken).begin());
            boolean joined = (between == 0 && LIST_PUNCTUATION.matcher(gap).find())
                    || (between == 1 && caseMarkers.isCoordinator(tokens.get(a.lastToken + 1)));
            if (joined && a.cases.equals(Set.of(CaseMarkers.NONE)) && !next.cases.contains(CaseMarkers.NONE)) {
                actors.set(i, a.with(next.cases, a.lastToken, a.modifier, next.group));
            }
        }
        // "રશિયન પ્રતિનિધિમંડળ પહોંચ્યું", "US officials said": a country or organisation acting through
        // a group of its people is the actor, in the case the group noun carries.
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (!(a.modifier || a.cases.contains("GENITIVE"))) {
                continue;
            }
            int limit = actors.stream().filter(b -> b.firstToken > a.lastToken).mapToInt(b -> b.firstToken - 1)
                    .findFirst().orElse(tokens.size() - 1);
            for (int g = a.lastToken + 1; g <= Math.min(a.lastToken + 2, limit); g++) {
                Optional<String> noun = groupNoun(tokens.get(g));
                if (noun.isPresent()) {
                    actors.set(i, new Actor(a.entity, caseMarkers.cases(tokens, g, g, noun.get()), a.firstToken, g,
                            false, a.group, EntityType.ORGANIZATION));
                    break;
                }
            }
        }
        // "બિડેન વહીવટીતંત્રે", "the Biden administration": a leader's government is the leader's
        // country, in the case the noun carries.
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (a.entity.type() != EntityType.PERSON || a.lastToken + 1 >= tokens.size()
                    || actors.stream().anyMatch(b -> b.firstToken == a.lastToken + 1)) {
                continue;
            }
            Token next = tokens.get(a.lastToken + 1);
            Optional<String> noun = next.stems().stream().filter(governmentNouns::contains)
                    .max(Comparator.comparingInt(String::length));
            Optional<Entity> country = gazetteer.nationalityOf(a.entity);
            if (noun.isPresent() && country.isPresent()) {
                actors.set(i, new Actor(country.get(), caseMarkers.cases(tokens, a.lastToken + 1, a.lastToken + 1, noun.get()),
                        a.firstToken, a.lastToken + 1, false, a.group));
            }
        }
        // "અમેરિકાના અધિકારીએ કહ્યું": a genitive name whose noun is the agent speaks through it.
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            int reach = i + 1 < actors.size() ? Math.min(a.lastToken + MODIFIER_REACH, actors.get(i + 1).firstToken - 1)
                    : a.lastToken + MODIFIER_REACH;
            if (a.cases.contains("GENITIVE") && caseMarkers.proxyAgent(tokens, a.lastToken + 1, reach)) {
                actors.set(i, a.with(Set.of("AGENT"), a.lastToken, false, a.group));
            }
        }
        // A genitive or adjectival name right before another name qualifies it.
        List<Actor> out = new ArrayList<>(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            // ...unless they are joined ("રશિયન અને ઉત્તર કોરિયાની વાટાઘાટો": both qualify the talks).
            // "ईरान के विदेश मंत्री X": a title between them lets the qualified name stand further off.
            boolean qualifies = (a.modifier || a.cases.contains("GENITIVE")) && i + 1 < actors.size()
                    && actors.get(i + 1).group != a.group
                    && (actors.get(i + 1).firstToken - a.lastToken <= MODIFIER_REACH
                    || titled(tokens, a.lastToken + 1, actors.get(i + 1).firstToken - 1));
            out.add(a.with(a.cases, a.lastToken, qualifies, a.group));
        }
        return out;
    }

    /**
     * The key of a label's last word, where the case ending on a name starts. Labels are the
     * gazetteer's and the article's new names, the same ones in article after article, so they
     * are tokenised once; emptied past {@link #LABEL_CACHE_LIMIT} labels.
     */
    private String lastKey(String label) {
        String known = labelLastKeys.get(label);
        if (known != null) {
            return known;
        }
        if (labelLastKeys.size() > LABEL_CACHE_LIMIT) {
            labelLastKeys.clear();
        }
        List<Token> words = tokenizer.tokens(label);
        String key = words.isEmpty() ? "" : words.get(words.size() - 1).key();
        labelLastKeys.put(label, key);
        return key;
    }

    private final Map<String, String> labelLastKeys = new ConcurrentHashMap<>();
    private static final int LABEL_CACHE_LIMIT = 100_000;

    /**
     * "બંને દેશો", "दोनों नेताओं", "both countries": the last two countries (or people) the article
     * named before the phrase, as two actors joined in the phrase's case ({@code pair-phrases.tsv}).
     */
    private List<Actor> pairs(Sentence s, List<Token> tokens, List<Mention> mentions, int firstGroup) {
        List<Actor> out = new ArrayList<>();
        for (PhraseLexicon.Hit hit : pairPhrases.find(tokens)) {
            EntityType type = EntityType.valueOf(hit.label());
            int at = s.begin() + tokens.get(hit.firstToken()).begin();
            List<Entity> before = mentions.stream()
                    .filter(m -> m.begin() < at && m.entity().type() == type)
                    .sorted(Comparator.comparingInt(Mention::begin).reversed())
                    .map(Mention::entity).distinct().limit(2).toList();
            if (before.size() == 2) {
                Set<String> cases = caseMarkers.cases(tokens, hit.firstToken(), hit.lastToken(), hit.lastWord());
                int group = firstGroup + out.size();
                for (int k = 1; k >= 0; k--) {
                    out.add(new Actor(before.get(k), cases, hit.firstToken(), hit.lastToken(), false, group));
                }
            }
        }
        return out;
    }

    /** Whether the words from..to are a title ({@code role-cues.tsv}) ending right before a name, with a postposition at most before it. */
    private boolean titled(List<Token> tokens, int from, int to) {
        if (to < from || to - from > MODIFIER_REACH + 1) {
            return false;
        }
        return roleCues.find(tokens.subList(from, to + 1)).stream().anyMatch(h -> h.lastToken() == to - from);
    }

    /** The base form of a group noun ("અધિકારીઓએ" → "અધિકારીઓ"), the longest that fits. */
    private Optional<String> groupNoun(Token t) {
        return t.stems().stream().filter(groupNouns::contains)
                .max(Comparator.comparingInt(String::length));
    }

    /** Each actor in the first role it fits; cities as actors stand for their country. */
    private List<Event.Role> roles(String template, List<Actor> actors, Set<Entity> excluded) {
        List<Event.Role> roles = new ArrayList<>();
        Set<Entity> seen = new LinkedHashSet<>();
        for (Actor a : actors) {
            if (a.modifier) {
                continue;
            }
            Entity entity = a.entity.type() == EntityType.CITY && !a.cases.contains("LOCATIVE")
                    ? gazetteer.countryOf(a.entity).orElse(a.entity) : a.entity;
            if (excluded.contains(entity) || excluded.contains(a.entity) || seen.contains(entity)) {
                continue;
            }
            // A name seen again may fit a role the first time did not ("मोदी के बीच ... मोदी ने").
            Optional<String> role = templates.roleFor(template, a.cases,
                    a.kind == EntityType.ORGANIZATION ? a.kind : entity.type());
            if (role.isPresent()) {
                seen.add(entity);
                roles.add(new Event.Role(role.get(), entity,
                        entity.equals(a.entity) ? Optional.empty() : Optional.of(a.entity)));
            }
        }
        return roles;
    }

    /**
     * Roles of a speech act. Without a speaker marked as the agent, the name just before the
     * trigger speaks (English "the US says", Gujarati "બંને દેશોએ" after the names); a name that
     * only qualifies the speaker ("અમેરિકાના અધિકારીએ", "the US official") speaks for its country.
     */
    private List<Event.Role> speechRoles(String template, List<Actor> actors, int trigger) {
        List<Event.Role> roles = roles(template, actors, Set.of());
        List<Event.Role> speakers = roles.stream().filter(r -> r.role().equals("speaker")).toList();
        if (speakers.size() > 1 && !typeOf(template).equals("JointStatement")) {
            // "X did Y, Z said": of several agents, the one nearest before the verb is the speaker.
            // Names joined to it ("X and Y said") speak with it.
            Optional<Actor> nearest = actors.stream().filter(a -> a.lastToken < trigger && !a.modifier
                            && speakers.stream().anyMatch(r -> r.entity().equals(a.entity)))
                    .max(Comparator.comparingInt(Actor::lastToken));
            if (nearest.isPresent()) {
                Set<Entity> group = new HashSet<>();
                actors.stream().filter(a -> a.group == nearest.get().group).forEach(a -> {
                    group.add(a.entity);
                    gazetteer.countryOf(a.entity).ifPresent(group::add); // a city speaks for its country
                });
                return roles.stream().filter(r -> !r.role().equals("speaker") || group.contains(r.entity())).toList();
            }
        }
        if (!speakers.isEmpty()) {
            return roles;
        }
        Optional<Actor> before = actors.stream()
                .filter(a -> a.lastToken < trigger && (a.modifier || a.cases.contains(CaseMarkers.NONE)))
                .max(Comparator.comparingInt(Actor::lastToken));
        if (before.isEmpty()) {
            return roles;
        }
        Entity speaker = before.get().entity.type() == EntityType.CITY
                ? gazetteer.countryOf(before.get().entity).orElse(before.get().entity) : before.get().entity;
        List<Event.Role> out = new ArrayList<>();
        Entity named = before.get().entity;
        out.add(new Event.Role("speaker", speaker, speaker.equals(named) ? Optional.empty() : Optional.of(named)));
        roles.stream().filter(r -> !r.entity().equals(speaker)).forEach(out::add);
        return out;
    }

    /** A city of the sentence; for a visit without one, the country visited. */
    private static Optional<Entity> place(String type, List<Actor> actors, List<Event.Role> roles) {
        Optional<Entity> city = actors.stream().map(Actor::entity).filter(e -> e.type() == EntityType.CITY).findFirst();
        if (city.isPresent() || !type.equals("Visit")) {
            return city;
        }
        return roles.stream().filter(r -> r.role().equals("host") && r.entity().type() == EntityType.COUNTRY)
                .map(Event.Role::entity).findFirst();
    }

    /**
     * The source a sentence is attributed to: the name just before "અનુસાર" / "के अनुसार" or just
     * after "according to" ({@code attribution.tsv}).
     */
    private Set<Entity> sources(List<Token> tokens, List<Actor> actors) {
        Set<String> sourceBefore = attributions.getOrDefault("source-before", Set.of());
        Set<String> sourceAfter = attributions.getOrDefault("source-after", Set.of());
        Set<Entity> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String key = tokens.get(i).key();
            int at = i;
            if (sourceBefore.contains(key)) {
                actors.stream().filter(a -> a.lastToken < at && at - a.lastToken <= 2)
                        .reduce((first, second) -> second).ifPresent(a -> out.add(a.entity));
            } else if (sourceAfter.contains(key)) {
                actors.stream().filter(a -> a.firstToken > at && a.firstToken - at <= 2)
                        .findFirst().ifPresent(a -> out.add(a.entity));
            }
        }
        return out;
    }

    /**
     * A trigger that is the subject matter of the sentence rather than an event of it: "met on
     * military cooperation", "despite denials" ({@code background-cues.tsv}).
     */
    private boolean backgrounded(List<Token> tokens, PhraseLexicon.Hit hit) {
        Set<String> after = backgroundCues.getOrDefault("after", Set.of());
        Set<String> before = backgroundCues.getOrDefault("before", Set.of());
        for (int k = hit.lastToken() + 1; k <= hit.lastToken() + 2 && k < tokens.size(); k++) {
            if (after.contains(tokens.get(k).key())) {
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

    /** A negation word right before or after the trigger. */
    private boolean negated(List<Token> tokens, PhraseLexicon.Hit hit) {
        int before = hit.firstToken() - 1;
        int after = hit.lastToken() + 1;
        return (before >= 0 && negations.contains(tokens.get(before).key()))
                || (after < tokens.size() && negations.contains(tokens.get(after).key()));
    }

    /**
     * A trigger's type, changed when a name just before it has a case that changes it
     * ("મેક્રોન સાથે મુલાકાત" is a meeting, "ભારતની મુલાકાત" a visit).
     */
    private String reclassified(PhraseLexicon.Hit hit, List<Actor> actors) {
        for (Actor a : actors) {
            if (a.lastToken >= hit.firstToken() || hit.firstToken() - a.lastToken > RECLASSIFY_REACH) {
                continue;
            }
            Set<String> cases = new LinkedHashSet<>(a.cases);
            boolean joinedPeople = a.entity.type() == EntityType.PERSON && actors.stream()
                    .anyMatch(b -> b != a && b.group == a.group && b.entity.type() == EntityType.PERSON);
            if (joinedPeople && cases.contains("GENITIVE")) {
                cases.add(JOINED_GENITIVE);
            }
            for (String c : cases) {
                Optional<String> other = templates.reclassified(hit.label(), c);
                if (other.isPresent()) {
                    return other.get();
                }
            }
        }
        return hit.label();
    }

    /** The event type of a trigger label: "ArmsTransfer:buy" is an ArmsTransfer. */
    private static String typeOf(String label) {
        int colon = label.indexOf(':');
        return colon < 0 ? label : label.substring(0, colon);
    }

    private String modality(List<Token> tokens) {
        Set<String> cues = new LinkedHashSet<>();
        modalityCues.find(tokens).forEach(h -> cues.add(h.label()));
        for (String m : List.of("Possible", "Expected", PLANNED)) {
            if (cues.contains(m)) {
                return m;
            }
        }
        return tenses.tense(tokens) == Tense.FUTURE ? PLANNED : ASSERTED;
    }

    /**
     * The time of an event: in a sentence that reports speech, the speech act takes a time of the
     * speaker's clause and the reported events one of the reported clause; in an embedded post, a
     * speech act happens on the post's date. Otherwise, the time nearest the trigger.
     */
    private static Optional<TimeExpression> timeOf(boolean speech, Optional<EmbeddedPost> post,
                                                   List<TimeExpression> found, int clauseStart, int at) {
        if (speech && post.isPresent() && post.get().date().isPresent()) {
            LocalDate d = post.get().date().get();
            return Optional.of(new TimeExpression(0, 0, d.toString(), TimeValue.day(d)));
        }
        List<TimeExpression> candidates = clauseStart < 0 ? found : found.stream()
                .filter(t -> speech ? t.end() <= clauseStart : t.begin() >= clauseStart).toList();
        return nearest(candidates, at);
    }

    private static Optional<TimeExpression> nearest(List<TimeExpression> found, int at) {
        return found.stream().min(Comparator.comparingInt(t -> Math.min(Math.abs(t.begin() - at), Math.abs(t.end() - at))));
    }

    private static double confidence(List<Event.Role> roles, Optional<TimeExpression> time) {
        double c = 0.5 + 0.1 * Math.min(roles.size(), 3) + (time.isPresent() ? 0.1 : 0);
        return Math.round(c * 100) / 100.0;
    }

    /** How many sentences back a denial with nothing to deny in its own sentence may look. */
    private static final int DENIAL_REACH = 2;

    /**
     * "X accused Y of Z. Y denied it.": a denial whose own sentence tells no event denies the
     * nearest claimed event of the sentences just before it, or else their nearest event.
     */
    private List<Event> linkDenialsBack(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event denial = out.get(i);
            if (!denial.type().equals(DENIAL) || denial.denies().isPresent()) {
                continue;
            }
            List<Event> before = events.stream()
                    .filter(e -> e.sentence() < denial.sentence() && e.sentence() >= denial.sentence() - DENIAL_REACH
                            && !templates.isSpeechAct(e.type()))
                    .toList();
            Optional<Event> denied = before.stream().filter(e -> !e.claimedBy().isEmpty()).reduce((a, b) -> b)
                    .or(() -> before.stream().reduce((a, b) -> b));
            if (denied.isPresent()) {
                out.set(i, denial.withDenies(OptionalInt.of(denied.get().index())));
            }
        }
        return out;
    }

    /**
     * A denial denies the first non-speech event of its sentence, and whoever denies it does not
     * claim it. The event is told as denied ({@code Denied}) when nobody else in the sentence
     * claims it: "X denied supplying arms" reports the supply only through its denial, while
     * "Y accused X of supplying arms, which X denied" keeps Y's claim as it was told.
     */
    private List<Event> linkDenials(List<Event> events) {
        Set<Entity> deniers = new LinkedHashSet<>();
        events.stream().filter(e -> e.type().equals(DENIAL)).forEach(e -> e.roles().forEach(r -> deniers.add(r.entity())));
        OptionalInt denied = events.stream().filter(e -> !templates.isSpeechAct(e.type()))
                .mapToInt(Event::index).findFirst();
        if (deniers.isEmpty() || denied.isEmpty()) {
            return events;
        }
        boolean claimedByOthers = events.stream().anyMatch(e -> !e.type().equals(DENIAL) && templates.isSpeechAct(e.type())
                && e.roles().stream().anyMatch(r -> !deniers.contains(r.entity())));
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e.type().equals(DENIAL)) {
                out.add(e.withDenies(denied));
            } else if (e.index() == denied.getAsInt()) {
                List<Entity> claimants = e.claimedBy().stream().filter(c -> !deniers.contains(c)).toList();
                out.add(e.toldAs(claimants.isEmpty() && !claimedByOthers ? DENIED : e.modality(), claimants));
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
