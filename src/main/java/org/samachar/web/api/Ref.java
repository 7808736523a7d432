package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonObject;

/** A resource as the views show it: its IRI, its local link and its label in the reader's language. */
public record Ref(String iri, String href, String label) {

    JsonObject json() {
        JsonObject o = new JsonObject();
        o.put("iri", iri);
        o.put("href", href);
        o.put("label", label);
        return o;
    }
}
