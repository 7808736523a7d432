package org.samachar.text;

import org.samachar.pipeline.model.EmbeddedPost;
import org.samachar.pipeline.model.SourceLine;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds social-media posts pasted into the article. A post ends with an attribution line
 * ({@code — AFP News Agency (@AFP) September 4, 2023}); the patterns for that line and the date
 * formats in it are data ({@code samachar/lang/post-attribution.txt}, {@code post-dates.txt}).
 * The post text is the run of lines just above the attribution, in the same script, up to a blank
 * line or a change of script (where the article's own prose resumes).
 */
public final class EmbeddedPostDetector implements Annotator {

    /** Posts are short; a longer run means the prose above was not separated from the post. */
    private static final int MAX_POST_LINES = 6;

    private final List<Pattern> attributions;
    private final List<DateTimeFormatter> dates;

    public EmbeddedPostDetector() {
        this.attributions = LanguageData.lines("post-attribution.txt").stream()
                .map(Pattern::compile).toList();
        this.dates = LanguageData.lines("post-dates.txt").stream()
                .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(SourceLine.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(EmbeddedPost.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<SourceLine> lines = article.lines();
        List<EmbeddedPost> posts = new ArrayList<>();
        int claimedUpTo = -1; // index of the last line already inside a post
        for (int i = 0; i < lines.size(); i++) {
            Optional<Matcher> attribution = attribution(lines.get(i).text());
            if (attribution.isEmpty()) {
                continue;
            }
            int first = i;
            String script = null;
            while (first - 1 > claimedUpTo && i - (first - 1) <= MAX_POST_LINES) {
                SourceLine above = lines.get(first - 1);
                if (above.blank() || attribution(above.text()).isPresent()) {
                    break;
                }
                if (script == null) {
                    script = above.script();
                } else if (!above.script().equals(script) && !above.script().equals(Scripts.COMMON)) {
                    break;
                }
                first--;
            }
            if (first == i) {
                continue; // an attribution with no post text above it: not a post we can use
            }
            StringBuilder text = new StringBuilder();
            for (int j = first; j < i; j++) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(lines.get(j).text());
            }
            Matcher m = attribution.get();
            posts.add(new EmbeddedPost(posts.size(), lines.get(first).number(), lines.get(i).number(),
                    text.toString(), m.group("author").strip(), m.group("handle"), parseDate(m.group("date"))));
            claimedUpTo = i;
        }
        return article.withPosts(posts);
    }

    private Optional<Matcher> attribution(String line) {
        for (Pattern p : attributions) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : dates) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
