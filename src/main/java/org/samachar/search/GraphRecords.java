package org.samachar.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the index was made from, graph by graph: one bookkeeping document per graph in the index
 * itself, with the graph's content hash and the subjects of its indexed triples. In the index so
 * that it is committed with the documents it describes. A graph whose hash has changed since is
 * re-indexed by those subjects: the store has only the graph's new content, the record its old.
 * The documents have none of the entity map's fields, so no search finds them and they count in
 * no field's statistics.
 */
final class GraphRecords {

    static final String KIND = "samachar.record";
    static final String GRAPH = "samachar.graph";
    static final String HASH = "samachar.hash";
    static final String SUBJECT = "samachar.subject";
    private static final Term RECORDS = new Term(KIND, "graph");

    private final IndexWriter writer;

    GraphRecords(IndexWriter writer) {
        this.writer = writer;
    }

    /** How many graphs are recorded. */
    int count() {
        int[] count = {0};
        read((searcher, stored) -> count[0] = searcher.count(new TermQuery(RECORDS)));
        return count[0];
    }

    /** The recorded content hash of each graph. */
    Map<String, String> hashes() {
        Map<String, String> hashes = new HashMap<>();
        read((searcher, stored) -> {
            for (ScoreDoc hit : searcher.search(new TermQuery(RECORDS), Math.max(1, searcher.getIndexReader().numDocs())).scoreDocs) {
                Document document = stored.document(hit.doc, Set.of(GRAPH, HASH));
                hashes.put(document.get(GRAPH), document.get(HASH));
            }
        });
        return hashes;
    }

    /** The recorded subjects of these graphs together; none for a graph not recorded. */
    Set<String> subjects(Collection<String> graphs) {
        Set<String> subjects = new HashSet<>();
        read((searcher, stored) -> {
            for (String graph : graphs) {
                for (ScoreDoc hit : searcher.search(new TermQuery(new Term(GRAPH, graph)), 1).scoreDocs) {
                    for (var field : stored.document(hit.doc, Set.of(SUBJECT)).getFields(SUBJECT)) {
                        subjects.add(field.stringValue());
                    }
                }
            }
        });
        return subjects;
    }

    void put(String graph, String hash, Collection<String> subjects) {
        Document document = new Document();
        document.add(new StringField(KIND, RECORDS.text(), Field.Store.NO));
        document.add(new StringField(GRAPH, graph, Field.Store.YES));
        document.add(new StoredField(HASH, hash));
        for (String subject : subjects) {
            document.add(new StoredField(SUBJECT, subject));
        }
        try {
            writer.updateDocument(new Term(GRAPH, graph), document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record graph " + graph + " in the search index", e);
        }
    }

    void remove(String graph) {
        try {
            writer.deleteDocuments(new Term(GRAPH, graph));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove graph " + graph + " from the search index", e);
        }
    }

    private interface Reading {
        void read(IndexSearcher searcher, StoredFields stored) throws IOException;
    }

    private void read(Reading reading) {
        // A reader on the writer sees what it has written, committed or not.
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            reading.read(new IndexSearcher(reader), reader.storedFields());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the graph records of the search index", e);
        }
    }
}
