package org.samachar.extract.event.speech;

import org.samachar.extract.event.RoleTemplates;
import org.samachar.extract.event.WordOrder;
import org.samachar.extract.CaseMarkers;
import org.samachar.extract.WordList;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.text.LanguageData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whom a judge judges when the sentence names only the act: "Japan condemned the launch",
 * "કતારે આ હુમલાની નિંદા કરી", "रूस ने प्रतिबंधों को खारिज किया" judge whoever did the act the
 * article told before. A judging act ({@code events/judged-doers.tsv}) with no one in the role
 * the table gives, whose object is an act's noun, takes the doers of the last act of that kind
 * told before it; whose object is a word that refers to an act ("इसकी", "આ પગલાની", "the decision":
 * {@code referring-act-words.tsv}), those of the last act of the kinds the word may name ("the
 * launch": a test), or of the last deed (no words, no talks) for one that names any ("the decision");
 * never its own actors. Where the verb comes last the object may stand further off when it is
 * marked as one ("આ હુમલાને 'બર્બરતા' ગણાવીને નિંદા કરી").
 */
public final class JudgedActDoers implements Annotator {

    /** Words that may stand between the judging word and the act it names ("इन बयानों की कड़ी निंदा"). */
    private static final int MAX_GAP = 3;
    /** The same for an object marked as one, before a verb that comes last ("फैसले को ... बताते हुए खारिज किया"). */
    private static final int MARKED_GAP = 10;

    /** A trigger-like mark for a word that refers to an act told before, of no kind of its own. */
    private static final String ANY_ACT = "";
    /** The label of {@code referring-act-words.tsv} for a word that may stand for any deed. */
    private static final String ANY_DEED_LABEL = "*";
    /** A trigger-like mark for a word that names acts of the kinds after it ("attack": strikes and assaults). */
    private static final String KINDS = "@";
    /**
     * The doers of words ("appealed", "demanded") and of talks, not of deeds one judges ("the
     * decision", "this act"): no act a referring word stands for.
     */
    private static final Set<String> WORDS_OR_TALKS = Set.of("speaker", "participant");

    private final Map<String, String> roleOfTheJudged = new HashMap<>();
    private final WordOrder wordOrder = new WordOrder();
    private final RoleTemplates templates = new RoleTemplates();
    private final CaseMarkers caseMarkers = new CaseMarkers();
    /** Words that refer to an act told before, by the kinds of act each may name ({@link #ANY_ACT} for any deed). */
    private final Map<String, Set<String>> referringWords = WordList.labelled("referring-act-words.tsv");

    public JudgedActDoers() {
        for (String line : LanguageData.shared("events/judged-doers.tsv")) {
            String[] cells = line.split("\t+");
            if (cells.length == 2) {
                roleOfTheJudged.put(cells[0].strip(), cells[1].strip());
            }
        }
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Event.class, Trigger.class, JudgedActs.Judged.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(); // adds the judged to judging events
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<Event> events = article.events();
        List<Event> out = new ArrayList<>(events.size());
        boolean changed = false;
        for (Event judging : events) {
            String role = roleOfTheJudged.get(judging.type());
            if (role == null || judging.roles().stream().anyMatch(r -> r.role().equals(role))) {
                out.add(judging);
                continue;
            }
            Optional<Trigger> act = judgedAct(judging, article);
            Set<Entity> doers = act.map(a -> doersBefore(a, judging, events)).orElse(Set.of());
            if (doers.isEmpty()) {
                out.add(judging);
                continue;
            }
            List<Event.Role> roles = new ArrayList<>(judging.roles());
            doers.forEach(d -> roles.add(new Event.Role(role, d, Optional.empty())));
            out.add(judging.withRoles(roles));
            changed = true;
        }
        return changed ? article.withEvents(out) : article;
    }

    /**
     * The act the judging act's object names, as a trigger (of {@link #ANY_ACT} for a word that
     * refers to one): right before it where the verb comes last, else right after it.
     */
    private Optional<Trigger> judgedAct(Event judging, AnalyzedArticle article) {
        Trigger j = judging.trigger();
        List<Token> tokens = article.tokens().get(judging.sentence());
        boolean verbFinal = wordOrder.verbFinal(tokens.get(j.firstToken()).language());
        List<Trigger> acts = Stream.concat(article.triggers().stream(), article.backgroundActs().stream())
                .filter(t -> t.sentence() == judging.sentence() && !t.equals(j) && !t.speech()).toList();
        List<Trigger> candidates = new ArrayList<>(acts);
        for (int k = 0; k < tokens.size(); k++) {
            Token w = tokens.get(k);
            for (Map.Entry<String, Set<String>> kind : referringWords.entrySet()) {
                if (kind.getValue().contains(w.key()) || w.stems().stream().anyMatch(kind.getValue()::contains)) {
                    String label = kind.getKey().equals(ANY_DEED_LABEL) ? ANY_ACT : KINDS + kind.getKey();
                    candidates.add(new Trigger(judging.sentence(), label, k, k, w.surface(), false, -1, false, false, List.of()));
                    break;
                }
            }
        }
        return candidates.stream()
                .filter(t -> !roleOfTheJudged.containsKey(t.type()))
                .filter(t -> {
                    // "called it unfair", "called the move unfair": the referring word may close the judging act's own words
                    if (!verbFinal && t.firstToken() == j.lastToken() && t.firstToken() == t.lastToken() && (t.label().equals(ANY_ACT)
                            || t.label().startsWith(KINDS))) {
                        return true;
                    }
                    int gap = verbFinal ? j.firstToken() - t.lastToken() - 1 : t.firstToken() - j.lastToken() - 1;
                    return gap >= 0 && (gap <= MAX_GAP || verbFinal && gap <= MARKED_GAP && markedObject(tokens, t)
                            && acts.stream().noneMatch(o -> o.firstToken() > t.lastToken() && o.lastToken() < j.firstToken()));
                })
                .min(Comparator.comparingInt(t -> Math.abs(t.firstToken() - j.firstToken())));
    }

    /** Whether the noun at the act's last word carries the object's mark: "हमले को", "હુમલાની", "इसकी". */
    private boolean markedObject(List<Token> tokens, Trigger t) {
        Set<String> cases = caseMarkers.casesOfNoun(tokens, t.lastToken());
        return cases.contains("DATIVE") || cases.contains("GENITIVE");
    }

    /**
     * The doers of the last act of the judged act's kind told before the judging one, less the
     * judge's own actors; a referring word stands for the last deed told before it.
     */
    private Set<Entity> doersBefore(Trigger act, Event judging, List<Event> events) {
        Set<Entity> own = new LinkedHashSet<>();
        judging.roles().forEach(r -> own.add(r.entity()));
        boolean anyAct = act.type().equals(ANY_ACT);
        Event last = null;
        for (Event e : events) {
            if (e.sentence() > judging.sentence() || e.sentence() == judging.sentence() && e.trigger().firstToken() >= judging.trigger().firstToken()) {
                continue;
            }
            boolean ofTheKind = anyAct
                    ? !templates.isSpeechAct(e.type()) && !WORDS_OR_TALKS.contains(templates.doer(e.type()))
                    : act.label().startsWith(KINDS) ? List.of(act.label().substring(KINDS.length()).split(",")).contains(e.type())
                    : e.type().equals(act.type());
            if (ofTheKind) {
                last = e;
            }
        }
        if (last == null) {
            return Set.of();
        }
        String doer = templates.doer(last.type());
        Set<Entity> doers = new LinkedHashSet<>();
        last.roles().stream().filter(r -> r.role().equals(doer) && !own.contains(r.entity())).forEach(r -> doers.add(r.entity()));
        return doers;
    }
}
