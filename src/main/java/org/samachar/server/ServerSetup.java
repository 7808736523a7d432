package org.samachar.server;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.samachar.search.SearchIndexing;
import org.samachar.web.WebModule;
import org.samachar.vocab.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.samachar.UserException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * Prepares what Fuseki's own builder needs: the configuration model (from {@code fuseki-config/},
 * pointed at the chosen store folder) and a password file for the one user allowed to write.
 * The caller configures and starts the server with {@code FusekiServer.create()…build()} as usual;
 * {@link #builder} is that chain with Samachar's fixed choices applied.
 */
public final class ServerSetup {

    public static final String ADMIN_USER = "admin";
    public static final String PASSWORD_ENV = "SAMACHAR_ADMIN_PASSWORD";
    public static final String DEFAULT_CONFIG = "fuseki-config/samachar.ttl";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";
    /** Where the search index lives, inside the store folder, so one folder holds all the data. */
    public static final String SEARCH_INDEX_FOLDER = "text-index";

    private ServerSetup() {
    }

    /**
     * The Fuseki configuration from {@code file} (or the copy shipped in the jar when it is absent),
     * with every TDB2 dataset's location replaced by {@code dataDir} and every Lucene index's
     * directory by {@code dataDir/text-index}.
     */
    public static Model configuration(Optional<Path> file, Path dataDir) {
        Model model = ModelFactory.createDefaultModel();
        try {
            if (file.isPresent()) {
                if (!Files.isRegularFile(file.get())) {
                    throw new UserException("Fuseki configuration " + file.get() + " does not exist");
                }
                RDFParser.source(file.get()).lang(Lang.TURTLE).parse(model);
            } else {
                try (InputStream in = ServerSetup.class.getClassLoader().getResourceAsStream("samachar/" + DEFAULT_CONFIG)) {
                    RDFParser.source(in).lang(Lang.TURTLE).parse(model);
                }
            }
        } catch (RiotException e) {
            throw new UserException("Fuseki configuration " + file.map(Path::toString).orElse(DEFAULT_CONFIG)
                    + " is not valid Turtle: " + e.getMessage());
        } catch (IOException e) {
            throw new UserException("cannot read the Fuseki configuration: " + e.getMessage());
        }
        Property location = model.createProperty(TDB2, "location");
        List<Statement> old = model.listStatements(null, location, (String) null).toList();
        for (Statement s : old) {
            Resource dataset = s.getSubject();
            model.remove(s);
            model.add(dataset, location, dataDir.toAbsolutePath().normalize().toString());
        }
        Property directory = model.createProperty(TEXT, "directory");
        Resource indexFolder = model.createResource(
                dataDir.toAbsolutePath().normalize().resolve(SEARCH_INDEX_FOLDER).toUri().toString());
        for (Statement s : model.listStatements(null, directory, (RDFNode) null).toList()) {
            model.remove(s);
            model.add(s.getSubject(), directory, indexFolder);
        }
        return model;
    }

    /**
     * A Jetty password file for {@link #ADMIN_USER}, written to a private temporary file. The
     * password comes from {@code passwordFile} (its first line) or the environment variable
     * {@link #PASSWORD_ENV}; with neither, the file lists no user and every write is refused.
     */
    public static Path passwordFile(Optional<Path> passwordFile, Optional<String> environmentPassword) {
        Optional<String> password = Optional.empty();
        if (passwordFile.isPresent()) {
            try {
                password = Files.readAllLines(passwordFile.get(), StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(s -> !s.isEmpty()).findFirst();
            } catch (IOException e) {
                throw new UserException("cannot read password file " + passwordFile.get() + ": " + e.getMessage());
            }
            if (password.isEmpty()) {
                throw new UserException("password file " + passwordFile.get() + " is empty");
            }
        } else {
            password = environmentPassword.map(String::strip).filter(s -> !s.isEmpty());
        }
        if (password.isPresent() && (password.get().contains(",") || password.get().contains("\n"))) {
            throw new UserException("the admin password must not contain a comma or a line break");
        }
        try {
            Path realm = Files.createTempFile("samachar-realm-", ".properties",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            realm.toFile().deleteOnExit();
            String content = password.map(p -> ADMIN_USER + ": " + p + "\n").orElse("");
            Files.writeString(realm, content, StandardCharsets.UTF_8);
            return realm;
        } catch (IOException e) {
            throw new UserException("cannot write a temporary password file: " + e.getMessage());
        }
    }

    /**
     * {@code FusekiServer.create()} with Samachar's configuration, basic auth, ping and metrics, and
     * Samachar's two Fuseki modules: the search index kept in step with the store, and the
     * linked-data pages, search and workbench for the IRIs the build mints.
     */
    public static FusekiServer.Builder builder(Model configuration, Path realm) {
        return builder(configuration, realm, Iris.BASE);
    }

    /** As {@link #builder(Model, Path)}, serving the pages of the IRIs under {@code iriBase}. */
    public static FusekiServer.Builder builder(Model configuration, Path realm, String iriBase) {
        return FusekiServer.create()
                .fusekiModules(FusekiModules.create(new SearchIndexing(), new WebModule(iriBase)))
                .parseConfig(configuration)
                .passwordFile(realm.toString())
                .auth(AuthScheme.BASIC)
                .enablePing(true)
                .enableMetrics(true)
                .enableStats(true);
    }
}
