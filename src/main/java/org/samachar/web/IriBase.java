package org.samachar.web;

import java.util.Optional;

/**
 * The mapping between the IRIs of the graph and the paths of this server. The graph mints IRIs
 * under one base ({@code https://w3id.org/samachar/} unless configured otherwise); the server
 * answers for {@code base + path} at {@code /path}, so the same graph can be published under a
 * real domain (a w3id redirect or a reverse proxy sends {@code base/…} here) or browsed on
 * localhost. Links to IRIs outside the base are left as they are.
 */
record IriBase(String iri) {

    IriBase {
        if (!iri.endsWith("/")) {
            throw new IllegalArgumentException("an IRI base must end with '/': " + iri);
        }
    }

    /** The IRI a request path names: {@code /id/person/x} → {@code base + id/person/x}. */
    String iriOf(String path) {
        return iri + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The local path of an IRI under the base ({@code /id/person/x#y}), if it is under it. */
    Optional<String> pathOf(String resourceIri) {
        return resourceIri.startsWith(iri) ? Optional.of("/" + resourceIri.substring(iri.length())) : Optional.empty();
    }

    /** Where a link to {@code resourceIri} should point: its local path, or the IRI itself. */
    String href(String resourceIri) {
        return pathOf(resourceIri).orElse(resourceIri);
    }
}
