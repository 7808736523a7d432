package org.samachar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The home page at {@code /} (paths no servlet claims get Fuseki's own 404). */
final class HomeServlet extends PageServlet {

    HomeServlet(Site site) {
        super(site);
    }

    private static int articlePage(HttpServletRequest request) {
        try {
            return Integer.parseInt(request.getParameter("apage") == null ? "1" : request.getParameter("apage"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.equals("/") && !path.isEmpty()) {
            page(request, response, HttpServletResponse.SC_NOT_FOUND, "notfound",
                    v -> Map.of("title", site.messages.in(v.lang).get("not_found"), "iri", site.base.iriOf(path)), List.of());
            return;
        }
        EventFilter filter = EventFilter.of(request, site.base);
        page(request, response, HttpServletResponse.SC_OK, "home", v -> {
            Map<String, Object> m = new java.util.HashMap<>(HomePage.model(v, site.messages.in(v.lang), articlePage(request)));
            HomeViews.addTo(m, v, filter);
            m.put("title", site.messages.in(v.lang).get("site"));
            return m;
        }, List.of());
    }
}
