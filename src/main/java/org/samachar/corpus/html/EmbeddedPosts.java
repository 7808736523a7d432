package org.samachar.corpus.html;

import org.samachar.corpus.metadata.MetadataValues;
import org.samachar.corpus.metadata.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.samachar.corpus.metadata.ArticleMetadata.PostLink;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the embed markup of social-media posts (X/Twitter, Instagram, Facebook blockquotes) into
 * the plain-text form the text stage already recognises: the post's lines, then an attribution line
 * {@code — Author (@handle) September 4, 2023}. The post's own URL is returned as metadata, not
 * written into the text, where its words ("twitter.com/AFP/status") would be read as prose. Runs
 * before the page furniture is removed, as embed blockquotes sit among share buttons and scripts.
 */
final class EmbeddedPosts {

    /** The attribution text after a tweet's paragraph: "— AFP News Agency (@AFP)". */
    private static final Pattern BY = Pattern.compile("[—–-]{1,2}\\s*(?<author>[^()]+?)\\s*\\(@(?<handle>[A-Za-z0-9_.]{1,30})\\)");
    /** "A post shared by Name (@handle)" in Instagram's embed. */
    private static final Pattern SHARED_BY = Pattern.compile("(?<author>[^()]*?)\\s*\\(@(?<handle>[A-Za-z0-9_.]{1,30})\\)");
    private static final DateTimeFormatter ATTRIBUTION_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final Pattern HANDLE_IN_URL = Pattern.compile("https?://(?:www\\.|m\\.)?(?:twitter|x|instagram|facebook)\\.com/([A-Za-z0-9_.]{1,30})/");

    private EmbeddedPosts() {
    }

    /**
     * Replaces every recognised embed in {@code doc} with a paragraph of its text form, and
     * returns the links of those with a handle and URL, in page order.
     */
    static List<PostLink> render(Document doc) {
        List<PostLink> links = new ArrayList<>();
        for (Element e : doc.select("blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, "
                + "div.fb-post, blockquote.fb-xfbml-parse-ignore")) {
            if (e.parent() == null || e.tagName().equals("blockquote") && e.hasClass("fb-xfbml-parse-ignore")
                    && e.parents().stream().anyMatch(p -> p.hasClass("fb-post"))) {
                continue; // inside an embed already rendered
            }
            Post post = e.hasClass("instagram-media") ? instagram(e)
                    : e.hasClass("fb-post") || e.hasClass("fb-xfbml-parse-ignore") ? facebook(e) : tweet(e);
            if (replace(e, post) && post.handle().isPresent() && post.url().isPresent()) {
                links.add(new PostLink(post.handle().get(), post.url().get()));
            }
        }
        return links;
    }

    private record Post(List<String> lines, Optional<String> author, Optional<String> handle,
                        Optional<String> date, Optional<String> url) {
    }

    private static Post tweet(Element q) {
        List<String> lines = new ArrayList<>();
        q.select("> p").forEach(p -> lines.addAll(MainContent.lines(p)));
        String rest = q.ownText();
        Matcher m = BY.matcher(rest);
        Element last = q.select("> a").last();
        Optional<String> url = Optional.ofNullable(last).map(a -> a.attr("href")).map(EmbeddedPosts::withoutQuery);
        Optional<String> date = Optional.ofNullable(last).map(Element::text).filter(s -> !s.isBlank());
        if (m.find()) {
            return new Post(lines, Optional.of(m.group("author")), Optional.of(m.group("handle")), date, url);
        }
        return new Post(lines, Optional.empty(), url.flatMap(EmbeddedPosts::handleIn), date, url);
    }

    private static Post instagram(Element q) {
        Optional<String> url = Optional.of(q.attr("data-instgrm-permalink")).filter(s -> !s.isBlank())
                .map(EmbeddedPosts::withoutQuery);
        List<String> lines = new ArrayList<>();
        Optional<String> author = Optional.empty();
        Optional<String> handle = url.flatMap(EmbeddedPosts::handleIn);
        for (Element p : q.select("p")) {
            if (p.selectFirst("time") != null) {
                continue; // the date line: it goes into the attribution
            }
            Matcher m = SHARED_BY.matcher(p.text());
            if (p.text().toLowerCase(Locale.ROOT).contains("shared by") && m.find()) {
                author = Optional.of(m.group("author").replaceFirst("(?i).*shared by\\s*", "").strip()).filter(s -> !s.isEmpty());
                handle = Optional.of(m.group("handle"));
            } else {
                lines.addAll(MainContent.lines(p));
            }
        }
        Optional<String> date = Optional.ofNullable(q.selectFirst("time[datetime]"))
                .flatMap(t -> org.samachar.corpus.metadata.MetadataValues.date(t.attr("datetime"))).map(ATTRIBUTION_DATE::format);
        return new Post(lines, author, handle, date, url);
    }

    private static Post facebook(Element e) {
        Optional<String> url = Optional.of(e.hasAttr("data-href") ? e.attr("data-href") : e.attr("cite"))
                .filter(s -> !s.isBlank()).map(EmbeddedPosts::withoutQuery);
        List<String> lines = new ArrayList<>();
        e.select("p").forEach(p -> lines.addAll(MainContent.lines(p)));
        Element by = e.select("a").last();
        Optional<String> author = Optional.ofNullable(by).map(Element::text).filter(s -> !s.isBlank());
        return new Post(lines, author, url.flatMap(EmbeddedPosts::handleIn), Optional.empty(), url);
    }

    private static boolean replace(Element embed, Post post) {
        List<String> lines = new ArrayList<>(post.lines());
        lines.removeIf(String::isBlank);
        if (lines.isEmpty()) {
            embed.remove();
            return false;
        }
        if (post.handle().isPresent()) {
            String author = post.author().orElse(post.handle().get());
            lines.add("— " + author + " (@" + post.handle().get() + ")" + post.date().map(d -> " " + d).orElse(""));
        }
        Element p = new Element("p");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.appendElement("br");
            }
            p.appendChild(new TextNode(lines.get(i)));
        }
        embed.replaceWith(p);
        return true;
    }

    private static Optional<String> handleIn(String url) {
        Matcher m = HANDLE_IN_URL.matcher(url);
        return m.find() && !m.group(1).equals("p") ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q >= 0 ? url.substring(0, q) : url;
    }
}
