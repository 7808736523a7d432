package org.samachar.pipeline;

import org.samachar.corpus.ArticleSource;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.RoleMention;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.ArticleLanguage;
import org.samachar.pipeline.model.EmbeddedPost;
import org.samachar.pipeline.model.Paragraph;
import org.samachar.pipeline.model.RemovedBlock;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.SourceLine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article as it moves through the pipeline. Immutable: each {@link Annotator} returns a copy
 * with the layer it provides filled in. Layers not yet provided are empty (or null for the body
 * and language); {@link Pipeline} checks at start-up that no stage reads a layer before it exists.
 */
public record AnalyzedArticle(ArticleSource source, String rawText, List<SourceLine> lines,
                              List<EmbeddedPost> posts, List<RemovedBlock> removed, String body,
                              List<Paragraph> paragraphs, ArticleLanguage language,
                              List<Sentence> sentences, List<List<Token>> tokens, List<Mention> mentions,
                              List<RoleMention> roles, List<List<Argument>> arguments, List<Trigger> triggers,
                              List<Trigger> backgroundActs, List<Event> events) {

    public static AnalyzedArticle of(ArticleSource source, String rawText) {
        return new AnalyzedArticle(source, rawText, List.of(), List.of(), List.of(), null, List.of(),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String id() {
        return source.id();
    }

    /** The headline: the first paragraph of the article's own prose. */
    public Optional<Paragraph> headline() {
        return paragraphs.stream().filter(p -> p.post().isEmpty()).findFirst();
    }

    /**
     * The indexes of the headline's sentences (none without sentences or a headline), and those of
     * a deck right under it: a second headline in the other script (an English line under a
     * Gujarati or Hindi headline, or the reverse), short and not ended as prose is. It tells the
     * same news in a headline's short words, not more of the story.
     */
    public Set<Integer> headlineSentences() {
        Optional<Paragraph> head = headline();
        if (head.isEmpty()) {
            return Set.of();
        }
        Optional<Paragraph> deck = paragraphs.stream().filter(p -> p.index() == head.get().index() + 1 && p.post().isEmpty())
                .findFirst().filter(p -> isDeck(p, head.get()));
        return sentences.stream().filter(s -> s.paragraph() == head.get().index()
                        || deck.isPresent() && s.paragraph() == deck.get().index())
                .map(Sentence::index).collect(Collectors.toUnmodifiableSet());
    }

    /** Most words a deck has. */
    private static final int DECK_WORDS = 30;

    private static boolean isDeck(Paragraph p, Paragraph headline) {
        boolean otherScript = "Latn".equals(p.script()) != "Latn".equals(headline.script());
        String text = p.text().strip();
        return otherScript && !text.contains("\n") && text.split("\\s+").length <= DECK_WORDS
                && !text.matches("(?s).*[.।!?][\"”'’)]?$");
    }

    public AnalyzedArticle withLines(List<SourceLine> v) {
        return new AnalyzedArticle(source, rawText, List.copyOf(v), posts, removed, body, paragraphs, language, sentences, tokens, mentions, roles, arguments, triggers, backgroundActs, events);
    }

    public AnalyzedArticle withPosts(List<EmbeddedPost> v) {
        return new AnalyzedArticle(source, rawText, lines, List.copyOf(v), removed, body, paragraphs, language, sentences, tokens, mentions, roles, arguments, triggers, backgroundActs, events);
    }

    public AnalyzedArticle withRemoved(List<RemovedBlock> v) {
        return new AnalyzedArticle(source, rawText, lines, posts, List.copyOf(v), body, paragraphs, language, sentences, tokens, mentions, roles, arguments, triggers, backgroundActs, events);
    }

    public AnalyzedArticle withBody(String b, List<Paragraph> p) {
        return new AnalyzedArticle(source, rawText, lines, posts, removed, b, List.copyOf(p), language, sentences, tokens, mentions, roles, arguments, triggers, backgroundActs, events);
    }

    public AnalyzedArticle withLanguage(ArticleLanguage l, List<Paragraph> p) {
        return new AnalyzedArticle(source, rawText, lines, posts, removed, body, List.copyOf(p), l, sentences, tokens, mentions, roles, arguments, triggers, backgroundActs, events);
    }

    public AnalyzedArticle withSentences(List<Sentence> v) {
        return new AnalyzedArticle(source, rawText, lines, posts, removed, body, paragraphs, language, List.copyOf(v), tokens, mentions, roles, arguments, triggers, backgroundActs, events);
    }

    /** The words of each sentence, in the order of {@link #sentences()}: {@code tokens().get(s.index())}. */
    public AnalyzedArticle withTokens(List<List<Token>> v) {
        return new AnalyzedArticle(source, rawText, lines, posts, removed, body, paragraphs, language, sentences,
                v.stream().map(List::copyOf).toList(), mentions, roles, arguments, triggers, backgroundActs, events);
    }

    public AnalyzedArticle withEvents(List<Event> v) {
        return new AnalyzedArticle(source, rawText, lines, posts, removed, body, paragraphs, language, sentences, tokens, mentions, roles, arguments, triggers, backgroundActs, List.copyOf(v));
    }

    public AnalyzedArticle withRoles(List<Mention> m, List<RoleMention> v) {
        return new AnalyzedArticle(source, rawText, lines, posts, removed, body, paragraphs, language, sentences, tokens, List.copyOf(m), List.copyOf(v), arguments, triggers, backgroundActs, events);
    }

    /** The possible actors of each sentence, in the order of {@link #sentences()}. */
    public AnalyzedArticle withArguments(List<List<Argument>> v) {
        return new AnalyzedArticle(source, rawText, lines, posts, removed, body, paragraphs, language, sentences, tokens, mentions, roles,
                v.stream().map(List::copyOf).toList(), triggers, backgroundActs, events);
    }

    /**
     * The triggers, and the acts the sentences name that make no event of their own (the topic of
     * another, what it answers), whose actors are still theirs alone.
     */
    public AnalyzedArticle withTriggers(List<Trigger> v, List<Trigger> background) {
        return new AnalyzedArticle(source, rawText, lines, posts, removed, body, paragraphs, language, sentences, tokens, mentions, roles,
                arguments, List.copyOf(v), List.copyOf(background), events);
    }

    public AnalyzedArticle withMentions(List<Mention> v) {
        return new AnalyzedArticle(source, rawText, lines, posts, removed, body, paragraphs, language, sentences, tokens, List.copyOf(v), roles, arguments, triggers, backgroundActs, events);
    }
}
