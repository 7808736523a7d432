package org.samachar.web.api;

import java.util.List;

/**
 * One word for how certain an event is, from the modalities of its reports: "denied" when any
 * report denies it (or the event is denied by someone), else "asserted" when any report tells
 * it as having happened, else the first of "planned", "expected", "possible" a report gives.
 * The pictures draw asserted events filled and the others hollow or struck through.
 */
final class Modality {

    private static final List<String> ORDER = List.of("Denied", "Asserted", "Planned", "Expected", "Possible");

    private Modality() {
    }

    /** @param modalities the report modalities' IRIs, space-separated; @param denied whether sam:deniedBy is set */
    static String of(String modalities, boolean denied) {
        if (denied) {
            return "denied";
        }
        for (String m : ORDER) {
            if ((" " + modalities + " ").contains("#" + m + " ")) {
                return m.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "asserted";
    }
}
