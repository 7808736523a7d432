package org.samachar.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;
import org.samachar.web.api.BadRequest;
import org.samachar.web.api.DateRange;

import java.util.Optional;

/**
 * What narrows a page's events table, from the request: a period ({@code ?from=}, {@code ?to=}),
 * another actor they must share ({@code ?with=} its local path, as a network edge links it) and
 * the page of the table ({@code ?page=}, from 1) and of the articles that mention it ({@code ?apage=}). A malformed date is reported on the page and
 * ignored, not answered with an error page: it is a reader's slip.
 */
record EventFilter(DateRange range, Optional<Node> with, int page, String problem, int articlePage) {

    static final int PAGE_SIZE = 50;
    static final EventFilter NONE = new EventFilter(DateRange.ALL, Optional.empty(), 1, "", 1);

    static EventFilter of(HttpServletRequest request, IriBase base) {
        DateRange range = DateRange.ALL;
        String problem = "";
        try {
            range = DateRange.of(request.getParameter("from"), request.getParameter("to"));
        } catch (BadRequest e) {
            problem = e.getMessage();
        }
        String with = request.getParameter("with");
        Optional<Node> other = with == null || with.isBlank() ? Optional.empty()
                : Optional.of(GraphView.iri(with.startsWith("/") ? base.iriOf(with) : with));
        return new EventFilter(range, other, number(request, "page"), problem, number(request, "apage"));
    }

    /** The page number in parameter {@code name}. */
    int articlePage(String name, HttpServletRequest request) {
        return number(request, name);
    }

    /** A page number parameter; anything but a positive number is the first page. */
    private static int number(HttpServletRequest request, String name) {
        try {
            return Math.max(1, Integer.parseInt(Optional.ofNullable(request.getParameter(name)).orElse("1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
