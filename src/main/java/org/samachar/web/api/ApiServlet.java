package org.samachar.web.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON the pictures of the pages are drawn from, under {@code /api/}:
 * <pre>
 *   /api/entity/{id}/timeline?from=&amp;to=     an actor's dated events
 *   /api/entity/{id}/network?from=&amp;to=      the actors it shares events with
 *   /api/event/{id}                           an event's places, actors by role and reports
 *   /api/activity?from=&amp;to=                 events per month and CAMEO root
 *   /api/pairs?from=&amp;to=                    the most active pairs of actors
 *   /api/countries?from=&amp;to=                events per country
 *   /api/cities?from=&amp;to=                   events per city, with coordinates
 * </pre>
 * {@code {id}} is the resource's path under {@code /id/} ({@code person/vladimir-putin}). Each
 * answer is one SPARQL query with a row limit, in one read transaction; labels follow
 * {@code ?lang=} or Accept-Language as the pages do. A malformed date is a 400 and an unknown
 * resource a 404, each with a one-line JSON {@code {"error": …}}.
 */
public final class ApiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final Pattern ENTITY = Pattern.compile("/entity/([A-Za-z0-9_.~%-]+(?:/[A-Za-z0-9_.~%-]+)*)/(timeline|network)");
    private static final Pattern EVENT = Pattern.compile("/event/([A-Za-z0-9_.~%-]+)");

    private final ApiContext context;

    public ApiServlet(ApiContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DatasetGraph> dataset = context.dataset(getServletContext());
        if (dataset.isEmpty()) {
            Json.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "no dataset");
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        long start = System.nanoTime();
        try {
            DateRange range = DateRange.of(request.getParameter("from"), request.getParameter("to"));
            Optional<Function<Reader, Optional<JsonObject>>> view = route(path, range);
            if (view.isEmpty()) {
                Json.error(response, HttpServletResponse.SC_NOT_FOUND, "no such endpoint: /api" + path);
                return;
            }
            String lang = context.language(request);
            Optional<JsonObject> answer = Txn.calculateRead(dataset.get(),
                    () -> view.get().apply(new Reader(dataset.get(), lang, context.labels(dataset.get(), lang), context::href)));
            if (answer.isEmpty()) {
                Json.error(response, HttpServletResponse.SC_NOT_FOUND, "the graph has nothing about /api" + path);
                return;
            }
            Json.send(response, HttpServletResponse.SC_OK, answer.get());
            LOG.debug("/api{} in {} ms", path, (System.nanoTime() - start) / 1_000_000);
        } catch (BadRequest e) {
            Json.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (QueryCancelledException e) {
            LOG.warn("/api{}: query stopped at its time limit", path);
            Json.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the query took too long");
        }
    }

    private Optional<Function<Reader, Optional<JsonObject>>> route(String path, DateRange range) {
        Matcher entity = ENTITY.matcher(path);
        if (entity.matches()) {
            Node node = NodeFactory.createURI(context.iriOf("/id/" + entity.group(1)));
            boolean timeline = entity.group(2).equals("timeline");
            return Optional.of(r -> known(r, node) ? Optional.of(timeline
                    ? EntityTimeline.read(r, node, range).json() : EgoNetwork.read(r, node, range).json())
                    : Optional.empty());
        }
        Matcher event = EVENT.matcher(path);
        if (event.matches()) {
            Node node = NodeFactory.createURI(context.iriOf("/id/event/" + event.group(1)));
            return Optional.of(r -> EventContext.read(r, node).map(EventContext::json));
        }
        return switch (path) {
            case "/activity" -> Optional.of(r -> Optional.of(MonthlyActivity.read(r, range).json()));
            case "/pairs" -> Optional.of(r -> Optional.of(ActivePairs.read(r, range).json()));
            case "/countries" -> Optional.of(r -> Optional.of(CountryCounts.read(r, range).json()));
            case "/cities" -> Optional.of(r -> Optional.of(CityCounts.read(r, range).json()));
            default -> Optional.empty();
        };
    }

    private static boolean known(Reader r, Node node) {
        return r.dataset.getUnionGraph().find(node, Node.ANY, Node.ANY).hasNext();
    }
}
