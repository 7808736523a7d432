package org.samachar.cli;

import org.samachar.UserException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.samachar.export.NetworkWriters;
import org.samachar.export.RdfExporter;
import org.samachar.server.live.RunningServer;
import org.samachar.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code samachar export}: the store, or one article, as RDF files or as an actor network. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store (or one article with --article) as N-Quads, TriG, Turtle or JSON-LD, or the",
                "actor network of its events as CSV edges, CSV nodes or GraphML. Streams: memory is bounded by",
                "one article, not the store. Progress goes to stderr; the export to --out or stdout."})
public final class ExportCommand implements Callable<Integer> {

    enum Format { nquads, trig, turtle, jsonld, edges, nodes, graphml }

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "nquads",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article's graph (RDF formats).")
    String article;

    @Option(names = "--lang", defaultValue = "en", description = "Language of node labels in nodes/graphml: en, gu or hi (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        check(format, article, lang);
        Optional<RunningServer> server = RunningServer.find(store.data);
        try (OutputStream os = out == null ? new NonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(out))) {
            if (server.isPresent()) {
                // A server holds the store: it runs the same export on the store it serves.
                Map<String, String> params = new LinkedHashMap<>();
                params.put("format", format.name());
                params.put("lang", lang);
                if (article != null) {
                    params.put("article", article);
                }
                try (InputStream in = server.get().get("kg/export", params)) {
                    in.transferTo(os);
                }
                SamacharCommand.LOG.info("export: written by the server at {}{}", server.get().url(),
                        out == null ? "" : " to " + out);
            } else {
                write(Stores.open(store.data, true), format, article, lang, store.data.toString(), os, out);
            }
        } catch (IOException e) {
            throw new UserException("cannot write " + out + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UserException("cannot write " + (out == null ? "the export" : out) + ": " + e.getCause().getMessage());
        }
        return 0;
    }

    /** The export of {@code dsg} (named {@code storeName} in messages) in {@code format} to {@code os}. */
    static void write(DatasetGraph dsg, Format format, String article, String lang, String storeName, OutputStream os,
                      Path out) {
        Txn.executeRead(dsg, () -> {
            long n = switch (format) {
                case nquads -> RdfExporter.write(dsg, graphs(dsg, article, storeName), RdfExporter.Syntax.NQUADS, os);
                case trig -> RdfExporter.write(dsg, graphs(dsg, article, storeName), RdfExporter.Syntax.TRIG, os);
                case turtle -> RdfExporter.write(dsg, graphs(dsg, article, storeName), RdfExporter.Syntax.TURTLE, os);
                case jsonld -> RdfExporter.write(dsg, graphs(dsg, article, storeName), RdfExporter.Syntax.JSONLD, os);
                case edges -> NetworkWriters.edgesCsv(dsg, os);
                case nodes -> NetworkWriters.nodesCsv(dsg, lang, os);
                case graphml -> NetworkWriters.graphml(dsg, lang, os);
            };
            SamacharCommand.LOG.info("export: {} {} written{}", n,
                    format.ordinal() <= Format.jsonld.ordinal() ? "quads" : format == Format.nodes ? "nodes" : "edges",
                    out == null ? "" : " to " + out);
        });
    }

    /** For the server: the export its parameters ask for (the command's options, checked the same way). */
    static void write(DatasetGraph dsg, java.util.function.Function<String, String> params, OutputStream os) throws IOException {
        Format format;
        try {
            format = Format.valueOf(Optional.ofNullable(params.apply("format")).orElse("nquads"));
        } catch (IllegalArgumentException e) {
            throw new UserException("format must be one of " + java.util.Arrays.toString(Format.values()));
        }
        String article = params.apply("article");
        String lang = Optional.ofNullable(params.apply("lang")).orElse("en");
        check(format, article, lang);
        write(dsg, format, article, lang, "served", os, null);
        os.flush();
    }

    private static void check(Format format, String article, String lang) {
        if (article != null && (format == Format.edges || format == Format.nodes || format == Format.graphml)) {
            throw new UserException("--article works with the RDF formats (nquads, trig, turtle, jsonld); "
                    + "the actor network is of the whole store");
        }
        if (!List.of("en", "gu", "hi").contains(lang)) {
            throw new UserException("--lang must be en, gu or hi, not " + lang);
        }
    }

    private static List<Node> graphs(DatasetGraph dsg, String article, String storeName) {
        if (article != null) {
            Node g = Iris.articleGraph(article);
            if (!dsg.containsGraph(g)) {
                throw new UserException("no article '" + article + "' in the store " + storeName
                        + " (its id is the file name without .txt)");
            }
            return List.of(g);
        }
        List<Node> all = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(all::add);
        all.sort(java.util.Comparator.comparing(Node::getURI));
        return all;
    }

    /** stdout must stay open after the export. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
