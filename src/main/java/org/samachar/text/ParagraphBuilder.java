package org.samachar.text;

import org.samachar.pipeline.model.ArticleLanguage;
import org.samachar.pipeline.model.Paragraph;
import org.samachar.pipeline.model.RemovedBlock;
import org.samachar.pipeline.model.EmbeddedPost;
import org.samachar.pipeline.model.SourceLine;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Assembles the cleaned article body from the lines that survived boilerplate removal. Scraped
 * articles put one paragraph per line, so each kept line is a paragraph; an embedded post is one
 * paragraph of its own (its attribution line is metadata of the post, not text). Paragraphs are
 * separated by a blank line in the body, and keep their offsets into it.
 */
public final class ParagraphBuilder implements Annotator {

    static final String SEPARATOR = "\n\n";

    @Override
    public Set<Class<?>> requires() {
        return Set.of(SourceLine.class, EmbeddedPost.class, RemovedBlock.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Paragraph.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<SourceLine> lines = article.lines();
        boolean[] removed = new boolean[lines.size() + 2];
        for (RemovedBlock block : article.removed()) {
            for (int n = block.firstLine(); n <= block.lastLine(); n++) {
                removed[n] = true;
            }
        }
        EmbeddedPost[] postAt = new EmbeddedPost[lines.size() + 2];
        for (EmbeddedPost post : article.posts()) {
            postAt[post.firstLine()] = post;
        }
        StringBuilder body = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            SourceLine line = lines.get(n - 1);
            EmbeddedPost post = postAt[n];
            if (post != null) {
                add(body, paragraphs, post.text(), Scripts.dominant(post.text()), post.firstLine(),
                        post.lastLine(), OptionalInt.of(post.index()));
                n = post.lastLine();
            } else if (!line.blank() && !removed[n]) {
                add(body, paragraphs, line.text(), line.script(), n, n, OptionalInt.empty());
            }
        }
        return article.withBody(body.toString(), paragraphs);
    }

    private static void add(StringBuilder body, List<Paragraph> paragraphs, String text, String script,
                            int firstLine, int lastLine, OptionalInt post) {
        if (body.length() > 0) {
            body.append(SEPARATOR);
        }
        int begin = body.length();
        body.append(text);
        paragraphs.add(new Paragraph(paragraphs.size(), begin, body.length(), text, script,
                ArticleLanguage.UNDETERMINED, firstLine, lastLine, post));
    }
}
