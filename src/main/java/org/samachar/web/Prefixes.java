package org.samachar.web;

import org.apache.jena.shared.PrefixMapping;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

/** The prefixes resource documents are written with, so their Turtle reads like the ontology's. */
final class Prefixes {

    private Prefixes() {
    }

    static void addTo(PrefixMapping p) {
        p.setNsPrefixes(PrefixMapping.Standard);
        p.setNsPrefix("sam", Sam.NS);
        p.setNsPrefix("id", Iris.ID);
        p.setNsPrefix("schema", "https://schema.org/");
        p.setNsPrefix("sem", Sam.SEM);
        p.setNsPrefix("prov", Sam.PROV);
        p.setNsPrefix("org", Sam.ORG);
        p.setNsPrefix("nif", Sam.NIF);
        p.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        p.setNsPrefix("wd", "http://www.wikidata.org/entity/");
    }
}
