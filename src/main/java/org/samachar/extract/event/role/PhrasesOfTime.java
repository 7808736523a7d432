package org.samachar.extract.event.role;

import org.samachar.extract.CaseMarkers;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phrases that tell when the main act of a sentence happened ("after Russia's invasion of
 * Ukraine, ...", "યુક્રેન પર રશિયાના હુમલા બાદ ...", {@code act-phrase-cues.tsv}), found for
 * {@link Clauses}: the names inside one are its own act's, or no act's, not the main act's.
 */
final class PhrasesOfTime {

    /** Words from whose act it is to the act, for an act in the genitive of another ("નેતન્યાહૂની અમેરિકા મુલાકાતની"). */
    private static final int NESTED_REACH = 2;

    private PhrasesOfTime() {
    }

    /**
     * The phrases of time around an act told with actors of its own, as first and last word: in
     * a verb-final language from the act's actors to the cue after it, otherwise from the cue to
     * the next comma or the end of the sentence.
     */
    static List<Clauses.Phrase> of(String text, List<Token> tokens, List<Argument> args, List<Trigger> triggers,
                                       List<Trigger> backgroundActs, Clauses.PhraseCues cues, CaseMarkers caseMarkers) {
        List<Clauses.Phrase> out = new ArrayList<>();
        phrasesClosedByCue(text, tokens, args, triggers, backgroundActs, cues, caseMarkers, out);
        phrasesOpenedByCue(text, tokens, args, triggers, cues, out);
        phrasesOfTimeAlone(text, tokens, args, triggers, cues, caseMarkers, out);
        return out;
    }

    /**
     * "લાઈ ચિંગ-તેના શપથ ગ્રહણના ત્રણ દિવસ બાદ ચીને ...", "three days after Lai was sworn in,
     * China ...": a phrase that tells when by what happened to a name, in words of no act the
     * lexicon knows, still holds that name: it is no actor of the main act. Only the cues of time
     * ({@code time} in act-phrase-cues.tsv), after a genitive where the cue follows its phrase.
     */
    private static void phrasesOfTimeAlone(String text, List<Token> tokens, List<Argument> args, List<Trigger> triggers,
                                           Clauses.PhraseCues cues, CaseMarkers caseMarkers, List<Clauses.Phrase> out) {
        boolean[] actWord = null; // worked out only for a sentence with a cue of time, which most have not
        for (int c = 0; c < tokens.size(); c++) {
            if (!cues.time().contains(tokens.get(c).key())) {
                continue;
            }
            if (actWord == null) {
                actWord = Clauses.actWords(tokens, triggers);
            }
            if (actWord[c]) {
                continue;
            }
            boolean opens = cues.before().contains(tokens.get(c).key());
            int first;
            int last;
            if (opens) {
                first = c;
                last = c;
                while (last + 1 < tokens.size() && !Clauses.endsPhrase(text, tokens, last + 1) && !actWord[last + 1]) {
                    last++;
                }
            } else {
                int before = spanBefore(tokens, c, cues);
                int noun = before >= 1 && caseMarkers.isPostposition(tokens.get(before)) ? before - 1 : before;
                if (noun < 1 || !caseMarkers.casesOfNoun(tokens, noun).contains("GENITIVE")) {
                    continue;
                }
                last = c;
                first = before;
                for (int k = before - 1; k >= 0 && k >= before - Clauses.PHRASE_REACH; k--) {
                    if (Clauses.endsPhrase(text, tokens, k + 1) || actWord[k] || Clauses.subjectAt(args, k, c)) {
                        break;
                    }
                    first = k;
                }
                // a name the walk stopped inside is the phrase's whole
                int from = first;
                first = args.stream().filter(a -> a.firstToken() < from && a.lastToken() >= from)
                        .mapToInt(Argument::firstToken).min().orElse(first);
            }
            int lo = first;
            int hi = last;
            boolean names = args.stream().anyMatch(a -> a.firstToken() >= lo && a.lastToken() <= hi);
            if (names && out.stream().noneMatch(p -> p.overlaps(lo, hi))) {
                out.add(new Clauses.Phrase(lo, hi, false, Optional.empty()));
            }
        }
    }

    /** The word before a span of time that ends right before {@code cue} ("के तीन दिन बाद": "के"), else the word before the cue. */
    private static int spanBefore(List<Token> tokens, int cue, Clauses.PhraseCues cues) {
        for (int k = Math.max(0, cue - 2); k < cue; k++) {
            if (cues.pastSpan(tokens, k) == cue && k > 0) {
                return k - 1;
            }
        }
        return cue - 1;
    }

    /** "યુક્રેન પર રશિયાના હુમલા બાદ": from the act's actors (back to a subject, another act or punctuation) to the cue. */
    private static void phrasesClosedByCue(String text, List<Token> tokens, List<Argument> args, List<Trigger> triggers,
                                           List<Trigger> backgroundActs, Clauses.PhraseCues cues, CaseMarkers caseMarkers,
                                           List<Clauses.Phrase> out) {
        boolean[] actWord = Clauses.actWords(tokens, triggers);
        // "पाकिस्तानी हवाई हमलों के जवाब में": an act told only as what the main one answers or
        // follows makes no event, but its actors are still its own (an act named as the topic of
        // another, "पाकिस्तान के हमले की निंदा", keeps its actors in that act)
        List<Trigger> acts = new ArrayList<>(triggers);
        acts.addAll(backgroundActs);
        for (Trigger t : acts) {
            boolean background = backgroundActs.contains(t);
            int cue = t.lastToken() + 1;
            while (cue < tokens.size() && cue <= t.lastToken() + 2 && !cues.after().contains(tokens.get(cue).key())
                    && caseMarkers.isPostposition(tokens.get(cue))) {
                cue++;
            }
            // "ट्रंप से मुलाकात के तीन दिन बाद", "બેઠકના ત્રણ દિવસ પછી": a span of time before the cue
            if (cue > t.lastToken() + 1 || caseMarkers.casesOfNoun(tokens, t.lastToken()).contains("GENITIVE")) {
                int past = cues.pastSpan(tokens, cue);
                if (past > cue && past < tokens.size() && cues.after().contains(tokens.get(past).key())) {
                    cue = past;
                }
            }
            if (!background && cue < tokens.size() && actWord[cue] && !cues.after().contains(tokens.get(cue).key()) && !Clauses.endsPhrase(text, tokens, cue)
                    && caseMarkers.casesOfNoun(tokens, t.lastToken()).contains("GENITIVE")) {
                // "નેતન્યાહૂની અમેરિકા મુલાકાતની પુષ્ટિ": an act in the genitive of another act, with
                // whose act it is named right before it, keeps that doer and is not the outer act's
                int end = cue - 1;
                args.stream().filter(a -> a.cases().contains("GENITIVE") && a.lastToken() < t.firstToken()
                                && t.firstToken() - a.lastToken() <= NESTED_REACH)
                        .reduce((a, b) -> b)
                        .ifPresent(a -> addIfActorsOwn(out, args, a.firstToken(), end, t));
                continue;
            }
            if (cue >= tokens.size() || !cues.after().contains(tokens.get(cue).key()) || Clauses.endsPhrase(text, tokens, cue)) {
                continue;
            }
            int first = t.firstToken();
            for (int k = t.firstToken() - 1; k >= 0 && k >= t.firstToken() - Clauses.PHRASE_REACH; k--) {
                if (Clauses.endsPhrase(text, tokens, k + 1) || actWord[k] || Clauses.subjectAt(args, k, t.firstToken())) {
                    break;
                }
                first = k;
            }
            addIfActorsOwn(out, args, first, cue, t);
        }
    }

    /** "After Russia's invasion of Ukraine, ...": from the cue to the next punctuation. */
    private static void phrasesOpenedByCue(String text, List<Token> tokens, List<Argument> args, List<Trigger> triggers,
                                           Clauses.PhraseCues cues, List<Clauses.Phrase> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!cues.before().contains(tokens.get(i).key())) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && !Clauses.endsPhrase(text, tokens, last + 1)) {
                last++;
            }
            int from = i;
            int to = last;
            triggers.stream().filter(t -> t.firstToken() > from && t.lastToken() <= to).findFirst()
                    .ifPresent(t -> addIfActorsOwn(out, args, from, to, t));
        }
    }

    /**
     * A phrase is the act's own clause when it names an actor of the act. A bare one ("after the
     * attacks, X cut short his visit") is kept too, marked bare: its act was told before, and takes
     * none of the main clause's names unless it is an act of participants ("after the talks, both
     * leaders ...").
     */
    private static void addIfActorsOwn(List<Clauses.Phrase> out, List<Argument> args, int first, int last, Trigger t) {
        boolean actors = args.stream().anyMatch(a -> !a.modifier() && a.firstToken() >= first && a.lastToken() <= last
                && (a.lastToken() < t.firstToken() || a.firstToken() > t.lastToken()));
        if (out.stream().noneMatch(p -> p.overlaps(first, last))) {
            out.add(new Clauses.Phrase(first, last, !actors, Optional.empty()));
        }
    }
}
