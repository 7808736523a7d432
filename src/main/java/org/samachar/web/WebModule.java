package org.samachar.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.samachar.vocab.Iris;
import org.samachar.web.api.ApiServlet;
import org.samachar.web.api.EventIndexes;
import org.apache.jena.fuseki.server.DataAccessPoint;

import java.util.Set;

/**
 * Samachar's pages on Fuseki: linked-data resources at {@code /id/…}, {@code /graph/…} and
 * {@code /ontology}, search at {@code /search}, the JSON the pages' pictures are drawn from at
 * {@code /api/…}, the SPARQL workbench at {@code /workbench}, and
 * the home page at {@code /}, all reading the dataset Fuseki serves at {@code /kg}. A Fuseki
 * module adds them to the server's own builder.
 */
public final class WebModule implements FusekiModule {

    private final String iriBase;

    /** Pages for the IRIs under {@code iriBase} (the build mints them under {@link Iris#BASE}). */
    public WebModule(String iriBase) {
        this.iriBase = iriBase;
    }

    public WebModule() {
        this(Iris.BASE);
    }

    @Override
    public String name() {
        return "Samachar linked-data pages";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Site site = new Site(new IriBase(iriBase));
        LinkedDataServlet resources = new LinkedDataServlet(site);
        builder.addServlet("/id/*", resources)
                .addServlet("/graph/*", resources)
                .addServlet("/ontology", resources)
                .addServlet("/search", new SearchServlet(site))
                .addServlet("/api/*", new ApiServlet(new ApiSupport(site)))
                .addServlet("/workbench", new WorkbenchServlet(site))
                .addServlet("/workbench/examples.json", new ExamplesServlet())
                .addServlet("/static/*", new ClasspathFiles("samachar/web/static"))
                .addServlet("/webjars/*", new ClasspathFiles("META-INF/resources/webjars"))
                .addServlet("", new HomeServlet(site));
    }

    /** The pictures count from an index of the events graph: build it now, not on the first visit. */
    @Override
    public void serverAfterStarting(FusekiServer server) {
        DataAccessPoint access = server.getDataAccessPointRegistry().get(Site.DATASET);
        if (access != null) {
            EventIndexes.warm(access.getDataService().getDataset());
        }
    }
}
