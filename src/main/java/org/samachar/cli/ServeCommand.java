package org.samachar.cli;

import org.samachar.UserException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.samachar.server.ServerSetup;
import org.samachar.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Bring the store up to date with the corpus, then serve it with embedded Fuseki.",
                "Query is open to all; update and Graph Store writes need user 'admin' with the password from",
                "--password-file or $" + ServerSetup.PASSWORD_ENV + " (without one, writes are refused)."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

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

    @Option(names = "--no-build", description = "Serve the store as it is, without bringing it up to date first.")
    boolean noBuild;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be between 0 and 65535, not " + port);
        }
        if (!iriBase.matches("https?://[^\\s]+/")) {
            throw new UserException("--iri-base must be an http(s) IRI ending with '/', not " + iriBase);
        }
        if (!noBuild) {
            BuildCommand.run(store);
        } else {
            Stores.open(store.data, true);
        }
        Optional<Path> configFile = Optional.ofNullable(config)
                .or(() -> Optional.of(Path.of(System.getenv().getOrDefault("SAMACHAR_HOME", "."), ServerSetup.DEFAULT_CONFIG))
                        .filter(Files::isRegularFile));
        Path realm = ServerSetup.passwordFile(Optional.ofNullable(passwordFile),
                Optional.ofNullable(System.getenv(ServerSetup.PASSWORD_ENV)));
        FusekiServer server;
        try {
            server = ServerSetup.builder(ServerSetup.configuration(configFile, store.data), realm, iriBase)
                    .port(port)
                    .loopback(!exposed)
                    .build()
                    .start();
        } catch (org.apache.jena.fuseki.FusekiException e) {
            throw new UserException("cannot start the server: " + e.getMessage());
        }
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
        System.out.println("  Health, metrics   " + base + "/$/ping   " + base + "/$/metrics");
        System.out.println("Press Ctrl-C to stop.");
        server.join();
        return 0;
    }
}
