package org.samachar.pipeline.model;

import org.samachar.vocab.EntityType;

/**
 * An entity of the gazetteer.
 *
 * @param iri  its IRI in the graph
 * @param type its kind
 * @param name its English label (or any label), for logs and messages
 */
public record Entity(String iri, EntityType type, String name) {
}
