package org.samachar.pipeline.model;

import org.samachar.vocab.EntityType;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A name of a sentence as a possible actor of the sentence's events, with the grammatical cases
 * the text marks it with ({@code lang/*}{@code /case-markers.tsv}).
 *
 * @param entity     the entity named
 * @param cases      the case markers of the name (AGENT, DATIVE, GENITIVE, ...; NONE without one)
 * @param firstToken first word of the name in the sentence
 * @param lastToken  last word, or the group noun it acts through ("US officials")
 * @param modifier   whether the name only qualifies another ("ભારતના વડાપ્રધાન મોદી", "French
 *                   president Macron") and so takes no role itself
 * @param group      names joined by "and", a comma or a hyphen share a group
 * @param kind       the kind the name acts as: an organisation when a country acts through a group
 *                   of its people, else the entity's own type
 */
public record Argument(Entity entity, Set<String> cases, int firstToken, int lastToken, boolean modifier, int group,
                       EntityType kind) {

    public Argument(Entity entity, Set<String> cases, int firstToken, int lastToken, boolean modifier, int group) {
        this(entity, cases, firstToken, lastToken, modifier, group, entity.type());
    }

    /** The cases keep their order (the first that changes a trigger's type wins), so no Set.copyOf. */
    public Argument {
        cases = Collections.unmodifiableSet(new LinkedHashSet<>(cases));
    }

    public Argument with(Set<String> newCases, int newLast, boolean newModifier, int newGroup) {
        return new Argument(entity, newCases, firstToken, newLast, newModifier, newGroup, kind);
    }
}
