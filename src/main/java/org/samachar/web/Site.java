package org.samachar.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.servlet.ServletContext;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every page of one server shares: the IRI base it publishes, the dataset it reads (the
 * one Fuseki serves at {@code /kg}, looked up in Fuseki's own registry), the templates and the
 * interface text.
 */
final class Site {

    /** The dataset the pages show; the SPARQL endpoint of the same dataset is {@code /kg/sparql}. */
    static final String DATASET = "/kg";

    final IriBase base;
    final Messages messages = Messages.load();
    private final MustacheFactory templates = new DefaultMustacheFactory("samachar/web/templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    Site(IriBase base) {
        this.base = base;
    }

    /** The dataset served at {@link #DATASET}, or empty when this server has none (a misconfiguration). */
    Optional<DatasetGraph> dataset(ServletContext context) {
        DataAccessPoint access = DataAccessPointRegistry.get(context).get(DATASET);
        return Optional.ofNullable(access).map(a -> a.getDataService().getDataset());
    }

    void render(String template, Object scope, Writer out) throws IOException {
        compiled.computeIfAbsent(template, t -> templates.compile(t + ".mustache")).execute(out, scope);
        out.flush();
    }
}
