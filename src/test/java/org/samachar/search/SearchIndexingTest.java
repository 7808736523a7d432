package org.samachar.search;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.vocab.Sam;
import org.samachar.server.ServerSetup;
import org.samachar.store.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index follows the store as the build changes it: everything the first time, then only what
 * changed graphs held, with the same documents a full re-index would write.
 */
class SearchIndexingTest {

    private static final String ID = "https://w3id.org/samachar/id/";
    private static final String GRAPH = "https://w3id.org/samachar/graph/article/";

    @TempDir
    Path dir;
    private DatasetGraph store;
    private Dataset searchable;
    private DatasetGraphText text;

    @BeforeEach
    void open() {
        reopen();
    }

    @AfterEach
    void close() {
        searchable.close();
    }

    @Test
    void changedArticlesAreReindexedAloneAndGiveWhatAFullReindexGives() throws IOException {
        article("a1", "1", "Talks in Vladivostok", label("person/petrova", "Ivana Petrova"), label("person/kovac", "Oldname Kovac"));
        article("a2", "1", "A second report", label("person/petrova", "Ivana Petrova"));
        article("a3", "1", "A third report on Monaco");
        for (String filler : List.of("a4", "a5", "a6")) {
            article(filler, "1", "Report " + filler);
        }
        SearchIndexing.Refresh first = SearchIndexing.refresh(text, "test");
        assertEquals(SearchIndexing.Mode.ALL, first.mode());
        assertEquals(List.of(ID + "person/petrova"), names("petrova"), "a name in two graphs is one document");
        assertEquals(SearchIndexing.Mode.UP_TO_DATE, SearchIndexing.refresh(text, "test").mode());

        // a1 loses both its names (one of them still in a2) and gets a new one; a3 is removed.
        article("a1", "2", "Talks in Vladivostok resumed", label("person/horvat", "Newname Horvat"));
        remove("a3");
        SearchIndexing.Refresh second = SearchIndexing.refresh(text, "test");
        assertEquals(SearchIndexing.Mode.GRAPHS, second.mode());
        assertTrue(second.documents() < first.documents(), "only the changed graphs' subjects: " + second);
        assertEquals(List.of(ID + "person/horvat"), names("newname"), "the new name is found");
        assertEquals(List.of(), names("oldname"), "the name only the old a1 had is gone");
        assertEquals(List.of(ID + "person/petrova"), names("petrova"), "the name a2 still has stays, once");
        assertEquals(List.of(ID + "article/a1"), headlines("resumed"));
        assertEquals(List.of(), headlines("monaco"), "the removed article is gone");

        List<String> incremental = documents();
        Files.delete(IndexState.file((TextIndexLucene) text.getTextIndex()).orElseThrow());
        assertEquals(SearchIndexing.Mode.ALL, SearchIndexing.refresh(text, "test").mode());
        assertEquals(documents(), incremental, "the same documents as a full re-index");
        assertEquals(SearchIndexing.Mode.UP_TO_DATE, SearchIndexing.refresh(text, "test").mode());
    }

    @Test
    void aStartAfterNoWriteReadsNoGraphButAStoreWrittenSinceIsRepaired() throws IOException {
        article("a1", "1", "Talks in Vladivostok", label("person/petrova", "Ivana Petrova"));
        article("a2", "1", "A second report", label("person/kovac", "Oldname Kovac"));
        assertEquals(SearchIndexing.Mode.ALL, SearchIndexing.refresh(text, "test").mode());
        restart();
        SearchIndexing.Refresh unchanged = SearchIndexing.refresh(text, "test");
        assertEquals(SearchIndexing.Mode.UP_TO_DATE, unchanged.mode());
        assertFalse(unchanged.storeRead(), "opening and reading the store left its files as they were");

        // Written while no server ran (the text dataset did not see it): the index is stale.
        searchable.close();
        TDBInternal.expel(store);
        store = Fixtures.open(dir);
        article("a1", "2", "Talks in Vladivostok resumed", label("person/horvat", "Newname Horvat"));
        TDBInternal.expel(store);
        reopen();
        SearchIndexing.Refresh repaired = SearchIndexing.refresh(text, "test");
        assertEquals(SearchIndexing.Mode.GRAPHS, repaired.mode());
        assertTrue(repaired.storeRead());
        assertEquals(List.of(ID + "person/horvat"), names("newname"));
        assertEquals(List.of(), names("petrova"), "the name only the old a1 had is gone");

        // Written while the index is open, through the store and not the text dataset (as the build writes).
        article("a2", "2", "A second report", label("person/novak", "Third Novak"));
        assertEquals(SearchIndexing.Mode.GRAPHS, SearchIndexing.refresh(text, "test").mode());
        assertEquals(List.of(ID + "person/novak"), names("third"));
        SearchIndexing.Refresh again = SearchIndexing.refresh(text, "test");
        assertEquals(SearchIndexing.Mode.UP_TO_DATE, again.mode());
        assertFalse(again.storeRead());
    }

    @Test
    void aStateRecordingTheStoreFilesOfAnIndexThatLostGraphsIsNotTrusted() {
        article("a1", "1", "Talks in Vladivostok", label("person/petrova", "Ivana Petrova"));
        assertEquals(SearchIndexing.Mode.ALL, SearchIndexing.refresh(text, "test").mode());
        TextIndexLucene lucene = (TextIndexLucene) text.getTextIndex();
        new GraphRecords(lucene.getIndexWriter()).remove(GRAPH + "a1");
        lucene.commit();
        SearchIndexing.Refresh refresh = SearchIndexing.refresh(text, "test");
        assertTrue(refresh.storeRead(), "the index records fewer graphs than when the store's files were recorded");
        assertEquals(SearchIndexing.Mode.ALL, refresh.mode());
    }

    @Test
    void theIndexDefinitionCoversTheAnalyzerAndDocumentsNotWhenTheyAreChecked() {
        for (String name : List.of("org/samachar/search/CrossScriptFilter.class", "org/samachar/search/IndexedTriples.class",
                "org/samachar/search/EntityWriter.class", "org/samachar/search/Reindexer$Result.class")) {
            assertTrue(Fingerprints.decidesDocuments(name), name);
        }
        for (String name : List.of("org/samachar/search/SearchIndexing.class", "org/samachar/search/SearchIndexing$Checked.class",
                "org/samachar/search/StoreStamp.class", "org/samachar/search/IndexState.class", "org/samachar/web/SearchPage.class")) {
            assertFalse(Fingerprints.decidesDocuments(name), name);
        }
    }

    /** Closes the text dataset and the store and opens them again, as a new server would. */
    private void restart() {
        searchable.close();
        TDBInternal.expel(store);
        reopen();
    }

    private void reopen() {
        store = Fixtures.open(dir);
        Model config = ServerSetup.configuration(Optional.empty(), dir);
        Resource dataset = config.listSubjectsWithProperty(RDF.type,
                config.createResource("http://jena.apache.org/text#TextDataset")).next();
        searchable = DatasetFactory.assemble(dataset);
        text = (DatasetGraphText) searchable.asDatasetGraph();
    }

    @Test
    void anEmptiedIndexFolderIsRebuiltWhateverTheStateFileSays() {
        article("a1", "1", "Talks in Vladivostok", label("person/petrova", "Ivana Petrova"));
        assertEquals(SearchIndexing.Mode.ALL, SearchIndexing.refresh(text, "test").mode());
        TextIndexLucene lucene = (TextIndexLucene) text.getTextIndex();
        try {
            lucene.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        lucene.commit();
        assertEquals(SearchIndexing.Mode.ALL, SearchIndexing.refresh(text, "test").mode());
        assertEquals(List.of(ID + "person/petrova"), names("petrova"));
    }

    @Test
    void everyIndexOfOneStoreHasItsDocumentsInTheSameOrder() throws IOException {
        // Lucene ranks equal scores by document order: indexes of one store must agree on it.
        for (int a = 0; a < 40; a++) {
            Label[] labels = new Label[50];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = label("person/p" + a + "-" + i, "Ivana Petrova " + (i % 7));
            }
            article("a" + a, "1", "Report " + a, labels);
        }
        assertEquals(SearchIndexing.Mode.ALL, SearchIndexing.refresh(text, "test").mode());
        List<String> first = documentsInOrder();
        Files.delete(IndexState.file((TextIndexLucene) text.getTextIndex()).orElseThrow());
        assertEquals(SearchIndexing.Mode.ALL, SearchIndexing.refresh(text, "test").mode());
        assertEquals(first, documentsInOrder());
        assertEquals(2040, first.size());
    }

    private record Label(String entity, String name) {
    }

    private static Label label(String entity, String name) {
        return new Label(entity, name);
    }

    /** Writes an article graph as the build does: straight into TDB2, with its content hash. */
    private void article(String id, String hash, String headline, Label... labels) {
        Node graph = NodeFactory.createURI(GRAPH + id);
        Node article = NodeFactory.createURI(ID + "article/" + id);
        Txn.executeWrite(store, () -> {
            store.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            store.add(graph, article, Sam.contentHash.asNode(), NodeFactory.createLiteralString(id + "-" + hash));
            store.add(graph, article, SchemaDO.headline.asNode(), NodeFactory.createLiteralLang(headline, "en"));
            for (Label l : labels) {
                store.add(graph, NodeFactory.createURI(ID + l.entity()), RDFS.label.asNode(), NodeFactory.createLiteralLang(l.name(), "en"));
            }
        });
    }

    private void remove(String id) {
        Txn.executeWrite(store, () -> store.deleteAny(NodeFactory.createURI(GRAPH + id), Node.ANY, Node.ANY, Node.ANY));
    }

    private List<String> names(String query) {
        return hits(RDFS.label.asNode(), query);
    }

    private List<String> headlines(String query) {
        return hits(SchemaDO.headline.asNode(), query);
    }

    private List<String> hits(Node property, String query) {
        List<String> subjects = new ArrayList<>();
        for (TextHit hit : text.getTextIndex().query(property, query, null, null, 10)) {
            subjects.add(hit.getNode().getURI());
        }
        return subjects;
    }

    /** Every document that stands for a triple (not the graph records), as its sorted stored fields. */
    private List<String> documents() throws IOException {
        return documentsInOrder().stream().sorted().toList();
    }

    /** The same, in the index's order. */
    private List<String> documentsInOrder() throws IOException {
        TextIndexLucene lucene = (TextIndexLucene) text.getTextIndex();
        List<String> documents = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(lucene.getDirectory())) {
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document document = stored.document(doc);
                if (document.get(lucene.getDocDef().getEntityField()) != null) {
                    List<String> fields = new ArrayList<>();
                    document.getFields().forEach(f -> fields.add(f.name() + "=" + f.stringValue()));
                    documents.add(String.join(" ", fields.stream().sorted().toList()));
                }
            }
        }
        return documents;
    }
}
