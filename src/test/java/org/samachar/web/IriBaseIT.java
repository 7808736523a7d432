package org.samachar.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.server.ServerSetup;
import org.samachar.store.Fixtures;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A graph published under another base than Samachar's own: a store whose IRIs are under
 * {@code http://news.example.org/kg/}, served with that base, answers for them at local paths and
 * links between them locally, while IRIs outside the base stay as they are.
 */
class IriBaseIT {

    private static final String BASE = "http://news.example.org/kg/";

    @TempDir
    static Path tmp;
    static FusekiServer server;
    static String local;

    @BeforeAll
    static void serve() throws IOException {
        Path store = tmp.resolve("store");
        DatasetGraph dsg = Fixtures.open(store);
        String trig = """
                PREFIX schema: <https://schema.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                <%1$sgraph/people> {
                  <%1$sid/person/ada> a <http://example.org/vocab/Thing> ; rdfs:label "Ada Example"@en ;
                      schema:knows <%1$sid/person/bo> ; owl:sameAs <http://www.wikidata.org/entity/Q7259> .
                  <%1$sid/person/bo> a schema:Person ; rdfs:label "Bo Example"@en .
                }
                """.formatted(BASE);
        Txn.executeWrite(dsg, () -> RDFParser.fromString(trig, Lang.TRIG).parse(dsg));
        server = Fixtures.serve(store, ServerSetup.passwordFile(Optional.empty(), Optional.empty()), BASE);
        local = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(local + path)).header("Accept", accept).GET().build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aLocalPathShowsTheResourceOfTheBasePlusThePath() throws Exception {
        HttpResponse<String> data = get("/id/person/ada", "application/n-triples");
        assertEquals(200, data.statusCode());
        assertTrue(data.body().contains("<" + BASE + "id/person/ada> <http://www.w3.org/2000/01/rdf-schema#label> \"Ada Example\"@en"),
                data.body());

        String page = get("/id/person/ada", "text/html").body();
        assertTrue(page.contains("Ada Example"));
        assertTrue(page.contains("href=\"/id/person/bo\""), "a link to an IRI under the base stays on this server");
        assertTrue(page.contains("http://www.wikidata.org/entity/Q7259"), "an IRI outside the base is left as it is");
        assertFalse(page.contains("href=\"" + BASE), "no link leaves this server for an IRI it serves");
    }

    @Test
    void samacharsOwnBaseIsNotAnsweredForByAServerOfAnotherBase() throws Exception {
        assertEquals(404, get("/id/person/vladimir-putin", "text/turtle").statusCode());
        assertEquals(200, get("/graph/people", "text/turtle").statusCode());
    }
}
