package org.samachar.extract.event;

import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Trigger;
import org.samachar.vocab.EntityType;
import org.samachar.text.LanguageData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which entity plays which role in each event type, by its case and kind
 * ({@code samachar/events/roles.tsv}), within the roles the type has and with the roles it needs
 * ({@code samachar/events/templates.tsv}); and which types are speech acts
 * ({@code samachar/events/speech-acts.txt}).
 */
public final class RoleTemplates {

    record Slot(String role, Set<String> cases, Set<EntityType> kinds) {
        boolean fits(Set<String> entityCases, EntityType kind) {
            if (!kinds.contains(kind)) {
                return false;
            }
            if (cases.contains("*")) {
                return true;
            }
            for (String c : entityCases) {
                if (cases.contains(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, List<Slot>> slots = new HashMap<>();
    private final Map<String, Map<String, String>> reclassify = new HashMap<>();
    /** type → the roles its actors may play. */
    private final Map<String, Set<String>> allowed = new HashMap<>();
    /** type → the role of whoever does it, the first the table lists. */
    private final Map<String, String> doers = new HashMap<>();
    /** type → (roles any of which count, how many entities they need between them). */
    private final Map<String, Map.Entry<Set<String>, Integer>> required = new HashMap<>();
    /** type → the kinds of entity that fill its needed roles on their own (a council meets as one body). */
    private final Map<String, Set<EntityType>> enoughAlone = new HashMap<>();
    private final Set<String> speechActs;
    /** Variants of speech acts told as the reason for another act ({@code events/reason-acts.txt}). */
    private final Set<String> reasonActs;
    private final Set<String> specificSpeechActs;
    /** type → the roles a person fills through their country ({@code events/roles-of-the-state.tsv}). */
    private final Map<String, Set<String>> rolesOfTheState = new HashMap<>();

    public RoleTemplates() {
        for (String line : LanguageData.shared("events/templates.tsv")) {
            String[] c = line.split("\t+");
            if ((c.length == 4 || c.length == 5) && !c[0].equals("type")) {
                allowed.put(c[0], Set.of(c[1].split(",")));
                doers.put(c[0], c[1].split(",")[0]);
                required.put(c[0], Map.entry(Set.of(c[2].split(",")), Integer.parseInt(c[3])));
                if (c.length == 5) {
                    Set<EntityType> kinds = new HashSet<>();
                    for (String k : c[4].split(",")) {
                        kinds.add(EntityType.valueOf(k.strip()));
                    }
                    enoughAlone.put(c[0], kinds);
                }
            }
        }
        for (String line : LanguageData.shared("events/roles.tsv")) {
            String[] c = line.split("\t+");
            if (c.length == 4 && c[0].equals("reclassify")) {
                reclassify.computeIfAbsent(c[1], t -> new HashMap<>()).put(c[2], c[3]);
                continue;
            }
            if (c.length != 4) {
                continue;
            }
            Set<EntityType> kinds = new HashSet<>();
            for (String k : c[3].split(",")) {
                kinds.add(EntityType.valueOf(k.strip().toUpperCase(Locale.ROOT)));
            }
            String type = c[0].contains(":") ? c[0].substring(0, c[0].indexOf(':')) : c[0];
            if (!allowed.getOrDefault(type, Set.of()).contains(c[1])) {
                throw new IllegalStateException("events/roles.tsv gives " + c[0] + " the role " + c[1]
                        + ", which events/templates.tsv does not list for " + type);
            }
            slots.computeIfAbsent(c[0], t -> new ArrayList<>()).add(new Slot(c[1], Set.of(c[2].split(",")), kinds));
        }
        speechActs = Set.copyOf(LanguageData.shared("events/speech-acts.txt"));
        reasonActs = Set.copyOf(LanguageData.shared("events/reason-acts.txt"));
        specificSpeechActs = Set.copyOf(LanguageData.shared("events/specific-speech-acts.txt"));
        for (String line : LanguageData.shared("events/roles-of-the-state.tsv")) {
            String[] c = line.split("\t+");
            if (c.length != 2 || !allowed.getOrDefault(c[0], Set.of()).contains(c[1])) {
                throw new IllegalStateException("events/roles-of-the-state.tsv: '" + line
                        + "' is not a type and one of its roles in events/templates.tsv");
            }
            rolesOfTheState.computeIfAbsent(c[0], t -> new HashSet<>()).add(c[1]);
        }
    }

    /** Whether an actor of {@code type} may play {@code role} ({@code events/templates.tsv}): a denial has no target. */
    public boolean allows(String type, String role) {
        return allowed.getOrDefault(type, Set.of()).contains(role);
    }

    /** The first role of {@code type} this entity fits. */
    public Optional<String> roleFor(String type, Set<String> cases, EntityType kind) {
        // a variant without rows of its own ("ExpressIntentToCooperate:invite") takes its type's
        for (Slot s : slots.getOrDefault(type, slots.getOrDefault(Trigger.typeOf(type), List.of()))) {
            if (s.fits(cases, kind)) {
                return Optional.of(s.role);
            }
        }
        return Optional.empty();
    }

    /**
     * The role a person in these cases fills through their country, when the person fits none of
     * {@code type}'s own and the country fits one the table gives to the state.
     */
    public Optional<String> roleThroughCountry(String type, Set<String> cases) {
        return roleFor(type, cases, EntityType.COUNTRY)
                .filter(rolesOfTheState.getOrDefault(Trigger.typeOf(type), Set.of())::contains);
    }

    /** The type an event of {@code type} becomes when one of its names has {@code caseName}. */
    Optional<String> reclassified(String type, String caseName) {
        return Optional.ofNullable(reclassify.getOrDefault(type, Map.of()).get(caseName));
    }

    /** Whether the roles found are enough for an event of this type (events/templates.tsv). */
    public boolean hasRequiredRoles(String type, List<Event.Role> roles) {
        Map.Entry<Set<String>, Integer> need = required.get(type);
        if (need == null) {
            return true;
        }
        int found = 0;
        boolean alone = false;
        for (Event.Role r : roles) {
            if (need.getKey().contains(r.role())) {
                found++;
                alone |= enoughAlone.getOrDefault(type, Set.of()).contains(r.entity().type());
            }
        }
        return found >= need.getValue() || alone;
    }

    /** The role of the actor who does an event of {@code type} (speaker, agent, attacker...). */
    public String doer(String type) {
        return doers.getOrDefault(type, "");
    }

    public boolean isSpeechAct(String type) {
        return speechActs.contains(type);
    }

    /** Whether a trigger of this label tells something said: not a variant told as another act's reason. */
    boolean speaks(String label) {
        return isSpeechAct(Trigger.typeOf(label)) && !reasonActs.contains(label);
    }

    /** Whether the type is a speech act more specific than a plain statement. */
    public boolean isSpecificSpeechAct(String type) {
        return specificSpeechActs.contains(type);
    }
}
