package org.samachar.cli;

import org.samachar.UserException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.samachar.server.ServerSetup;
import org.apache.jena.query.text.DatasetGraphText;
import org.samachar.server.live.CorpusWatcher;
import org.samachar.server.live.LiveEndpoints;
import org.samachar.server.live.LiveIngest;
import org.samachar.server.live.ServerFile;
import org.samachar.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Bring the store up to date with the corpus, then serve it with embedded Fuseki, building",
                "articles that land in the corpus folder (or are posted to /kg/articles) while it serves.",
                "Query is open to all; update, Graph Store writes and posted articles need user 'admin' with the",
                "password from --password-file or $" + ServerSetup.PASSWORD_ENV + " (without one, writes are refused).",
                "While it runs, query, export, explain and build on its store go through it."})
public final class ServeCommand implements Callable<Integer> {

    /** A burst of files is one batch once the folder has been quiet this long ... */
    static final Duration QUIET = Duration.ofMillis(150);
    /** ... or this long after its first file, so that a steady stream is still built as it comes. */
    static final Duration LONGEST = Duration.ofSeconds(2);

    @Mixin
    StoreOptions store;

    @Mixin
    AnnotationOptions annotations;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--public", description = "Listen on all network interfaces instead of loopback only.")
    boolean exposed;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: " + ServerSetup.DEFAULT_CONFIG + " if present, else the built-in copy).")
    Path config;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the admin password.")
    Path passwordFile;

    @Option(names = "--iri-base", paramLabel = "IRI", defaultValue = Iris.BASE,
            description = {"The IRIs this server answers for: a request for /PATH shows the resource IRI+PATH",
                    "(default: ${DEFAULT-VALUE}, the base the build mints under; a redirect or proxy from that",
                    "base to this server makes the IRIs resolve on the web)."})
    String iriBase;

    @Option(names = "--no-build", description = "Serve the store as it is, without bringing it up to date first (and without watching).")
    boolean noBuild;

    @Option(names = "--no-watch", description = {"Do not watch the corpus folder. By default new, changed and removed",
            "articles (files and manifest rows) are built into the served store as they land."})
    boolean noWatch;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be between 0 and 65535, not " + port);
        }
        if (!iriBase.matches("https?://[^\\s]+/")) {
            throw new UserException("--iri-base must be an http(s) IRI ending with '/', not " + iriBase);
        }
        Optional<LiveIngest> ingest = Optional.empty();
        if (!noBuild) {
            BuildCommand.Prepared prepared = BuildCommand.prepare(store, annotations.value());
            prepared.build();
            // The same builder keeps the store up to date while it is served: one writer, no second start-up.
            ingest = Optional.of(new LiveIngest(store.corpus, prepared.builder()));
        } else {
            Stores.open(store.data, true);
        }
        Optional<Path> configFile = Optional.ofNullable(config)
                .or(() -> Optional.of(Path.of(System.getenv().getOrDefault("SAMACHAR_HOME", "."), ServerSetup.DEFAULT_CONFIG))
                        .filter(Files::isRegularFile));
        Path realm = ServerSetup.passwordFile(Optional.ofNullable(passwordFile),
                Optional.ofNullable(System.getenv(ServerSetup.PASSWORD_ENV)));
        String token = ServerFile.newToken();
        FusekiServer server;
        try {
            FusekiServer.Builder builder = ServerSetup.builder(ServerSetup.configuration(configFile, store.data), realm, iriBase)
                    .port(port)
                    .loopback(!exposed);
            if (ingest.isPresent()) {
                LiveEndpoints.articles(builder, ingest.get(), ServerSetup.ADMIN_USER);
                LiveEndpoints.build(builder, ingest.get(), token);
                LiveEndpoints.status(builder, ingest.get());
            }
            LiveEndpoints.read(builder, "export", ExportCommand::write, "application/octet-stream");
            LiveEndpoints.read(builder, "explain", (dsg, params, out) -> ExplainCommand.explain(dsg, params.apply("iri"),
                    store.data.toString(), new PrintStream(out, false, StandardCharsets.UTF_8)), "text/plain; charset=utf-8");
            server = builder.build().start();
        } catch (org.apache.jena.fuseki.FusekiException e) {
            throw new UserException("cannot start the server: " + e.getMessage());
        }
        ServerFile serverFile = new ServerFile("http://127.0.0.1:" + server.getHttpPort() + "/", token);
        try {
            serverFile.write(store.data);
        } catch (IOException e) {
            SamacharCommand.LOG.warn("cannot write {} into {} ({}); query, export, explain and build will not find this server",
                    ServerFile.NAME, store.data, e.getMessage());
        }
        Optional<CorpusWatcher> watcher = Optional.empty();
        if (ingest.isPresent()) {
            LiveIngest live = ingest.get();
            if (server.getDataAccessPointRegistry().get(LiveEndpoints.DATASET) != null
                    && server.getDataAccessPointRegistry().get(LiveEndpoints.DATASET).getDataService().getDataset()
                    instanceof DatasetGraphText text) {
                live.searchIndexOf(text);
            }
            if (!noWatch) {
                try {
                    watcher = Optional.of(new CorpusWatcher(store.corpus, live::request, QUIET, LONGEST));
                } catch (IOException e) {
                    throw new UserException("cannot watch the corpus folder " + store.corpus + ": " + e.getMessage()
                            + " (serve with --no-watch)");
                }
                live.request(); // what landed between the build and the watch
            }
        }
        Optional<CorpusWatcher> watching = watcher;
        Optional<LiveIngest> ingesting = ingest;
        FusekiServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watching.ifPresent(CorpusWatcher::close);
            serverFile.remove(store.data);
            ingesting.ifPresent(i -> i.stop(20));
            running.stop();
        }, "samachar-serve-stop"));
        String host = exposed ? "<this host>" : "localhost";
        String base = "http://" + host + ":" + server.getHttpPort();
        if (exposed) {
            SamacharCommand.LOG.warn("listening on ALL network interfaces (--public); anyone who can reach port {} can query", server.getHttpPort());
        }
        System.out.println("Samachar is serving " + store.data + ":");
        System.out.println("  Home, browsing    " + base + "/   (entities, events and articles as linked data, in en/gu/hi)");
        System.out.println("  Search            " + base + "/search?q=NAME   (a name in any script)");
        System.out.println("  SPARQL workbench  " + base + "/workbench");
        System.out.println("  SPARQL endpoint   " + base + "/kg/sparql");
        System.out.println("  Graph Store read  " + base + "/kg?graph=<IRI>   (default graph = union)");
        System.out.println("  SPARQL update     " + base + "/kg/update   (login: " + ServerSetup.ADMIN_USER + ")");
        if (ingest.isPresent()) {
            System.out.println("  Post an article   " + base + "/kg/articles   (login: " + ServerSetup.ADMIN_USER + ")");
            System.out.println(noWatch ? "  Not watching " + store.corpus + " (--no-watch)"
                    : "  Watching          " + store.corpus + "   (new, changed and removed articles are built as they land)");
        }
        System.out.println("  Health, metrics   " + base + "/$/ping   " + base + "/$/metrics");
        System.out.println("Press Ctrl-C to stop.");
        server.join();
        return 0;
    }
}
