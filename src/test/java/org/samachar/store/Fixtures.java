package org.samachar.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.samachar.corpus.Corpus;
import org.samachar.vocab.Iris;
import org.samachar.rdf.Annotations;
import org.samachar.rdf.ReferenceData;
import org.samachar.server.ServerSetup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Real stores for integration tests, built from the project's corpus or a copy of it. */
public final class Fixtures {

    public static final Path CORPUS = Path.of("corpus");

    /**
     * The annotation layer the integration tests build with: lean (the default), or what the system
     * property {@code samachar.it.annotations} says. The build runs the page, query, export,
     * notebook and live-ingest tests a second time with {@code full} (pom.xml), so both layers
     * are proved by the same tests.
     */
    public static final Annotations ANNOTATIONS = Annotations.parse(System.getProperty("samachar.it.annotations", "lean"));
    private static ReferenceData reference;
    private static String fingerprint;

    private Fixtures() {
    }

    public static synchronized ReferenceData reference() {
        if (reference == null) {
            reference = ReferenceData.load();
            fingerprint = PipelineFingerprint.compute();
        }
        return reference;
    }

    public static DatasetGraph open(Path dir) {
        return DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
    }

    public static BuildReport build(DatasetGraph dataset, Path corpus) throws IOException {
        return build(dataset, corpus, ANNOTATIONS);
    }

    public static BuildReport build(DatasetGraph dataset, Path corpus, Annotations annotations) throws IOException {
        reference();
        return new StoreBuilder(dataset, reference, fingerprint, annotations).build(Corpus.open(corpus));
    }

    /** The server as {@code serve} starts it over {@code store}, on an ephemeral loopback port, writes closed. */
    public static FusekiServer serve(Path store) {
        return serve(store, ServerSetup.passwordFile(Optional.empty(), Optional.empty()), Iris.BASE);
    }

    /** The same with the login realm {@code realm} and pages for the IRIs under {@code iriBase}. */
    public static FusekiServer serve(Path store, Path realm, String iriBase) {
        return ServerSetup.builder(ServerSetup.configuration(Optional.of(Path.of(ServerSetup.DEFAULT_CONFIG)), store),
                        realm, iriBase)
                .port(0).loopback(true).build().start();
    }

    public static Path copyCorpus(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }
}
