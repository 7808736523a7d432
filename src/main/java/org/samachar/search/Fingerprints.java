package org.samachar.search;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.vocab.Sam;
import org.samachar.store.PipelineFingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What decides the search index: the content hash the build records in each graph, and the index
 * definition (fields, predicates and the analyzer's own code). Equal fingerprints mean the index
 * made then is the index that would be made now.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    /** Each graph's content hash, by graph name; a graph with several hashes gets them joined in order. */
    static Map<String, String> graphHashes(DatasetGraph store) {
        Map<String, List<String>> hashes = new TreeMap<>();
        store.find(Node.ANY, Node.ANY, Sam.contentHash.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph() && q.getObject().isLiteral()) {
                hashes.computeIfAbsent(TextQueryFuncs.graphNodeToString(q.getGraph()), g -> new ArrayList<>())
                        .add(q.getObject().getLiteralLexicalForm());
            }
        });
        Map<String, String> joined = new TreeMap<>();
        hashes.forEach((graph, list) -> joined.put(graph, String.join(" ", list.stream().sorted().toList())));
        return joined;
    }

    /** The fields and predicates the index covers and the code of the search package (the analyzer). */
    static String definition(EntityDefinition definition) {
        List<String> lines = new ArrayList<>();
        for (String field : IndexedTriples.fields(definition)) {
            lines.add(field + " " + definition.getPredicates(field));
        }
        // The analyzer's own code: the articles' content hashes leave the search classes out.
        lines.add("analyzer " + CrossScriptAnalyzer.class.getName() + " "
                + PipelineFingerprint.of(Fingerprints::decidesDocuments, analyzerLibraries()));
        return sha256(lines);
    }

    /**
     * Whether a class file of this program decides the index's documents: the search package but
     * the classes that only decide when to check the index ({@link SearchIndexing},
     * {@link IndexState}, {@link StoreStamp}, this one), so that a change of those does not
     * re-index a store (ten minutes at 100K articles).
     */
    static boolean decidesDocuments(String name) {
        if (!name.startsWith("org/samachar/search/")) {
            return false;
        }
        String file = name.substring("org/samachar/search/".length());
        String outer = file.contains("$") ? file.substring(0, file.indexOf('$')) : file.replace(".class", "");
        return !List.of("SearchIndexing", "IndexState", "StoreStamp", "Fingerprints").contains(outer);
    }

    /**
     * Lucene (the index format and its analysis) and ICU, Jena and Java as the pipeline's
     * fingerprint counts them (the analyzer folds scripts with ICU): a new release of any of them
     * can index the same names differently, so it rebuilds the index.
     */
    static List<String> analyzerLibraries() {
        List<String> versions = new ArrayList<>(PipelineFingerprint.libraries());
        versions.add("lucene " + org.apache.lucene.util.Version.LATEST);
        return versions;
    }

    /** The store's graphs and their hashes under one index definition. */
    static String store(Map<String, String> graphHashes, String definition) {
        List<String> lines = new ArrayList<>();
        graphHashes.forEach((graph, hash) -> lines.add(graph + " " + hash));
        lines.add("definition " + definition);
        return sha256(lines);
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines.stream().sorted().toList()) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
