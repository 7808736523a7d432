package org.samachar.extract.event;

import org.samachar.extract.PhraseLexicon;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Acts told only as a condition, and those that hang on one. "अगर चीन ने ताइवान पर हमला किया तो
 * अमेरिका रक्षा करेगा", "if Hamas breaks the truce, Israel will resume strikes": the attack and the
 * breach are no events the text tells, so they go; what will happen then is {@code Possible}, not
 * {@code Planned}. A condition runs from its opening word ({@code lang/*}{@code /conditions.tsv}:
 * "अगर", "જો", "if") to its closing word ("तो", "તો", "then") or, without one, to the next comma
 * or the end of the sentence; an opening word inside a name ("જો બાઇડન") or quoted opens nothing.
 */
public final class ConditionalActs implements Annotator {

    /** Marks the layer: events told as conditions are gone, those that hang on one possible. */
    public static final class Conditions {
        private Conditions() {
        }
    }

    private static final String OPENS = "opens";
    private static final String CLOSES = "closes";
    private static final String PLANNED = "Planned";
    private static final String POSSIBLE = "Possible";
    /** Marks that end a condition that has no closing word. */
    private static final String CLAUSE_ENDS = ",;:";

    private final PhraseLexicon words = PhraseLexicon.of("conditions.tsv");

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Event.class, Token.class, Mention.class, ModalityFinder.Modality.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Conditions.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<Event> out = new ArrayList<>(article.events().size());
        int[][] spans = new int[article.sentences().size()][];
        boolean changed = false;
        for (Event e : article.events()) {
            int s = e.sentence();
            if (spans[s] == null) {
                spans[s] = condition(article, article.sentences().get(s), article.tokens().get(s));
            }
            int[] span = spans[s];
            int at = e.trigger().firstToken();
            if (span.length == 0) {
                out.add(e.withIndex(out.size()));
            } else if (at > span[0] && at <= span[1]) {
                changed = true; // told as a condition
            } else {
                boolean hangsOnIt = at > span[1] || span[2] >= 0 && at >= span[2] && at < span[0];
                boolean possible = hangsOnIt && e.modality().equals(PLANNED);
                changed |= possible || e.index() != out.size();
                out.add((possible ? e.withModality(POSSIBLE) : e).withIndex(out.size()));
            }
        }
        return changed ? article.withEvents(out) : article;
    }

    /**
     * The sentence's first condition as {opening word, last word, first word of the clause before
     * it that hangs on it, or -1}, or an empty array.
     */
    private int[] condition(AnalyzedArticle article, Sentence s, List<Token> tokens) {
        List<PhraseLexicon.Hit> hits = words.find(tokens);
        for (PhraseLexicon.Hit open : hits) {
            if (!open.label().equals(OPENS) || inAName(article, s, tokens.get(open.firstToken()))
                    || quoted(s, tokens.get(open.firstToken()))) {
                continue;
            }
            int last = hits.stream().filter(h -> h.label().equals(CLOSES) && h.firstToken() > open.lastToken())
                    .mapToInt(h -> h.firstToken() - 1).findFirst().orElse(-1);
            boolean closed = last >= 0;
            if (!closed) {
                last = tokens.size() - 1;
                for (int k = open.lastToken() + 1; k < tokens.size(); k++) {
                    if (clauseEndsBefore(s, tokens, k)) {
                        last = k - 1;
                        break;
                    }
                }
            }
            // "X will happen if Y": an act before the opening word, in its clause, hangs on it
            int clause = -1;
            if (!closed) {
                clause = open.firstToken();
                while (clause > 0 && !clauseEndsBefore(s, tokens, clause)) {
                    clause--;
                }
            }
            return new int[]{open.firstToken(), last, clause};
        }
        return new int[0];
    }

    private static boolean clauseEndsBefore(Sentence s, List<Token> tokens, int k) {
        String gap = s.text().substring(tokens.get(k - 1).end(), tokens.get(k).begin());
        return gap.chars().anyMatch(c -> CLAUSE_ENDS.indexOf(c) >= 0);
    }

    /** "કોઈ 'જો' કે 'પરંતુ' નહીં", "no ifs and buts": a word quoted is named, not used. */
    private static boolean quoted(Sentence s, Token word) {
        boolean before = word.begin() > 0 && QUOTES.indexOf(s.text().charAt(word.begin() - 1)) >= 0;
        boolean after = word.end() < s.text().length() && QUOTES.indexOf(s.text().charAt(word.end())) >= 0;
        return before || after;
    }

    private static final String QUOTES = "'\"‘’“”";

    private static boolean inAName(AnalyzedArticle article, Sentence s, Token word) {
        int begin = s.begin() + word.begin();
        return article.mentions().stream().anyMatch(m -> m.sentence() == s.index() && m.begin() <= begin && begin < m.end());
    }
}
