package org.samachar.web;

import org.apache.jena.riot.Lang;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a resource is served in: a page for people, four RDF syntaxes for programs. */
public enum Format {
    HTML("text/html", null, "html"),
    TURTLE("text/turtle", Lang.TURTLE, "ttl", "turtle"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt", "ntriples", "n-triples"),
    JSONLD("application/ld+json", Lang.JSONLD, "jsonld", "json-ld", "json"),
    RDFXML("application/rdf+xml", Lang.RDFXML, "rdf", "xml", "rdfxml", "owl");

    final String mediaType;
    final Lang lang;
    private final String[] names;

    Format(String mediaType, Lang lang, String... names) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.names = names;
    }

    /** The suffix a resource path may end with to ask for this format ({@code .ttl}). */
    String suffix() {
        return names[0];
    }

    /** The format a {@code ?format=} value or a path suffix names, if any. */
    static Optional<Format> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> Arrays.asList(f.names).contains(n)).findFirst();
    }
}
