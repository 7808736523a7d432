package org.samachar.resolve;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One article's telling of an event, as the article graph has it: what cross-document resolution
 * compares.
 *
 * @param iri       the per-article event
 * @param article   the article node
 * @param type      local name of its sam: class (Meeting, Visit, ...)
 * @param roles     entity IRIs by role (visitor, host, ...)
 * @param place     place IRI, if any
 * @param begin     first day of its time, if any
 * @param end       last day of its time, if any
 * @param published the article's date, if known
 * @param denies    per-article events it denies
 */
public record EventReport(String iri, String article, String type, Map<String, Set<String>> roles,
                          Optional<String> place, Optional<LocalDate> begin, Optional<LocalDate> end,
                          Optional<LocalDate> published, Set<String> denies) {

    /** Every actor, whatever the role. */
    public Set<String> actors() {
        return roles.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
    }

    public Set<String> inRole(String role) {
        return roles.getOrDefault(role, Set.of());
    }
}
