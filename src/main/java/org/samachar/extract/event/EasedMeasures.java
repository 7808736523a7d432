package org.samachar.extract.event;

import org.samachar.extract.PhraseLexicon;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.text.LanguageData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A measure told with a word that eases it ("चीन पर टैरिफ 10 प्रतिशत घटा दिया", "ટેરિફમાં ઘટાડો
 * કર્યો", "will lower its tariff", "प्रतिबंधों को स्थगित करने पर सहमति"): the act is the easing, a
 * {@code Yield}, not the measure. The measures are the types of {@code events/eased-acts.txt}; the
 * easing words ({@code easing-words.tsv}) stand after the measure's word within a few words where
 * the verb ends the clause, before it where the verb comes first, with no comma between. An
 * easing word that is a trigger of its own ("स्थगित": suspending) is the same act, told once.
 */
final class EasedMeasures {

    /** Words from the measure to its easing word after it ("प्रतिबंधों को एक साल के लिए स्थगित"). */
    private static final int REACH_AFTER = 6;
    /** Words from an easing word to the measure after it ("lower its tariff on"). */
    private static final int REACH_BEFORE = 3;
    private static final String YIELD = "Yield";

    private final PhraseLexicon easingWords = PhraseLexicon.of("easing-words.tsv");
    private final Set<String> coordinators = org.samachar.extract.WordList.load("coordinators.txt");
    private final Set<String> easedActs = Set.copyOf(LanguageData.shared("events/eased-acts.txt"));

    /** The triggers of a sentence with each eased measure a {@code Yield} and the easing words' own triggers left out. */
    List<Map.Entry<String, PhraseLexicon.Hit>> apply(String text, List<Token> tokens,
                                                     List<Map.Entry<String, PhraseLexicon.Hit>> labelled, boolean verbFinal) {
        if (labelled.stream().noneMatch(e -> easedActs.contains(Trigger.typeOf(e.getKey())))) {
            return labelled;
        }
        List<PhraseLexicon.Hit> easings = easingWords.find(tokens);
        if (easings.isEmpty()) {
            return labelled;
        }
        List<Map.Entry<String, PhraseLexicon.Hit>> out = new ArrayList<>(labelled.size());
        List<PhraseLexicon.Hit> used = new ArrayList<>();
        for (Map.Entry<String, PhraseLexicon.Hit> e : labelled) {
            PhraseLexicon.Hit hit = e.getValue();
            PhraseLexicon.Hit easing = easedActs.contains(Trigger.typeOf(e.getKey())) ? easing(text, tokens, hit, easings, verbFinal) : null;
            if (easing != null) {
                used.add(easing);
                out.add(Map.entry(YIELD, hit));
            } else {
                out.add(e);
            }
        }
        out.removeIf(e -> !e.getKey().equals(YIELD) && used.stream().anyMatch(u -> overlaps(u, e.getValue())));
        return out;
    }

    /** The easing word of the measure: on the verb's side, near, with no comma or "and" between. */
    private PhraseLexicon.Hit easing(String text, List<Token> tokens, PhraseLexicon.Hit measure,
                                     List<PhraseLexicon.Hit> easings, boolean verbFinal) {
        for (PhraseLexicon.Hit h : easings) {
            int from = verbFinal ? measure.lastToken() : h.lastToken();
            int to = verbFinal ? h.firstToken() : measure.firstToken();
            if (to > from && to - from <= (verbFinal ? REACH_AFTER : REACH_BEFORE)
                    && text.substring(tokens.get(from).end(), tokens.get(to).begin()).indexOf(',') < 0
                    && tokens.subList(from + 1, to).stream().noneMatch(t -> coordinators.contains(t.key()))) {
                return h;
            }
        }
        return null;
    }

    private static boolean overlaps(PhraseLexicon.Hit a, PhraseLexicon.Hit b) {
        return a.firstToken() <= b.lastToken() && b.firstToken() <= a.lastToken();
    }
}
