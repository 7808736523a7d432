package org.samachar.extract;

import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.Label;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names Samachar knows, indexed for matching. Built from the gazetteer graph itself (CLDR
 * countries and cities plus {@code ontology/gazetteer.ttl}), so what is matched is exactly what
 * the store publishes: every label, altLabel, demonym and short name, with its language.
 */
public final class Gazetteer {

    /**
     * One way to match an entity: the label's words as keys. An acronym label ("UN", "AP", "US")
     * matches only words written in capitals, so the pronoun "us" is not the United States.
     */
    public record Entry(Entity entity, Label label, List<String> keys, boolean acronym) {
    }

    private static final Comparator<Entry> PREFERENCE = Comparator
            .comparingInt((Entry e) -> -e.keys().size())
            .thenComparing(e -> e.label().kind())
            .thenComparing(e -> e.entity().type())
            .thenComparing(e -> e.entity().iri());

    private final Map<String, List<Entry>> byFirstKey;
    private final Map<String, Entity> entities;
    private final Map<String, String> countryOf;
    private final Map<String, String> nationalityOf;
    private final Map<String, String> locationOf;
    private final Map<String, List<Entity>> byNameKey = new HashMap<>();
    /** The full names of the entities of {@link #byNameKey}, by IRI. */
    private final Map<String, java.util.Set<String>> fullNamesOf = new HashMap<>();
    /**
     * Their {@link NameKey#wordKeys word keys}, worked out when a new name is first resolved against
     * the entity (few are): transliterating every word of every name would slow each start.
     */
    private final Map<String, java.util.Set<List<String>>> wordKeysOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** The IRIs of the entities with a short name ({@code sam:shortName}) in any language. */
    private final java.util.Set<String> shortNamed = new java.util.HashSet<>();
    /** The IRIs of the entities whose short names stand alone ({@code sam:shortNameAlone true}). */
    private final java.util.Set<String> shortNameAlone;
    /** The city each organisation the gazetteer places in one stands in ({@code schema:location}), by IRI. */
    private final Map<String, String> cityOf;
    /** The English job title of each person the gazetteer gives one ({@code schema:jobTitle}), by IRI. */
    private final Map<String, String> jobTitleOf;
    /** The names of the organisations each country holds ({@code schema:location}), by the country's IRI. */
    private final Map<String, List<Entry>> organisationsIn = new HashMap<>();
    /** English names of each country, in lower case: what an office's job title names after "of". */
    private final Map<String, java.util.Set<String>> englishNames = new HashMap<>();
    /**
     * The lower-case job titles of each country's people, by the country's IRI: an office's holders
     * are looked up among one country's people, not the thousands of the whole gazetteer.
     */
    private final Map<String, Map<String, String>> titlesByNationality = new HashMap<>();

    private Gazetteer(Map<String, List<Entry>> byFirstKey, Map<String, Entity> entities, Map<String, String> countryOf,
                      Map<String, String> nationalityOf, Map<String, String> locationOf, java.util.Set<String> shortNameAlone,
                      Map<String, String> cityOf, Map<String, String> jobTitleOf) {
        this.byFirstKey = byFirstKey;
        this.shortNameAlone = shortNameAlone;
        this.cityOf = cityOf;
        this.jobTitleOf = jobTitleOf;
        jobTitleOf.forEach((iri, title) -> {
            String country = nationalityOf.get(iri);
            if (country != null) {
                titlesByNationality.computeIfAbsent(country, k -> new java.util.LinkedHashMap<>())
                        .put(iri, title.toLowerCase(java.util.Locale.ROOT));
            }
        });
        this.entities = entities;
        this.countryOf = countryOf;
        this.nationalityOf = nationalityOf;
        this.locationOf = locationOf;
        byFirstKey.values().forEach(list -> list.stream().filter(e -> e.label().kind() == LabelKind.SHORT)
                .forEach(e -> shortNamed.add(e.entity().iri())));
        byFirstKey.values().forEach(list -> list.stream().filter(e -> e.entity().type() == EntityType.COUNTRY && "en".equals(e.label().lang()))
                .forEach(e -> englishNames.computeIfAbsent(e.entity().iri(), k -> new java.util.HashSet<>())
                        .add(e.label().text().toLowerCase(java.util.Locale.ROOT))));
        byFirstKey.values().forEach(list -> list.stream()
                .filter(e -> e.entity().type() == EntityType.ORGANIZATION && locationOf.containsKey(e.entity().iri()))
                .forEach(e -> organisationsIn.computeIfAbsent(locationOf.get(e.entity().iri()), k -> new ArrayList<>()).add(e)));
        // Full names of people and organisations by their cross-script key, to recognise a
        // spelling the gazetteer does not list. Single words are too ambiguous for that.
        byFirstKey.values().forEach(list -> list.forEach(e -> {
            boolean fullName = e.label().kind() == LabelKind.NAME || e.label().kind() == LabelKind.ALTERNATIVE;
            boolean actor = e.entity().type() == EntityType.PERSON || e.entity().type() == EntityType.ORGANIZATION;
            if (fullName && actor && e.keys().size() >= 2 && !e.acronym()) {
                List<Entity> same = byNameKey.computeIfAbsent(NameKey.of(e.label().text()), k -> new ArrayList<>());
                if (!same.contains(e.entity())) {
                    same.add(e.entity());
                }
                fullNamesOf.computeIfAbsent(e.entity().iri(), k -> new java.util.HashSet<>()).add(e.label().text());
            }
        }));
    }

    public static Gazetteer fromGraph(Graph graph) {
        WordTokenizer tokenizer = new WordTokenizer();
        Map<String, Entity> entities = new HashMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Optional<EntityType> type = EntityType.of(t.getObject());
            if (type.isPresent() && t.getSubject().isURI()) {
                String iri = t.getSubject().getURI();
                Entity previous = entities.get(iri);
                if (previous == null || type.get().compareTo(previous.type()) < 0) {
                    entities.put(iri, new Entity(iri, type.get(), englishName(graph, t.getSubject())));
                }
            }
        });
        Map<String, List<Entry>> index = new HashMap<>();
        Map<Node, LabelKind> properties = Map.of(
                RDFS.label.asNode(), LabelKind.NAME,
                SKOS.altLabel.asNode(), LabelKind.ALTERNATIVE,
                Sam.demonym.asNode(), LabelKind.DEMONYM,
                Sam.shortName.asNode(), LabelKind.SHORT);
        for (Entity entity : entities.values()) {
            Node subject = org.apache.jena.graph.NodeFactory.createURI(entity.iri());
            properties.forEach((property, kind) -> graph.find(subject, property, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isLiteral()) {
                    return;
                }
                String text = t.getObject().getLiteralLexicalForm();
                List<String> keys = tokenizer.tokens(text).stream().map(w -> NameFolding.nameKey(w.key())).toList();
                if (!keys.isEmpty()) {
                    Label label = new Label(text, t.getObject().getLiteralLanguage(), kind);
                    index.computeIfAbsent(keys.get(0), k -> new ArrayList<>())
                            .add(new Entry(entity, label, keys, isAcronym(text)));
                }
            }));
        }
        index.values().forEach(list -> list.sort(PREFERENCE));
        Map<String, String> countryOf = linked(graph, org.apache.jena.vocabulary.SchemaDO.containedInPlace.asNode(), entities, EntityType.COUNTRY);
        Map<String, String> nationalityOf = linked(graph, org.apache.jena.vocabulary.SchemaDO.nationality.asNode(), entities, EntityType.COUNTRY);
        Map<String, String> locationOf = linked(graph, org.apache.jena.vocabulary.SchemaDO.location.asNode(), entities, EntityType.COUNTRY);
        Map<String, String> cityOf = linked(graph, org.apache.jena.vocabulary.SchemaDO.location.asNode(), entities, EntityType.CITY);
        java.util.Set<String> shortNameAlone = new java.util.HashSet<>();
        graph.find(Node.ANY, Sam.shortNameAlone.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral() && Boolean.TRUE.equals(t.getObject().getLiteralValue())) {
                shortNameAlone.add(t.getSubject().getURI());
            }
        });
        Map<String, String> jobTitleOf = new HashMap<>();
        graph.find(Node.ANY, org.apache.jena.vocabulary.SchemaDO.jobTitle.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral() && "en".equals(t.getObject().getLiteralLanguage())) {
                jobTitleOf.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
            }
        });
        return new Gazetteer(index, entities, countryOf, nationalityOf, locationOf, shortNameAlone, cityOf, jobTitleOf);
    }

    /**
     * Entity IRI → the IRI of the entity of {@code type} that {@code property} links it to (a city's
     * country, a person's nationality, the city or country an organisation stands in).
     */
    private static Map<String, String> linked(Graph graph, Node property, Map<String, Entity> entities, EntityType type) {
        Map<String, String> out = new HashMap<>();
        graph.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
            Entity subject = entities.get(t.getSubject().isURI() ? t.getSubject().getURI() : "");
            Entity object = entities.get(t.getObject().isURI() ? t.getObject().getURI() : "");
            if (subject != null && object != null && object.type() == type) {
                out.put(subject.iri(), object.iri());
            }
        });
        return out;
    }

    /** Latin capitals (and dots), no lower-case letter: "UN", "U.S.", "KCNA". */
    static boolean isAcronym(String text) {
        boolean capital = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capital |= Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
        }
        return capital;
    }

    private static String englishName(Graph graph, Node subject) {
        String any = null;
        for (Triple t : graph.find(subject, RDFS.label.asNode(), Node.ANY).toList()) {
            if (t.getObject().isLiteral()) {
                if ("en".equals(t.getObject().getLiteralLanguage())) {
                    return t.getObject().getLiteralLexicalForm();
                }
                any = t.getObject().getLiteralLexicalForm();
            }
        }
        return any != null ? any : subject.getURI();
    }

    /** Entries whose first word has this {@link NameFolding#nameKey name key}, longest and most preferred first. */
    public List<Entry> startingWith(String key) {
        return byFirstKey.getOrDefault(key, List.of());
    }

    /** People and organisations one of whose full names has this {@link NameKey}. */
    public List<Entity> withNameKey(String nameKey) {
        return byNameKey.getOrDefault(nameKey, List.of());
    }

    /** The {@link NameKey#wordKeys word keys} of each full name of a person or organisation that {@link #withNameKey} finds. */
    public java.util.Set<List<String>> wordKeysOf(Entity entity) {
        java.util.Set<String> names = fullNamesOf.get(entity.iri());
        return names == null ? java.util.Set.of() : wordKeysOf.computeIfAbsent(entity.iri(),
                k -> names.stream().map(NameKey::wordKeys).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** The entity with this IRI, if the gazetteer has it. */
    public Optional<Entity> entity(String iri) {
        return Optional.ofNullable(entities.get(iri));
    }

    /** The country a city lies in, when the gazetteer says. */
    public Optional<Entity> countryOf(Entity place) {
        return Optional.ofNullable(countryOf.get(place.iri())).map(entities::get);
    }

    /** The country of a person the gazetteer knows ({@code schema:nationality}). */
    public Optional<Entity> nationalityOf(Entity person) {
        return Optional.ofNullable(nationalityOf.get(person.iri())).map(entities::get);
    }

    /** The city an organisation the gazetteer knows stands in ({@code schema:location}): the White House's Washington. */
    public Optional<Entity> cityOf(Entity organisation) {
        return Optional.ofNullable(cityOf.get(organisation.iri())).map(entities::get);
    }

    /** The English job title of a person the gazetteer knows ({@code schema:jobTitle}): "President of Sri Lanka". */
    public Optional<String> jobTitleOf(Entity person) {
        return Optional.ofNullable(jobTitleOf.get(person.iri()));
    }

    /**
     * The people of a country whose English job title begins with {@code prefix}, in lower case
     * ("prime minister of "): those who held or hold that office.
     */
    public List<Entity> peopleTitled(String prefix, Entity country) {
        List<Entity> out = new java.util.ArrayList<>();
        titlesByNationality.getOrDefault(country.iri(), Map.of()).forEach((iri, lower) -> {
            if (lower.startsWith(prefix) && namesTheCountry(lower.substring(prefix.length()), country)) {
                entity(iri).ifPresent(out::add);
            }
        });
        return out;
    }

    /**
     * Whether what follows an office's name is the country's name ("turkey (since 2014)", "the united
     * states"), not a body of it ("the european commission", "the m23 rebel movement").
     */
    private boolean namesTheCountry(String rest, Entity country) {
        int bracket = rest.indexOf(" (");
        String name = (bracket < 0 ? rest : rest.substring(0, bracket)).strip();
        name = name.startsWith("the ") ? name.substring(4) : name;
        return englishNames.getOrDefault(country.iri(), java.util.Set.of()).contains(name);
    }

    /** The country an organisation the gazetteer knows belongs to ({@code schema:location}). */
    public Optional<Entity> locationOf(Entity organisation) {
        return Optional.ofNullable(locationOf.get(organisation.iri())).map(entities::get);
    }

    /**
     * The one organisation of this country one of whose names ends in these {@link NameFolding#nameKey
     * name keys} ("વિદેશ મંત્રાલય" of India: "ભારતીય વિદેશ મંત્રાલય"), if exactly one has such a name.
     */
    public Optional<Entity> organisationOf(Entity country, List<String> lastKeys) {
        List<Entity> found = organisationsIn.getOrDefault(country.iri(), List.of()).stream()
                .filter(e -> e.keys().size() >= lastKeys.size()
                        && e.keys().subList(e.keys().size() - lastKeys.size(), e.keys().size()).equals(lastKeys))
                .map(Entry::entity).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether the gazetteer says how this entity is named for short, in some language. */
    public boolean hasShortName(Entity entity) {
        return shortNamed.contains(entity.iri());
    }

    /**
     * Whether the entity's short names name it even in an article that never gives its full name
     * ({@code sam:shortNameAlone}): a leader the news calls by the one word ("ट्रंप ने", "મેક્રોંએ").
     */
    public boolean shortNameStandsAlone(Entity entity) {
        return shortNameAlone.contains(entity.iri());
    }
}
