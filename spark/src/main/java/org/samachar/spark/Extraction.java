package org.samachar.spark;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.samachar.corpus.BadArticleException;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.ArticleExtractor;
import org.samachar.vocab.Iris;
import org.samachar.rdf.ReferenceData;
import org.samachar.store.ArticleQuads;
import org.samachar.store.GraphValidator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What an executor thread extracts with: the project's own extractor, graph writer and SHACL check
 * (through {@link ArticleQuads}, which the single-machine build uses too), made once per thread.
 *
 * <p>Per thread rather than per JVM: the build has only ever run the pipeline on one thread, and
 * the reference data are plain in-memory Jena graphs, which promise nothing under concurrent use.
 * Spark reuses its task threads, so each is set up once (a second or so: CLDR names and the
 * gazetteer) and then serves every task it runs.
 */
final class Extraction {

    private static final ThreadLocal<Extraction> PER_THREAD = ThreadLocal.withInitial(Extraction::new);

    final ReferenceData reference;
    final ArticleExtractor extractor;
    final ArticleQuads articleQuads;

    private Extraction() {
        reference = ReferenceData.load();
        extractor = new ArticleExtractor(Gazetteer.fromGraph(reference.gazetteer()));
        articleQuads = new ArticleQuads(extractor, new GraphValidator(reference.shapes(), reference.gazetteer()));
    }

    static Extraction get() {
        return PER_THREAD.get();
    }

    /** What became of one article on an executor. */
    record Outcome(String nquads, int quads, List<String> warnings, List<String> violations, String failure) {
    }

    /** One article, its file read through Hadoop with {@code conf}. */
    Outcome article(ArticleTask task, String fingerprint, org.apache.hadoop.conf.Configuration conf) {
        var source = task.source();
        try {
            byte[] bytes = extractor.read(source, () -> HadoopFiles.open(task.uri(), conf));
            ArticleQuads.Result r = articleQuads.of(source, bytes, ArticleQuads.hash(fingerprint, source, bytes));
            return new Outcome(nquads(r.quads()), r.quads().size(), r.warnings(), r.violations(), null);
        } catch (BadArticleException e) {
            return new Outcome(null, 0, List.of(), List.of(), e.getMessage());
        }
    }

    /** A reference graph ({@code ontology}, {@code gazetteer}) with its content hash, as N-Quads. */
    Outcome reference(String graphIri, String fingerprint) {
        Node graph = NodeFactory.createURI(graphIri);
        Graph content = graph.equals(Iris.ONTOLOGY_GRAPH) ? reference.ontology() : reference.gazetteer();
        List<Quad> quads = ArticleQuads.referenceGraph(graph, content, fingerprint);
        return new Outcome(nquads(quads), quads.size(), List.of(), articleQuads.violations(quads), null);
    }

    /** One graph as N-Quads lines, the last without its newline (the text output adds one). */
    static String nquads(List<Quad> quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(quads.size() * 160);
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS_UTF8);
        writer.start();
        quads.forEach(writer::quad);
        writer.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
