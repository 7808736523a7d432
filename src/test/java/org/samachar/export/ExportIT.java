package org.samachar.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.store.Fixtures;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports of a store built from the seed corpus: round trips, headers, well-formed network files. */
class ExportIT {

    @TempDir
    static Path tmp;
    static DatasetGraph store;

    @BeforeAll
    static void build() throws Exception {
        store = Fixtures.open(tmp.resolve("store"));
        Fixtures.build(store, Fixtures.CORPUS);
    }

    private static List<Node> allGraphs(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(out::add);
        return out;
    }

    /** Up to five triples of {@code a} that {@code b} lacks, so that a failure says what differs. */
    private static List<Triple> onlyIn(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).toList().stream().limit(5).toList();
    }

    @Test
    void anNQuadsExportReimportedIntoAFreshStoreIsTheSameDataset() throws Exception {
        Path file = tmp.resolve("all.nq");
        long written;
        try (var out = Files.newOutputStream(file)) {
            written = Txn.calculateRead(store, () -> RdfExporter.write(store, allGraphs(store), RdfExporter.Syntax.NQUADS, out));
        }
        DatasetGraph fresh = Fixtures.open(tmp.resolve("fresh"));
        Txn.executeWrite(fresh, () -> RDFDataMgr.read(fresh, file.toString(), Lang.NQUADS));
        Txn.executeRead(store, () -> Txn.executeRead(fresh, () -> {
            List<Node> graphs = allGraphs(store);
            assertEquals(graphs.size(), allGraphs(fresh).size());
            long count = 0;
            for (Node g : graphs) {
                assertTrue(store.getGraph(g).isIsomorphicWith(fresh.getGraph(g)), () -> "graph " + g + " differs ("
                        + store.getGraph(g).size() + " and " + fresh.getGraph(g).size() + " triples): "
                        + onlyIn(store.getGraph(g), fresh.getGraph(g)) + " only in the store, "
                        + onlyIn(fresh.getGraph(g), store.getGraph(g)) + " only in the re-import");
                count += store.getGraph(g).size();
            }
            assertEquals(count, written);
        }));
    }

    @Test
    void trigAndJsonLdCarryTheSameQuadsAndJsonLdUsesThePublishedContext() {
        DatasetGraph fromTrig = DatasetGraphFactory.createTxnMem();
        DatasetGraph fromJsonLd = DatasetGraphFactory.createTxnMem();
        String jsonLines = Txn.calculateRead(store, () -> {
            ByteArrayOutputStream trig = new ByteArrayOutputStream();
            RdfExporter.write(store, allGraphs(store), RdfExporter.Syntax.TRIG, trig);
            RDFParser.fromString(trig.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(fromTrig);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            RdfExporter.write(store, allGraphs(store), RdfExporter.Syntax.JSONLD, json);
            return json.toString(StandardCharsets.UTF_8);
        });
        List<String> lines = jsonLines.lines().toList();
        for (String line : lines) {
            RDFParser.fromString(line, Lang.JSONLD).parse(fromJsonLd);
            assertTrue(line.contains("\"sam\" : \"https://w3id.org/samachar/ontology#\""), "the published context");
        }
        Txn.executeRead(store, () -> {
            assertEquals(allGraphs(store).size(), lines.size(), "one JSON-LD document per graph");
            for (Node g : allGraphs(store)) {
                assertTrue(store.getGraph(g).isIsomorphicWith(fromTrig.getGraph(g)), "TriG: " + g);
                assertTrue(store.getGraph(g).isIsomorphicWith(fromJsonLd.getGraph(g)), "JSON-LD: " + g);
            }
        });
    }

    @Test
    void theActorNetworkHasTheDocumentedHeadersAndReadsAsGraphML() throws Exception {
        String edges = Txn.calculateRead(store, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NetworkWriters.edgesCsv(store, out);
            return out.toString(StandardCharsets.UTF_8);
        });
        List<String> rows = edges.lines().toList();
        assertEquals("source,relation,target,date,event,article", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("https://w3id.org/samachar/id/country/kp,ArmsTransfer,"
                + "https://w3id.org/samachar/id/country/ru,2022-01-01,")), "North Korea supplies Russia in 2022");
        String nodes = Txn.calculateRead(store, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NetworkWriters.nodesCsv(store, "hi", out);
            return out.toString(StandardCharsets.UTF_8);
        });
        assertEquals("id,label,type", nodes.lines().findFirst().orElseThrow());
        assertTrue(nodes.contains("https://w3id.org/samachar/id/country/ru,रूस,Country"), nodes);
        byte[] graphml = Txn.calculateRead(store, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NetworkWriters.graphml(store, "gu", out);
            return out.toByteArray();
        });
        try (InputStream in = new ByteArrayInputStream(graphml)) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            assertEquals(rows.size() - 1, doc.getElementsByTagName("edge").getLength());
            assertEquals(nodes.lines().count() - 1, doc.getElementsByTagName("node").getLength());
        }
        assertTrue(new String(graphml, StandardCharsets.UTF_8).contains("રશિયા"), "Gujarati labels");
    }
}
