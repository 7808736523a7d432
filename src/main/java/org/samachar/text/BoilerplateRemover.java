package org.samachar.text;

import org.samachar.pipeline.model.BoilerplateReason;
import org.samachar.pipeline.model.RemovedBlock;
import org.samachar.pipeline.model.EmbeddedPost;
import org.samachar.pipeline.model.SourceLine;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which lines are not the article: site furniture, advertising, sidebars, repeats and
 * fragments. The rules are general, the words are data:
 * <ul>
 *   <li>lines matching a pattern of {@code boilerplate.tsv} (navigation, advertising notices);</li>
 *   <li>a heading of {@code link-headings.txt} ("Also read", "ये भी पढ़ें") and the few headlines
 *       after it are navigation when prose follows them, and open a sidebar when none does;</li>
 *   <li>a sidebar starts at a heading of {@code sidebar-markers.txt} ("Top stories", "ટોપ સ્ટોરી",
 *       "संबंधित खबरें"...) or where teaser headlines start to come in pairs (scraped sidebars repeat
 *       each teaser for its image and its link), once the article has begun; everything after it
 *       is sidebar;</li>
 *   <li>a line that repeats an earlier line, or that a following line merely continues (a
 *       standfirst repeated as the lead), is a duplicate;</li>
 *   <li>a line of one or two words without sentence punctuation is a fragment (menu labels, "on",
 *       "Published"), unless it ends with a colon (a dateline such as "सियोल:").</li>
 * </ul>
 * Lines of embedded posts are never removed here.
 */
public final class BoilerplateRemover implements Annotator {

    private static final int MAX_FRAGMENT_WORDS = 2;
    private static final int MIN_CONTINUED_WORDS = 5;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?।॥\"”'’)]$");
    /** Prose after a link heading ends as a sentence does: a teaser ending in a quote is no prose. */
    private static final Pattern PROSE_END = Pattern.compile(".*[.!?।॥][\"”'’)]?$");
    private static final int MIN_PROSE_WORDS = 6;
    /** Headlines a link heading inside the article may carry before the article goes on. */
    private static final int MAX_LINKS = 3;

    private final List<Map.Entry<Pattern, BoilerplateReason>> patterns = new ArrayList<>();
    private final List<Pattern> sidebarMarkers;
    private final List<Pattern> linkHeadings;

    public BoilerplateRemover() {
        for (String line : LanguageData.lines("boilerplate.tsv")) {
            String[] cells = line.split("\t+", 2);
            if (cells.length == 2) {
                BoilerplateReason reason = BoilerplateReason.valueOf(cells[0].strip().toUpperCase(Locale.ROOT));
                patterns.add(Map.entry(compile(cells[1].strip()), reason));
            }
        }
        sidebarMarkers = LanguageData.lines("sidebar-markers.txt").stream().map(BoilerplateRemover::compile).toList();
        linkHeadings = LanguageData.lines("link-headings.txt").stream().map(BoilerplateRemover::compile).toList();
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(SourceLine.class, EmbeddedPost.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(RemovedBlock.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<SourceLine> lines = article.lines();
        BoilerplateReason[] reasons = new BoilerplateReason[lines.size()];
        boolean[] inPost = new boolean[lines.size()];
        for (EmbeddedPost post : article.posts()) {
            for (int n = post.firstLine(); n <= post.lastLine(); n++) {
                inPost[n - 1] = true;
            }
        }
        boolean[] links = new boolean[lines.size()];
        int sidebar = sidebarStart(lines, inPost, links);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.blank() || inPost[i]) {
                continue;
            }
            BoilerplateReason matched = i >= sidebar ? null : matchedReason(line.text());
            if (i >= sidebar) {
                reasons[i] = BoilerplateReason.SIDEBAR;
            } else if (links[i]) {
                reasons[i] = BoilerplateReason.NAVIGATION;
            } else if (matched != null) {
                reasons[i] = matched; // every pattern tried once per line, not twice
            } else if (!seen.add(line.text()) || continuedByNext(lines, i)) {
                reasons[i] = BoilerplateReason.DUPLICATE;
            } else if (isFragment(line.text())) {
                reasons[i] = BoilerplateReason.FRAGMENT;
            }
        }
        return article.withRemoved(blocks(lines, reasons));
    }

    private BoilerplateReason matchedReason(String text) {
        for (Map.Entry<Pattern, BoilerplateReason> p : patterns) {
            if (p.getKey().matcher(text).matches()) {
                return p.getValue();
            }
        }
        return null;
    }

    /**
     * Index of the first sidebar line, or the number of lines when there is no sidebar; marks in
     * {@code links} the link headings inside the article and the headlines they carry.
     */
    private int sidebarStart(List<SourceLine> lines, boolean[] inPost, boolean[] links) {
        boolean articleStarted = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.blank() || inPost[i]) {
                continue;
            }
            if (articleStarted && isLinkHeading(line.text())) {
                int prose = proseAfterLinks(lines, inPost, i);
                if (prose < 0) {
                    return i;
                }
                for (int j = i; j < prose; j++) {
                    links[j] = !lines.get(j).blank();
                }
                i = prose - 1;
                continue;
            }
            if (articleStarted && isSidebarMarker(line.text())) {
                return i;
            }
            if (articleStarted && startsTeaserPairs(lines, i)) {
                return i;
            }
            if (!articleStarted && !isFragment(line.text()) && matchedReason(line.text()) == null) {
                articleStarted = true;
            }
        }
        return lines.size();
    }

    private boolean isSidebarMarker(String text) {
        return sidebarMarkers.stream().anyMatch(p -> p.matcher(text).matches());
    }

    private boolean isLinkHeading(String text) {
        return linkHeadings.stream().anyMatch(p -> p.matcher(text).matches());
    }

    /**
     * The line where the article goes on after the link heading at {@code heading}: the first of
     * the next few lines that reads as prose (whole sentences, not a teaser headline or a piece of
     * furniture); -1 when none does, as at the foot of a page, where teasers run to the end.
     */
    private int proseAfterLinks(List<SourceLine> lines, boolean[] inPost, int heading) {
        int seen = 0;
        for (int j = heading + 1; j < lines.size() && seen <= MAX_LINKS; j++) {
            String text = lines.get(j).text();
            if (lines.get(j).blank()) {
                continue;
            }
            if (inPost[j] || isLinkHeading(text) || isSidebarMarker(text)) {
                return -1;
            }
            if (PROSE_END.matcher(text).matches() && hasWords(text, MIN_PROSE_WORDS) && matchedReason(text) == null) {
                return j;
            }
            seen++;
        }
        return -1;
    }

    /** Two teasers in a row, each printed twice on consecutive lines. */
    private static boolean startsTeaserPairs(List<SourceLine> lines, int i) {
        List<String> next = new ArrayList<>(4);
        for (int j = i; j < lines.size() && next.size() < 4; j++) {
            if (!lines.get(j).blank()) {
                next.add(lines.get(j).text());
            }
        }
        return next.size() == 4 && next.get(0).equals(next.get(1)) && next.get(2).equals(next.get(3))
                && !next.get(0).equals(next.get(2));
    }

    /** The next non-blank line starts with this whole line and goes on: this one is its preview. */
    private static boolean continuedByNext(List<SourceLine> lines, int i) {
        String text = lines.get(i).text();
        if (!hasWords(text, MIN_CONTINUED_WORDS)) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).blank()) {
                String next = lines.get(j).text();
                return next.length() > text.length() && next.startsWith(text);
            }
        }
        return false;
    }

    static boolean isFragment(String text) {
        return !hasWords(text, MAX_FRAGMENT_WORDS + 1) && !text.endsWith(":") && !SENTENCE_END.matcher(text).matches();
    }

    /**
     * Whether the line has at least {@code n} words, runs of characters between white space:
     * counted only that far, not split with a regex, as it is asked of every line (the lines are
     * normalised, so single spaces part them).
     */
    private static boolean hasWords(String text, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < n; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words >= n;
    }

    /** Consecutive removed lines with the same reason (blank lines between them included). */
    private static List<RemovedBlock> blocks(List<SourceLine> lines, BoilerplateReason[] reasons) {
        List<RemovedBlock> out = new ArrayList<>();
        int start = -1;
        int last = -1;
        BoilerplateReason current = null;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank()) {
                continue;
            }
            BoilerplateReason r = reasons[i];
            if (r != current) {
                if (current != null) {
                    out.add(block(lines, start, last, current));
                }
                current = r;
                start = i;
            }
            last = i;
        }
        if (current != null) {
            out.add(block(lines, start, last, current));
        }
        return out;
    }

    private static RemovedBlock block(List<SourceLine> lines, int start, int last, BoilerplateReason reason) {
        StringBuilder text = new StringBuilder();
        for (SourceLine line : lines.subList(start, last + 1)) {
            if (!line.blank()) {
                text.append(text.isEmpty() ? "" : "\n").append(line.text().strip());
            }
        }
        return new RemovedBlock(lines.get(start).number(), lines.get(last).number(), reason, text.toString());
    }
}
