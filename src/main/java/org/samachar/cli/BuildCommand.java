package org.samachar.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.corpus.Corpus;
import org.samachar.rdf.ReferenceData;
import org.samachar.store.BuildReport;
import org.samachar.rdf.Annotations;
import org.samachar.store.PipelineFingerprint;
import org.samachar.store.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.samachar.UserException;
import org.samachar.server.live.RunningServer;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the knowledge graph of the corpus into the TDB2 store.",
                "Only new or changed articles are extracted; articles whose file is gone are removed.",
                "Exit status: 0 when every article was built, 1 when some could not be (see the messages)."})
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    AnnotationOptions annotations;

    @Override
    public Integer call() {
        Optional<RunningServer> server = RunningServer.find(store.data);
        if (server.isPresent()) {
            return throughServer(server.get());
        }
        BuildReport report = run(store, annotations.value());
        return report.failed() == 0 ? 0 : 1;
    }

    /** A server holds the store: it queues the build as a batch of its live ingest and answers when done. */
    private Integer throughServer(RunningServer server) {
        SamacharCommand.LOG.info("the store {} is served by {}; the build goes through it", store.data, server.url());
        Map<String, String> parameters = new java.util.HashMap<>(
                Map.of("corpus", store.corpus.toAbsolutePath().normalize().toString()));
        if (annotations.given()) {
            parameters.put("annotations", annotations.value().toString());
        }
        HttpResponse<InputStream> answer = server.postWithToken("kg/build", parameters);
        if (answer.statusCode() == 404) {
            throw new UserException("the server at " + server.url() + " holds the store " + store.data
                    + " but does not build (it was started with --no-build); stop it to build");
        }
        if (answer.statusCode() != 200) {
            throw new UserException(RunningServer.message(answer));
        }
        try (InputStream in = answer.body()) {
            System.err.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserException("reading the build's answer from " + server.url() + ": " + e.getMessage());
        }
        int failed = answer.headers().firstValue("X-Samachar-Failed").map(Integer::parseInt).orElse(0);
        return failed == 0 ? 0 : 1;
    }

    /**
     * Builds and prints the summary; shared with {@code serve}, which builds before serving. Each
     * step before the build is timed in the log: for a build that changes one article of a large
     * store they are most of the command's time.
     */
    static BuildReport run(StoreOptions store, Annotations annotations) {
        return prepare(store, annotations).build();
    }

    /**
     * A builder over the store, ready to build (the reference data loaded, the extractor made).
     * {@code serve} keeps it for the live ingest, so the second build costs no start-up.
     */
    static Prepared prepare(StoreOptions store, Annotations annotations) {
        long start = System.nanoTime();
        SamacharCommand.LOG.info("JVM started {} ms before the build command",
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        // The corpus first: a missing corpus folder is reported before the store folder is created.
        Corpus corpus = Stores.corpus(store.corpus);
        long step = logStep("corpus listed (" + corpus.articles().size() + " articles, manifest read)", start);
        DatasetGraph dataset = Stores.open(store.data, false);
        step = logStep("store opened", step);
        ReferenceData reference = ReferenceData.load();
        step = logStep("reference data (ontology, shapes, gazetteer)", step);
        String fingerprint = PipelineFingerprint.compute();
        step = logStep("program fingerprint", step);
        StoreBuilder builder = new StoreBuilder(dataset, reference, fingerprint, annotations);
        logStep("extractor and SHACL shapes prepared (" + annotations + " annotations)", step);
        return new Prepared(builder, corpus);
    }

    /** A builder and the corpus as listed when it was made. */
    record Prepared(StoreBuilder builder, Corpus corpus) {
        BuildReport build() {
            BuildReport report = builder.build(corpus);
            SamacharCommand.LOG.info("build: {}", report.summary());
            return report;
        }
    }

    private static long logStep(String what, long since) {
        long now = System.nanoTime();
        SamacharCommand.LOG.info("{}: {} s", what, String.format(Locale.ROOT, "%.2f", (now - since) / 1e9));
        return now;
    }
}
