package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.samachar.vocab.Iris;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The named graph {@code …/graph/index}: what the build keeps so that one changed article does
 * not make it read the whole store again — where each event report is filed for finding the
 * reports it may match ({@link EventIndex}), the articles written since the events graph was last
 * brought up to date with what their reports and names were then ({@link PendingArticles}), the
 * number of articles naming each entity, and the totals of the build summary ({@link IndexState}).
 * It is bookkeeping of the build, not knowledge: its terms ({@code https://w3id.org/samachar/index#})
 * are not part of the ontology, its subjects ({@code https://w3id.org/samachar/index/…}) are none of
 * the graph's resources, and no triple of it points at one (reports and entities appear in
 * literals), so pages and queries about the news are unaffected. Every triple is a function of the
 * other graphs, so a store updated build by build holds the same index as a clean build.
 */
public final class IndexGraph {

    public static final Node GRAPH = NodeFactory.createURI(Iris.GRAPH + "index");
    public static final String NS = Iris.BASE + "index#";
    private static final String BASE = Iris.BASE + "index/";

    private IndexGraph() {
    }

    public static Node property(String local) {
        return NodeFactory.createURI(NS + local);
    }

    static Node node(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    /** The index's node for an article graph. */
    static Node article(Node articleGraph) {
        String g = articleGraph.getURI();
        return node("article/" + (g.startsWith(Iris.ARTICLE_GRAPH) ? g.substring(Iris.ARTICLE_GRAPH.length()) : "~" + hash(g)));
    }

    /** The index's node for an entity (a person, country, ...). */
    public static Node entity(String iri) {
        return node("entity/" + path(iri));
    }

    /** An IRI as a path under the index: its part after {@code …/id/}, or a hash. */
    static String path(String iri) {
        return iri.startsWith(Iris.ID) && iri.length() > Iris.ID.length() ? iri.substring(Iris.ID.length()) : "~" + hash(iri);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
