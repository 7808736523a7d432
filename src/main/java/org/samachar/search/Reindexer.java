package org.samachar.search;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes the documents of a jena-text Lucene index from the store (to be called inside a read
 * transaction): all of them, or those of the subjects some graphs hold. Either way the index is
 * committed once, at the end, so a failure leaves the index as it was.
 */
final class Reindexer {

    /** What was re-indexed: documents written, and for a partial re-index the subjects they are of. */
    record Result(long documents, int subjects) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);
    private static final int DELETE_BATCH = 1_000;
    private static final int PROGRESS_EVERY = 20_000;

    private final DatasetGraph store;
    private final TextIndexLucene lucene;
    private final EntityDefinition definition;
    private final GraphRecords records;

    Reindexer(DatasetGraph store, TextIndexLucene lucene) {
        this.store = store;
        this.lucene = lucene;
        this.definition = lucene.getDocDef();
        this.records = new GraphRecords(lucene.getIndexWriter());
    }

    GraphRecords records() {
        return records;
    }

    /** Clears the index and indexes every triple, then records every graph of {@code hashes}. */
    Result all(Map<String, String> hashes) {
        return committed(() -> {
            try {
                lucene.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear the search index", e);
            }
            long documents = index(sink -> IndexedTriples.forEach(store, definition, Node.ANY, sink));
            int recorded = 0;
            for (Map.Entry<String, String> graph : hashes.entrySet()) {
                records.put(graph.getKey(), graph.getValue(), subjects(graph.getKey()));
                if (++recorded % PROGRESS_EVERY == 0) {
                    LOG.info("search index: {} of {} graphs recorded", recorded, hashes.size());
                }
            }
            return new Result(documents, 0);
        });
    }

    /**
     * Re-indexes what the {@code changed} graphs held before and hold now: every subject of their
     * recorded (old) and present (new) indexed triples loses its documents and gets them again
     * from the whole store. By subject, because a triple is one document however many graphs hold
     * it: a name that a changed article shared with others must stay, one it alone had must go,
     * and only the store knows which. {@code hashes} are the present graphs' content hashes; a
     * changed graph not among them was removed.
     */
    Result graphs(Collection<String> changed, Map<String, String> hashes) {
        return committed(() -> reindex(changed, hashes));
    }

    private Result reindex(Collection<String> changed, Map<String, String> hashes) {
        Set<String> subjects = new TreeSet<>(records.subjects(changed));
        Map<String, Set<String>> present = new TreeMap<>();
        for (String graph : changed) {
            if (hashes.containsKey(graph)) {
                present.put(graph, subjects(graph));
                subjects.addAll(present.get(graph));
            }
        }
        delete(subjects);
        long documents = index(sink -> {
            for (String subject : subjects) {
                IndexedTriples.forEach(store, definition, TextQueryFuncs.stringToNode(subject), sink);
            }
        });
        for (String graph : changed) {
            if (present.containsKey(graph)) {
                records.put(graph, hashes.get(graph), present.get(graph));
            } else {
                records.remove(graph);
            }
        }
        return new Result(documents, subjects.size());
    }

    /** Commits what {@code work} wrote, or rolls it back when it fails, so no later commit can publish half of it. */
    private Result committed(Supplier<Result> work) {
        Result result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            lucene.rollback();
            throw e;
        }
        lucene.commit();
        return result;
    }

    private Set<String> subjects(String graph) {
        return IndexedTriples.subjects(store, definition, TextQueryFuncs.stringToNode(graph));
    }

    /** Deletes the documents of these subjects; Lucene applies it to documents added before, not after. */
    private void delete(Collection<String> subjects) {
        IndexWriter writer = lucene.getIndexWriter();
        List<Term> batch = new ArrayList<>(DELETE_BATCH);
        try {
            for (String subject : subjects) {
                batch.add(new Term(definition.getEntityField(), subject));
                if (batch.size() == DELETE_BATCH) {
                    writer.deleteDocuments(batch.toArray(Term[]::new));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                writer.deleteDocuments(batch.toArray(Term[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from the search index", e);
        }
    }

    /** Adds a document for each triple {@code triples} gives, in that order; returns how many. */
    private long index(Consumer<Consumer<Triple>> triples) {
        try (EntityWriter writer = new EntityWriter(lucene)) {
            triples.accept(triple -> {
                // No graph: the document stands for the triple in every graph that holds it.
                var entity = TextQueryFuncs.entityFromQuad(definition, null, triple.getSubject(), triple.getPredicate(), triple.getObject());
                if (entity != null) {
                    writer.add(entity);
                }
            });
            return writer.finish();
        }
    }
}
