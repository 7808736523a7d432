package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.samachar.vocab.Sam;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Which article graphs, with which content, the index's counts and events graph are of: a sum of
 * one 64-bit term per article graph and its content hash. A build adds and takes away the terms
 * of what it writes and removes, and each change is marked ({@link PendingArticles}) with the
 * term it replaced, so the sum the index records, updated by the marks, must be the store's. A
 * store changed outside a build (an article graph dropped or replaced with SPARQL Update) does
 * not add up, and its events and counts are made anew instead of being updated from wrong
 * premises (a graph edited outside that keeps its content-hash quad is not seen: reading every
 * quad is what the index exists to avoid). A sum, not a hash of the sorted list, so that a change
 * costs its own terms only.
 */
public final class ArticleDigest {

    private ArticleDigest() {
    }

    /**
     * A digest or a term as the store keeps it: a string, not a number. A 64-bit value as an
     * integer literal did not come back from TDB2 as the same term for some values past its inline
     * range (an N-Quads export re-imported was then not the same dataset). Read it back by its
     * lexical form.
     */
    public static Node literal(long value) {
        return NodeFactory.createLiteralString(Long.toString(value));
    }

    /** The term of one article graph with one content hash. */
    public static long term(Node graph, String contentHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(graph.getURI().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) ' ');
            sha.update(contentHash.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The term of an article graph's quads (0 for no graph, or a graph without its hash). */
    public static long term(Node graph, Iterable<Quad> quads) {
        for (Quad q : quads) {
            if (q.getPredicate().equals(Sam.contentHash.asNode()) && q.getObject().isLiteral()) {
                return term(graph, q.getObject().getLiteralLexicalForm());
            }
        }
        return 0;
    }

    /** The term of an article graph as the store holds it now (0 when it has none); call inside a transaction. */
    public static long term(DatasetGraph dataset, Node graph) {
        var it = dataset.find(graph, Node.ANY, Sam.contentHash.asNode(), Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getObject().isLiteral()) {
                return term(graph, q.getObject().getLiteralLexicalForm());
            }
        }
        return 0;
    }

    /** The sum over the article graphs of graph → content hash (other graphs are left out). */
    public static long of(Map<Node, String> hashes) {
        long sum = 0;
        for (Map.Entry<Node, String> e : hashes.entrySet()) {
            if (PendingArticles.isArticleGraph(e.getKey())) {
                sum += term(e.getKey(), e.getValue());
            }
        }
        return sum;
    }

    /** The sum over the store's article graphs, from the hash each carries; call inside a transaction. */
    public static long read(DatasetGraph dataset) {
        long[] sum = {0};
        dataset.find(Node.ANY, Node.ANY, Sam.contentHash.asNode(), Node.ANY).forEachRemaining(q -> {
            if (PendingArticles.isArticleGraph(q.getGraph()) && q.getObject().isLiteral()) {
                sum[0] += term(q.getGraph(), q.getObject().getLiteralLexicalForm());
            }
        });
        return sum[0];
    }
}
