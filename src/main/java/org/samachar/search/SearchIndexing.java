package org.samachar.search;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.FSDirectory;
import org.samachar.rdf.Sam;
import org.samachar.store.PipelineFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the search index in step with the store. The build writes TDB2 directly (bulk loader,
 * per-article transactions), not through the jena-text dataset, so before the server starts this
 * module re-indexes every text dataset whose store has changed since its index was made. "Changed"
 * is decided by the content hashes the build records for each graph, plus the index definition:
 * an unchanged store starts without re-indexing. Updates made through the server afterwards go
 * through the text dataset, which indexes them itself.
 */
public final class SearchIndexing implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexing.class);

    @Override
    public String name() {
        return "Samachar search indexing";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        for (DataAccessPoint access : server.getDataAccessPointRegistry().accessPoints()) {
            if (access.getDataService().getDataset() instanceof DatasetGraphText text) {
                refresh(text, access.getName());
            }
        }
    }

    /** Re-indexes {@code text} from its store unless the index already matches it; returns documents written. */
    public static long refresh(DatasetGraphText text, String name) {
        TextIndex index = text.getTextIndex();
        if (!(index instanceof TextIndexLucene lucene)) {
            return 0;
        }
        Optional<Path> state = stateFile(lucene);
        String fingerprint = Txn.calculateRead(text, () -> fingerprint(text, lucene.getDocDef()));
        if (state.isPresent() && Files.isRegularFile(state.get()) && fingerprint.equals(read(state.get()))) {
            LOG.info("search index of {} is up to date", name);
            return 0;
        }
        long start = System.nanoTime();
        long documents = Txn.calculateRead(text, () -> reindex(text, lucene));
        state.ifPresent(file -> write(file, fingerprint));
        LOG.info("search index of {}: {} names and texts indexed in {} s", name, documents,
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
        return documents;
    }

    private static long reindex(DatasetGraph store, TextIndexLucene lucene) {
        EntityDefinition definition = lucene.getDocDef();
        try {
            lucene.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the search index", e);
        }
        long documents;
        try (EntityWriter writer = EntityWriter.open(lucene)) {
            IndexedTriples.forEach(store, definition, Node.ANY, triple -> {
                var entity = TextQueryFuncs.entityFromQuad(definition, null, triple.getSubject(), triple.getPredicate(), triple.getObject());
                if (entity != null) {
                    writer.add(entity);
                }
            });
            documents = writer.finish();
        }
        lucene.commit();
        return documents;
    }

    /** The content hashes of all graphs, and the fields and predicates the index covers. */
    private static String fingerprint(DatasetGraph store, EntityDefinition definition) {
        List<String> lines = new ArrayList<>();
        store.find(Node.ANY, Node.ANY, Sam.contentHash.asNode(), Node.ANY)
                .forEachRemaining(q -> lines.add(q.getSubject() + " " + q.getObject().getLiteralLexicalForm()));
        for (String field : definition.fields()) {
            lines.add(field + " " + definition.getPredicates(field));
        }
        // The analyzer's own code: the articles' content hashes leave the search classes out.
        lines.add("analyzer " + CrossScriptAnalyzer.class.getName() + " "
                + PipelineFingerprint.of(name -> name.startsWith("org/samachar/search/")));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> stateFile(TextIndexLucene lucene) {
        if (lucene.getDirectory() instanceof FSDirectory fs) {
            Path folder = fs.getDirectory();
            return Optional.of(folder.resolveSibling(folder.getFileName() + ".state"));
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String fingerprint) {
        try {
            Files.writeString(file, fingerprint + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot record the search index state in {}: {}", file, e.getMessage());
        }
    }
}
