package org.samachar.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.jena.sparql.core.DatasetGraph;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The actor network ({@link ActorNetwork}) as CSV edge and node lists (RFC 4180) and as GraphML for
 * networkx and Gephi, with node labels in a chosen language. Call inside a read transaction.
 */
public final class NetworkWriters {

    public static final List<String> EDGE_HEADER = List.of("source", "relation", "target", "date", "event", "article");
    public static final List<String> NODE_HEADER = List.of("id", "label", "type");

    private NetworkWriters() {
    }

    /** @return the number of edges written */
    public static long edgesCsv(DatasetGraph dataset, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long[] n = {0};
        try {
            row(w, EDGE_HEADER);
            ActorNetwork.edges(dataset, e -> {
                row(w, List.of(e.source(), e.relation(), e.target(), e.date(), e.event(), e.article()));
                n[0]++;
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }

    /** @return the number of nodes written: every actor of an edge */
    public static long nodesCsv(DatasetGraph dataset, String lang, OutputStream out) {
        Set<String> actors = ActorNetwork.edges(dataset, e -> { });
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            row(w, NODE_HEADER);
            for (String a : actors) {
                ActorNetwork.Actor actor = ActorNetwork.actor(dataset, a, lang);
                row(w, List.of(actor.id(), actor.label(), actor.type()));
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actors.size();
    }

    /** GraphML: edges as they are read, then the nodes they touch with their labels (GraphML allows either order). */
    public static long graphml(DatasetGraph dataset, String lang, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            key(x, "label", "node", "label");
            key(x, "type", "node", "type");
            key(x, "relation", "edge", "relation");
            key(x, "date", "edge", "date");
            key(x, "event", "edge", "event");
            key(x, "article", "edge", "article");
            x.writeStartElement("graph");
            x.writeAttribute("id", "samachar-actors");
            x.writeAttribute("edgedefault", "directed");
            long[] n = {0};
            Set<String> actors = ActorNetwork.edges(dataset, e -> {
                try {
                    x.writeStartElement("edge");
                    x.writeAttribute("id", "e" + n[0]++);
                    x.writeAttribute("source", e.source());
                    x.writeAttribute("target", e.target());
                    data(x, "relation", e.relation());
                    data(x, "date", e.date());
                    data(x, "event", e.event());
                    data(x, "article", e.article());
                    x.writeEndElement();
                } catch (XMLStreamException ex) {
                    throw new IllegalStateException(ex);
                }
            });
            for (String a : actors) {
                ActorNetwork.Actor actor = ActorNetwork.actor(dataset, a, lang);
                x.writeStartElement("node");
                x.writeAttribute("id", actor.id());
                data(x, "label", actor.label());
                data(x, "type", actor.type());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            return n[0];
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String domain, String name) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", "string");
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void row(Writer w, List<String> cells) {
        try {
            CSVFormat.RFC4180.printRecord(w, cells.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
