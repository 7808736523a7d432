package org.samachar.export;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes named graphs of the store as RDF, one graph at a time so memory stays bounded by the
 * largest graph, never the store: N-Quads and TriG stream every quad with its graph; Turtle
 * streams the triples of the graphs (their names are lost, as Turtle has none); JSON-LD writes one
 * document per graph, one per line (JSON Lines), each compacted with the published context
 * ({@link JsonLdContext}) and naming its graph with {@code @id}. Call inside a read transaction.
 */
public final class RdfExporter {

    private static final Logger LOG = LoggerFactory.getLogger(RdfExporter.class);
    private static final int PROGRESS_EVERY = 1000;

    public enum Syntax { NQUADS, TRIG, TURTLE, JSONLD }

    private RdfExporter() {
    }

    /** @return the number of quads written */
    public static long write(DatasetGraph dataset, List<Node> graphs, Syntax syntax, OutputStream out) {
        long quads = 0;
        int done = 0;
        StreamRDF stream = switch (syntax) {
            case NQUADS -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case TRIG -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            case TURTLE -> StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            case JSONLD -> null;
        };
        if (stream != null) {
            stream.start();
            JsonLdContext.prefixes().getNsPrefixMap().forEach(stream::prefix);
        }
        for (Node g : graphs) {
            if (syntax == Syntax.JSONLD) {
                quads += jsonLd(dataset, g, out);
            } else {
                var it = dataset.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    var q = it.next();
                    if (syntax == Syntax.TURTLE) {
                        stream.triple(q.asTriple());
                    } else {
                        stream.quad(q);
                    }
                    quads++;
                }
            }
            if (++done % PROGRESS_EVERY == 0) {
                LOG.info("exported {} of {} graphs, {} quads", done, graphs.size(), quads);
            }
        }
        if (stream != null) {
            stream.finish();
        }
        return quads;
    }

    private static long jsonLd(DatasetGraph dataset, Node g, OutputStream out) {
        Graph graph = GraphFactory.createDefaultGraph();
        dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> graph.add(q.asTriple()));
        graph.getPrefixMapping().setNsPrefixes(JsonLdContext.prefixes());
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        RDFDataMgr.write(doc, graph, RDFFormat.JSONLD11);
        // A named graph object, on one line: {"@context": ..., "@id": G, "@graph": [...]}.
        JsonObject parsed = JSON.parse(new ByteArrayInputStream(doc.toByteArray()));
        JsonObject named = new JsonObject();
        named.put("@context", parsed.get("@context"));
        named.put("@id", g.getURI());
        if (parsed.hasKey("@graph")) {
            named.put("@graph", parsed.get("@graph"));
        } else {
            parsed.remove("@context");
            JsonArray one = new JsonArray();
            if (!parsed.isEmpty()) {
                one.add(parsed);
            }
            named.put("@graph", one);
        }
        IndentedWriter line = new IndentedWriter(out);
        line.setFlatMode(true);
        named.output(line);
        line.flush();
        try {
            out.write('\n'); // flat mode writes no line ends of its own
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return graph.size();
    }
}
