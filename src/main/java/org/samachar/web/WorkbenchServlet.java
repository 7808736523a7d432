package org.samachar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /workbench}: YASGUI, served from its WebJar inside the program, pointed at
 * {@code /kg/sparql} and opened with one tab per example query (fetched from
 * {@code /workbench/examples.json}).
 */
final class WorkbenchServlet extends PageServlet {

    /** The YASGUI release in the WebJar the pom declares. */
    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";

    /** YASGUI's bundle compiles code at run time and sets inline styles. */
    private static final String WORKBENCH_POLICY = CONTENT_SECURITY_POLICY
            .replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");

    WorkbenchServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(request, response, HttpServletResponse.SC_OK, "workbench", v -> Map.of(
                "title", site.messages.in(v.lang).get("workbench"),
                "yasgui", YASGUI,
                "examples", ExampleQueries.load()), List.of());
    }

    @Override
    String contentSecurityPolicy() {
        return WORKBENCH_POLICY;
    }
}
