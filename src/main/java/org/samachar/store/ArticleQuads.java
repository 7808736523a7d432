package org.samachar.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.BadArticleException;
import org.samachar.corpus.Manifest;
import org.samachar.corpus.SourceFormat;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.extract.ArticleExtractor;
import org.samachar.rdf.Annotations;
import org.samachar.rdf.ArticleGraphWriter;
import org.samachar.vocab.Sam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One graph of the store as quads, from its source alone: an article (extracted, written, checked
 * with SHACL) or a reference graph. Everything here depends on one article or on the reference data
 * only, never on the rest of the corpus, so {@link StoreBuilder} and the Spark job ({@code spark/})
 * make the same quads with it, one machine or many.
 */
public final class ArticleQuads {

    /**
     * An article's graph and what was noticed on the way.
     *
     * @param article    the analysed article
     * @param quads      its graph, content hash included
     * @param warnings   warnings about the article (unlisted, language not recognised), without its name
     * @param violations SHACL violations of the graph, one line each
     */
    public record Result(AnalyzedArticle article, List<Quad> quads, List<String> warnings, List<String> violations) {
    }

    private final ArticleExtractor extractor;
    private final GraphValidator validator;
    private final Annotations annotations;

    /** Lean graphs. */
    public ArticleQuads(ArticleExtractor extractor, GraphValidator validator) {
        this(extractor, validator, Annotations.LEAN);
    }

    public ArticleQuads(ArticleExtractor extractor, GraphValidator validator, Annotations annotations) {
        this.extractor = extractor;
        this.validator = validator;
        this.annotations = annotations;
    }

    /**
     * The content hash an article's graph records: program fingerprint, manifest row (and for a
     * record, the metadata its listing read) and bytes. A page's metadata is inside its bytes.
     */
    public static String hash(String fingerprint, ArticleSource source, byte[] bytes) {
        return sha256(fingerprint, source.fingerprint(), bytes);
    }

    /** Extracts the article from its bytes and writes its graph; a bad article is refused whole. */
    public Result of(ArticleSource source, byte[] bytes, String hash) throws BadArticleException {
        AnalyzedArticle article = extractor.extract(source, bytes);
        List<String> warnings = new ArrayList<>();
        if (!source.entry().listed() && source.format() == SourceFormat.TEXT) {
            warnings.add("not listed in " + Manifest.FILE_NAME + "; language detected as "
                    + article.language().code() + ", publication date unknown");
        } else if (article.source().entry().published().isEmpty() && source.format() != SourceFormat.TEXT) {
            warnings.add("no publication date in " + Manifest.FILE_NAME + " nor in the article's metadata; "
                    + "language " + (article.language().fromManifest() ? "declared " : "detected as ")
                    + article.language().code());
        }
        if (article.language().code().equals("und")) {
            warnings.add("language not recognised (no Gujarati, Devanagari or Latin prose); entities may be missed");
        }
        List<Quad> quads = new ArrayList<>();
        new ArticleGraphWriter(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        }, annotations).write(article, hash);
        return new Result(article, quads, warnings, violations(quads));
    }

    /** A reference graph (ontology, gazetteer) as quads of {@code graph}, with its content hash. */
    public static List<Quad> referenceGraph(Node graph, Graph content, String fingerprint) {
        List<Quad> quads = new ArrayList<>();
        content.find().forEachRemaining(t -> quads.add(Quad.create(graph, t)));
        quads.add(Quad.create(graph, graph, Sam.contentHash.asNode(),
                NodeFactory.createLiteralString(referenceHash(fingerprint, graph))));
        return quads;
    }

    static String referenceHash(String fingerprint, Node graph) {
        return sha256(fingerprint, graph.getURI(), new byte[0]);
    }

    /** SHACL violations of one graph's quads (checked with the gazetteer entries they point at). */
    public List<String> violations(List<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return validator.violations(g);
    }

    static String sha256(String fingerprint, String meta, byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(meta.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
