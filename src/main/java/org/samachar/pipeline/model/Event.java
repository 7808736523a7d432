package org.samachar.pipeline.model;


import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An event found in a sentence.
 *
 * @param index      0-based position among the article's events
 * @param type       local name of its sam: class (Visit, Meeting, ...)
 * @param sentence   index of the evidence sentence
 * @param trigger    the words that signal it
 * @param roles      its actors by role
 * @param place      where it happens, when the sentence names a place
 * @param time       when, as the sentence says it
 * @param modality   Asserted, Planned, Expected, Possible or Denied
 * @param claimedBy  who the sentence says claims it
 * @param denies     for a denial: the index of the event it denies
 * @param objects    for an arms transfer: kinds of weapon (local names of sam: concepts)
 * @param confidence how sure the extractor is (0..1)
 */
public record Event(int index, String type, int sentence, Trigger trigger, List<Role> roles,
                    Optional<Entity> place, Optional<TimeExpression> time, String modality,
                    List<Entity> claimedBy, OptionalInt denies, List<String> objects, double confidence) {

    /** The same event at another place in the article's list. */
    public Event withIndex(int newIndex) {
        return new Event(newIndex, type, sentence, trigger, roles, place, time, modality, claimedBy, denies, objects, confidence);
    }

    /** The same event at a time, with how sure the extractor is now. */
    public Event withTime(Optional<TimeExpression> newTime, double newConfidence) {
        return new Event(index, type, sentence, trigger, roles, place, newTime, modality, claimedBy, denies, objects,
                newConfidence);
    }

    /** The same event, told with another modality. */
    public Event withModality(String newModality) {
        return new Event(index, type, sentence, trigger, roles, place, time, newModality, claimedBy, denies, objects,
                confidence);
    }

    /** The same event, denying the event of index {@code denied}. */
    public Event withDenies(OptionalInt denied) {
        return new Event(index, type, sentence, trigger, roles, place, time, modality, claimedBy, denied, objects, confidence);
    }

    /** The same event with other actors. */
    public Event withRoles(List<Role> newRoles) {
        return new Event(index, type, sentence, trigger, newRoles, place, time, modality, claimedBy, denies, objects,
                confidence);
    }

    /** The same event, told with another modality and claimed by others. */
    public Event toldAs(String newModality, List<Entity> newClaimedBy) {
        return new Event(index, type, sentence, trigger, roles, place, time, newModality, newClaimedBy, denies, objects,
                confidence);
    }

    /**
     * An entity in a role: role is the local name of a sam: property (visitor, host, ...).
     * {@code namedAs} is the place the text named instead ("Pyongyang said": the country acts).
     */
    public record Role(String role, Entity entity, Optional<Entity> namedAs) {
        public Role(String role, Entity entity) {
            this(role, entity, Optional.empty());
        }
    }
}
