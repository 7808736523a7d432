package org.samachar.extract.event;

import org.samachar.extract.time.TenseDetector;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Event;
import org.samachar.extract.CaseMarkers;
import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.TimeExpression;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.extract.time.Tense;
import org.samachar.text.LanguageData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How sure the text is that each event happened: the cue word of possibility, expectation or plans
 * nearest the trigger ({@code modality.tsv}), else the tense of the trigger's clause (future:
 * planned); an event dated after the publication date has not happened yet. A speech act is
 * asserted: that it was said is what the text tells. A cue naming a thing ("the peace plan") is
 * none, and one past a contrast word ("but") is the other clause's. A negated trigger ("did not
 * sign") is denied.
 * Events start asserted; one an earlier stage found less sure keeps that (an invited visit).
 */
public final class ModalityFinder implements Annotator {

    /** Marks the layer: events whose modality is known. */
    public static final class Modality {
        private Modality() {
        }
    }

    private static final String ASSERTED = "Asserted";
    private static final String DENIED = "Denied";

    private final PhraseLexicon modalityCues = PhraseLexicon.of("modality.tsv");
    private final TenseDetector tenses = new TenseDetector();
    private final WordOrder wordOrder = new WordOrder();
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final Set<String> contrastWords = WordList.load("contrast-words.txt");
    private final Set<String> verbalActs = Set.copyOf(LanguageData.shared("events/specific-speech-acts.txt"));

    /** How many words from its trigger a cue of modality may stand and still be the event's. */
    private static final int CUE_REACH = 6;

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Token.class, Event.class, TimeExpression.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Modality.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        LocalDate published = article.source().entry().published().orElse(null);
        Map<Integer, Tense[]> tensesOf = new HashMap<>();
        Map<Integer, List<PhraseLexicon.Hit>> cuesOf = new HashMap<>();
        Map<Integer, int[]> conjunctsOf = new HashMap<>();
        Map<Integer, int[]> clausesOf = new HashMap<>();
        List<Event> out = new ArrayList<>(article.events().size());
        for (Event e : article.events()) {
            String modality;
            if (e.trigger().negated()) {
                modality = "Denied";
            } else if (!e.modality().equals(ASSERTED)) {
                // set by the grammar of its telling ("invited Y to come": Y may come; ToldActs)
                modality = e.modality();
            } else if (e.trigger().speech() || verbalActs.contains(e.type())) {
                // an appeal, a protest in words, a promise: saying it is doing it, whatever it
                // says of the future ("सहयोग बढ़ाना चाहते हैं" is an intent expressed, and so asserted);
                // unless the words right before say it was not said ("avoided criticising")
                List<Token> tokens = article.tokens().get(e.sentence());
                modality = cuesOf.computeIfAbsent(e.sentence(), k -> withoutThings(tokens, modalityCues.find(tokens))).stream()
                        .anyMatch(h -> h.label().equals(DENIED) && h.lastToken() == e.trigger().firstToken() - 1) ? DENIED : ASSERTED;
            } else {
                List<Token> tokens = article.tokens().get(e.sentence());
                List<PhraseLexicon.Hit> cues = inItsConjunct(tokens, beforeContrast(tokens, cuesOf.computeIfAbsent(e.sentence(),
                        k -> withoutThings(tokens, modalityCues.find(tokens))), e.trigger()), e.trigger(), conjunctsOf, e.sentence());
                modality = modality(cues, e.trigger(), tensesOf.computeIfAbsent(e.sentence(), k -> tenses.clauseTenses(tokens)));
                if (!modality.equals(POSSIBLE) && !modality.equals(EXPECTED)) {
                    modality = verbGroupCue(cues, e, article, tokens,
                            () -> clausesOf.computeIfAbsent(e.sentence(), k -> tenses.clauses(tokens))).orElse(modality);
                }
                // "Modi leaves for Athens on Friday", published on Wednesday: not yet happened.
                if (modality.equals(ASSERTED) && published != null && e.time().isPresent()
                        && e.time().get().value().begin().isAfter(published)) {
                    modality = "Planned";
                }
            }
            out.add(e.withModality(modality));
        }
        return article.withEvents(out);
    }

    private static final String POSSIBLE = "Possible";
    private static final String EXPECTED = "Expected";

    /**
     * "... के बीच अगले दौर की बातचीत रविवार को सऊदी अरब में शुरू हो सकती है": in a language whose
     * verb comes last, the verb group that ends the trigger's clause says how sure its act is,
     * however many words of time and place stand between: the first cue of possibility or
     * expectation after the trigger, in its clause, with no other act between.
     */
    private Optional<String> verbGroupCue(List<PhraseLexicon.Hit> cues, Event e, AnalyzedArticle article, List<Token> tokens,
                                          java.util.function.Supplier<int[]> clauses) {
        Trigger t = e.trigger();
        if (cues.stream().noneMatch(h -> h.firstToken() > t.lastToken() && (h.label().equals(POSSIBLE) || h.label().equals(EXPECTED)))
                || !wordOrder.verbFinal(tokens.get(t.firstToken()).language())) {
            return Optional.empty();
        }
        int[] clause = clauses.get();
        Optional<PhraseLexicon.Hit> cue = cues.stream()
                .filter(h -> h.firstToken() > t.lastToken() && clause[h.firstToken()] == clause[t.lastToken()])
                .min(Comparator.comparingInt(PhraseLexicon.Hit::firstToken));
        return cue.filter(h -> h.label().equals(POSSIBLE) || h.label().equals(EXPECTED))
                .filter(h -> article.events().stream().noneMatch(o -> o.sentence() == e.sentence()
                        && o.trigger().firstToken() > t.lastToken() && o.trigger().firstToken() < h.firstToken()))
                .map(PhraseLexicon.Hit::label);
    }

    /** The cue nearest the trigger within its reach, else the tense of the trigger's clause. */
    private String modality(List<PhraseLexicon.Hit> cues, Trigger trigger, Tense[] clauseTenses) {
        // "is likely to visit", "is expected to visit": the plan the infinitive tells ("to visit") is
        // how sure the words before it say it is
        Optional<PhraseLexicon.Hit> cue = cues.stream()
                .filter(h -> distance(h, trigger) <= CUE_REACH)
                .min(Comparator.comparingInt((PhraseLexicon.Hit h) -> distance(h, trigger) == 0 && h.label().equals("Planned")
                        ? 1 : 0).thenComparingInt(h -> distance(h, trigger)));
        if (cue.isPresent()) {
            return cue.get().label();
        }
        return clauseTenses[trigger.firstToken()] == Tense.FUTURE ? "Planned" : ASSERTED;
    }

    /**
     * "ફોન પર વાત કરી હતી અને યોજાનારી બેઠકનું આમંત્રણ આપ્યું": a cue in another conjunct of the
     * sentence, after the trigger's verb has told its own tense, tells of that conjunct's act.
     */
    private List<PhraseLexicon.Hit> inItsConjunct(List<Token> tokens, List<PhraseLexicon.Hit> cues, Trigger trigger,
                                                  Map<Integer, int[]> conjunctsOf, int sentence) {
        if (cues.isEmpty()) {
            return cues;
        }
        int[] conjunct = conjunctsOf.computeIfAbsent(sentence, k -> tenses.conjuncts(tokens));
        return cues.stream().filter(h -> conjunct[h.firstToken()] == conjunct[trigger.firstToken()]).toList();
    }

    /**
     * "met in Beijing but failed to agree": a cue on the far side of a contrast word
     * ({@code contrast-words.txt}) tells of the other clause, not of the trigger's.
     */
    private List<PhraseLexicon.Hit> beforeContrast(List<Token> tokens, List<PhraseLexicon.Hit> cues, Trigger trigger) {
        if (cues.isEmpty()) {
            return cues;
        }
        return cues.stream().filter(h -> !contrastBetween(tokens, Math.min(h.lastToken(), trigger.lastToken()),
                Math.max(h.firstToken(), trigger.firstToken()))).toList();
    }

    private boolean contrastBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (contrastWords.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    private List<PhraseLexicon.Hit> withoutThings(List<Token> tokens, List<PhraseLexicon.Hit> cues) {
        return cues.isEmpty() ? cues : cues.stream().filter(h -> !thing(tokens, h)).toList();
    }

    /**
     * Whether a cue is the name of a thing, in the genitive or with "on": "शांति योजना पर चर्चा की"
     * (talks held on a peace plan), "योजना के तहत" (done under a plan). The talks happened.
     */
    private boolean thing(List<Token> tokens, PhraseLexicon.Hit cue) {
        Set<String> cases = caseMarkers.casesOfNoun(tokens, cue.lastToken());
        return cases.contains(CaseMarkers.GENITIVE) || cases.contains("ON");
    }

    private static int distance(PhraseLexicon.Hit h, Trigger t) {
        return h.firstToken() > t.lastToken() ? h.firstToken() - t.lastToken()
                : h.lastToken() < t.firstToken() ? t.firstToken() - h.lastToken() : 0;
    }
}
