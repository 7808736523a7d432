package org.samachar.eval;

import java.util.List;

/**
 * An event as annotated in the gold file, or as predicted, in the same comparable form: entities
 * are gazetteer keys such as {@code person/kim-jong-un}; roles are {@code role=entity} pairs
 * ({@code visitor=person/kim-jong-un}); time is an ISO value or range, or empty.
 */
public record GoldEvent(String article, String id, String type, List<String> roles, String place,
                        String time, String modality, List<String> claimedBy, String evidence) {

    public GoldEvent {
        roles = List.copyOf(roles);
        claimedBy = List.copyOf(claimedBy);
    }

    /** The entities in any role, each once, in the order of the roles. */
    public List<String> actors() {
        return roles.stream().map(GoldEvent::entityOf).distinct().toList();
    }

    static String entityOf(String role) {
        return role.substring(role.indexOf('=') + 1);
    }
}
