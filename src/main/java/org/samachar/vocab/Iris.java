package org.samachar.vocab;

import com.ibm.icu.text.Transliterator;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.Locale;

/**
 * Mints every IRI Samachar writes. IRIs depend only on stable keys (file names, ISO codes, slugs
 * of names), never on run order or time, so rebuilding the same input gives the same IRIs.
 * Text from articles is never pasted into an IRI unescaped: it is reduced to a slug of
 * {@code [a-z0-9-]} first.
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/samachar/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";
    public static final String ARTICLE_GRAPH = GRAPH + "article/";

    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(GRAPH + "ontology");
    public static final Node GAZETTEER_GRAPH = NodeFactory.createURI(GRAPH + "gazetteer");
    /** The events told by the articles, each once however many articles tell it. */
    public static final Node EVENTS_GRAPH = NodeFactory.createURI(GRAPH + "events");

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /**
     * Slugs already made. Every article names the same few hundred entities, roles and kinds of
     * part again, and ICU transliteration was a fifth of writing an article's graph. A slug
     * depends only on its text, so a cache cannot change an IRI; its size keeps memory bounded.
     */
    private static final int SLUG_CACHE_SIZE = 100_000;
    private static final Cache<String, String> SLUGS = CacheFactory.createCache(SLUG_CACHE_SIZE);

    private Iris() {
    }

    public static Node article(String id) {
        return NodeFactory.createURI(ID + "article/" + slugKeepCase(id));
    }

    public static Node articleGraph(String id) {
        return NodeFactory.createURI(ARTICLE_GRAPH + slugKeepCase(id));
    }

    /** A part of an article: {@code …/article/ID#sentence-3}. */
    public static Node part(Node article, String kind, int n) {
        return NodeFactory.createURI(article.getURI() + "#" + kind + "-" + n);
    }

    /**
     * A mention: the span {@code [begin, end)} of the article body, in code points, as NIF's
     * RFC 5147 fragment ({@code …/article/ID#char=12,20}). The IRI says where the string is, so
     * its offsets and text need no triples of their own ({@link #span}).
     */
    public static Node mention(Node article, long begin, long end) {
        return NodeFactory.createURI(article.getURI() + "#char=" + begin + "," + end);
    }

    /** The {@code [begin, end)} code-point span of a {@link #mention} IRI, or null for any other node. */
    public static int[] span(Node node) {
        if (node == null || !node.isURI()) {
            return null;
        }
        String iri = node.getURI();
        int at = iri.lastIndexOf("#char=");
        int comma = at < 0 ? -1 : iri.indexOf(',', at);
        if (comma < 0) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(iri.substring(at + 6, comma)), Integer.parseInt(iri.substring(comma + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether {@code node} is a part {@link #part} minted of this kind ({@code …#sentence-3} is a "sentence"). */
    public static boolean isPart(Node node, String kind) {
        return node != null && node.isURI() && node.getURI().startsWith(ID + "article/")
                && node.getURI().contains("#" + kind + "-");
    }

    /** The article a part IRI ({@code …/article/ID#…}) belongs to, or null when the node is not one. */
    public static Node articleOf(Node part) {
        if (part == null || !part.isURI()) {
            return null;
        }
        String iri = part.getURI();
        int hash = iri.indexOf('#');
        return hash > 0 && iri.startsWith(ID + "article/") ? NodeFactory.createURI(iri.substring(0, hash)) : null;
    }

    /** The article graph of a part IRI or an article IRI, or null. */
    public static Node graphOf(Node articleOrPart) {
        if (articleOrPart == null || !articleOrPart.isURI() || !articleOrPart.getURI().startsWith(ID + "article/")) {
            return null;
        }
        String rest = articleOrPart.getURI().substring((ID + "article/").length());
        int hash = rest.indexOf('#');
        return NodeFactory.createURI(ARTICLE_GRAPH + (hash < 0 ? rest : rest.substring(0, hash)));
    }

    public static Node part(Node article, String kind, String key) {
        return NodeFactory.createURI(article.getURI() + "#" + kind + "-" + slug(key));
    }

    public static Node entity(String kind, String key) {
        return NodeFactory.createURI(ID + kind + "/" + slug(key));
    }

    /**
     * A person or organisation found in the news but not in the gazetteer, named by the
     * cross-script key of its name ({@code id/person/key-drnvtsn}), so every spelling in every
     * article is one node.
     */
    public static Node discovered(EntityType type, String nameKey) {
        return NodeFactory.createURI(ID + type.pathSegment() + "/key-" + slug(nameKey));
    }

    /** Whether an IRI is one {@link #discovered} mints. */
    public static boolean isDiscovered(String iri) {
        return iri.startsWith(ID) && iri.substring(ID.length()).matches("[a-z]+/key-.*");
    }

    /** A role concept of the ontology: {@code id/role/spokesperson}. */
    public static Node role(String name) {
        return NodeFactory.createURI(ID + "role/" + slug(name));
    }

    /** Lower-case ASCII words joined by hyphens: "Kim Jong-un" → "kim-jong-un", "રશિયા" → "rasiya". */
    public static String slug(String text) {
        return SLUGS.get(text, Iris::makeSlug);
    }

    private static String makeSlug(String text) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(text);
        }
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** Article identifiers are file names: keep their case and underscores, escape the rest. */
    /** A string as an IRI path segment: letters, digits, '_', '.', '-' kept, anything else a '-'. */
    public static String slugOf(String s) {
        return slugKeepCase(s);
    }

    static String slugKeepCase(String id) {
        return id.replaceAll("[^A-Za-z0-9_.-]", "-");
    }
}
