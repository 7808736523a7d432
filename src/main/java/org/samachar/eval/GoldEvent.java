package org.samachar.eval;

import java.util.List;

/**
 * An event as annotated in the gold file, or as predicted, in the same comparable form: entities
 * are gazetteer keys such as {@code person/kim-jong-un}; time is an ISO value or range, or empty.
 */
public record GoldEvent(String article, String id, String type, List<String> actors, String place,
                        String time, String modality, List<String> claimedBy, String evidence) {
}
