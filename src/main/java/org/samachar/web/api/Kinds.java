package org.samachar.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;

/** The kind of an actor as the pictures colour it, from its schema.org class. */
final class Kinds {

    private Kinds() {
    }

    static String of(Node schemaClass) {
        if (schemaClass == null) {
            return "other";
        }
        if (schemaClass.equals(SchemaDO.Person.asNode())) {
            return "person";
        }
        if (schemaClass.equals(SchemaDO.Country.asNode())) {
            return "country";
        }
        if (schemaClass.equals(SchemaDO.City.asNode())) {
            return "city";
        }
        if (schemaClass.equals(SchemaDO.Organization.asNode())) {
            return "organization";
        }
        return "other";
    }
}
