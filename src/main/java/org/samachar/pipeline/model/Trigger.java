package org.samachar.pipeline.model;

import java.util.List;

/**
 * Words of a sentence that signal an event of a type.
 *
 * @param sentence   index of the sentence
 * @param label      the trigger's label: an event type, or a variant of one ({@code ArmsTransfer:buy})
 * @param firstToken first word of the trigger in the sentence
 * @param lastToken  last word
 * @param text       the words as written
 * @param speech     whether its type reports what someone says (statement, accusation, denial...)
 * @param clause     in a sentence that reports speech ("X said that ..."), the word after which
 *                   the reported clause begins: "that", or the reporting verb itself where "that"
 *                   is left out ("X said Y ..."); -1 otherwise
 * @param nested     a statement reported inside another one ("KCNA said that Li said ...")
 * @param negated    the text says it did not happen ("did not sign", "નથી મળ્યા")
 * @param objects    for an arms transfer: the kinds of weapon named near it
 */
public record Trigger(int sentence, String label, int firstToken, int lastToken, String text, boolean speech,
                      int clause, boolean nested, boolean negated, List<String> objects) {

    public Trigger {
        objects = List.copyOf(objects);
    }

    /**
     * Whether what the sentence reports begins after this trigger: after its "that", or right after
     * it where "that" is left out ("X said Y ...").
     */
    public boolean reportsAfter() {
        return clause >= lastToken;
    }

    /** Whether this is the reporting verb of a clause whose "that" is left out. */
    public boolean thatLeftOut() {
        return clause == lastToken;
    }

    /** The event type of the label: "ArmsTransfer:buy" is an ArmsTransfer. */
    public String type() {
        return typeOf(label);
    }

    public static String typeOf(String label) {
        int colon = label.indexOf(':');
        return colon < 0 ? label : label.substring(0, colon);
    }
}
