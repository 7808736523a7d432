package org.samachar.web;

/** A resource as a page shows it: where to go, what to call it, and its IRI (the link's title). */
record Link(String href, String label, String iri) {
}
