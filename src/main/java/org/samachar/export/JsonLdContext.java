package org.samachar.export;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shared.PrefixMapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Samachar's published JSON-LD {@code @context} ({@code ontology/context.jsonld}): the prefixes its
 * JSON-LD output is compacted with, so a consumer can read every export with one context.
 */
public final class JsonLdContext {

    private static final String RESOURCE = "samachar/ontology/context.jsonld";

    private JsonLdContext() {
    }

    /** The context's terms as a prefix mapping, which Jena's JSON-LD writer compacts with. */
    public static PrefixMapping prefixes() {
        try (InputStream in = JsonLdContext.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " on the classpath");
            }
            JsonObject context = JSON.parse(in).get("@context").getAsObject();
            PrefixMapping out = PrefixMapping.Factory.create();
            context.keys().forEach(k -> out.setNsPrefix(k, context.get(k).getAsString().value()));
            return out.lock();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
