package org.samachar.corpus.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article's own text in a news page, by rules written for news pages (not Readability4J:
 * docs/design.md says why): drop what is never article text (scripts, styles, forms, navigation,
 * asides, footers, comments, elements whose class or id says share bar, related articles, ads,
 * comments, newsletter...), then take the article element ({@code itemprop=articleBody},
 * {@code <article>}, {@code <main>}, else the element holding the most paragraph text) and write
 * each block element as a paragraph, blank-line separated, with {@code <br>} as a line break.
 * Site furniture that survives (a "Back to top" line, a syndication note) is the text stage's job,
 * as for plain text.
 */
final class MainContent {

    /** Never article text. */
    private static final String NEVER = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, aside, footer, dialog, menu, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], "
            + "[role=banner], [role=dialog], [style~=display:\\s*none]";

    /** Words in a class or id that mark page furniture (matched as whole words of the attribute). */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(?:^|[\\s_-])(?:nav|navbar|menu|breadcrumbs?|"
            + "share|sharing|social|related|recommended|trending|popular|more-stories|read-more|also-read|"
            + "comments?|disqus|advert\\w*|ads?|adslot|sponsored|promo|banner|newsletter|subscribe|sidebar|"
            + "widget|cookie|popup|modal|outbrain|taboola|tags|footer|masthead|toolbar|byline|author-info|timestamp)(?:$|[\\s_-])");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    /** Elements whose text is a paragraph of its own. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "div", "section", "article", "main", "header", "td", "th", "dd", "dt", "figcaption",
            "address", "tr", "ul", "ol", "dl", "table", "figure", "body", "caption", "center");

    private MainContent() {
    }

    /** The article's text and whether its element has its own {@code <h1>} (its headline). */
    record Text(String text, boolean hasHeading) {
    }

    /** The article's paragraphs, blank-line separated; embedded posts must already be rendered. */
    static Text text(Document doc) {
        removeFurniture(doc);
        Element root = root(doc);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(root, paragraphs, current);
        flush(paragraphs, current);
        return new Text(String.join("\n\n", paragraphs), root.selectFirst("h1") != null);
    }

    /** The lines of one element's text ({@code <br>} breaks lines), for embedded posts. */
    static List<String> lines(Element e) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(e, paragraphs, current);
        flush(paragraphs, current);
        List<String> lines = new ArrayList<>();
        paragraphs.forEach(p -> lines.addAll(List.of(p.split("\n"))));
        return lines;
    }

    static void removeFurniture(Document doc) {
        doc.select(NEVER).remove();
        // A page header holds the logo and menu; the article's own header holds its headline.
        doc.select("header").stream().filter(h -> h.selectFirst("h1") == null).forEach(Element::remove);
        List<Node> comments = new ArrayList<>();
        doc.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        });
        comments.forEach(Node::remove);
        Elements all = doc.body() == null ? new Elements() : doc.body().getAllElements();
        int pageText = doc.body() == null ? 0 : paragraphText(doc.body());
        for (Element e : all) {
            if (e.parent() != null && e != doc.body() && furniture(e) && !holdsTheArticle(e, pageText)) {
                e.remove();
            }
        }
    }

    /**
     * A wrapper whose class happens to name furniture ({@code layout-with-sidebar}) but holds the
     * article: its element, its headline, or most of the page's paragraph text. Never removed.
     */
    private static boolean holdsTheArticle(Element e, int pageText) {
        return e.selectFirst("article, main, [itemprop=articleBody], [role=main], h1") != null
                || pageText > 0 && paragraphText(e) * 2 > pageText;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static boolean furniture(Element e) {
        if (e.tagName().equals("article") || e.tagName().equals("main") || e.hasAttr("itemprop")
                && e.attr("itemprop").equals("articleBody")) {
            return false;
        }
        return FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find();
    }

    private static Element root(Document doc) {
        Element body = doc.body() != null ? doc.body() : doc;
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            Element article = marked.closest("article");
            return article != null ? article : marked;
        }
        Element best = largest(body.select("article"));
        if (best == null) {
            best = largest(body.select("main, [role=main]"));
        }
        if (best == null) {
            best = densest(body);
        }
        return best != null ? best : body;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int most = 0;
        for (Element e : candidates) {
            int n = e.text().length();
            if (n > most) {
                most = n;
                best = e;
            }
        }
        return best;
    }

    /** The element whose own paragraphs hold the most text: the article on a page without markup for it. */
    private static Element densest(Element body) {
        Element best = null;
        int most = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int n = 0;
            for (Element child : parent.children()) {
                if (child.tagName().equals("p")) {
                    n += child.text().length();
                }
            }
            if (n > most) {
                most = n;
                best = parent;
            }
        }
        return best;
    }

    private static void walk(Node node, List<String> paragraphs, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof Element e) {
                if (e.tagName().equals("br")) {
                    current.append('\n');
                } else if (BLOCKS.contains(e.tagName())) {
                    flush(paragraphs, current);
                    walk(e, paragraphs, current);
                    flush(paragraphs, current);
                } else {
                    walk(e, paragraphs, current);
                }
            }
        }
    }

    /** Ends the paragraph being written: whitespace collapsed within lines, empty lines dropped. */
    private static void flush(List<String> paragraphs, StringBuilder current) {
        if (current.length() == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n", -1)) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        current.setLength(0);
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
    }
}
