package org.samachar.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;

import java.util.Optional;

/**
 * The kinds of entity the gazetteer holds, as schema.org classes. When one label names entities of
 * several kinds, the one declared first wins ("Georgia" the country over a person of that name).
 */
public enum EntityType {
    COUNTRY(SchemaDO.Country.asNode(), "country"),
    CITY(SchemaDO.City.asNode(), "city"),
    ORGANIZATION(SchemaDO.Organization.asNode(), "org"),
    PERSON(SchemaDO.Person.asNode(), "person");

    private final Node rdfClass;
    private final String pathSegment;

    EntityType(Node rdfClass, String pathSegment) {
        this.rdfClass = rdfClass;
        this.pathSegment = pathSegment;
    }

    public Node rdfClass() {
        return rdfClass;
    }

    /** The IRI path segment for entities of this kind, e.g. {@code person}. */
    public String pathSegment() {
        return pathSegment;
    }

    public static Optional<EntityType> of(Node rdfClass) {
        for (EntityType t : values()) {
            if (t.rdfClass.equals(rdfClass)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
