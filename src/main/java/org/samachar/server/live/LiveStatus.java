package org.samachar.server.live;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /kg/live}: whether the live ingest is busy (a batch runs or waits), how many batches
 * it finished and the last one's summary. For operators and for {@code bench live}, which waits
 * for an idle server between trials.
 */
final class LiveStatus extends BaseActionREST {

    private final LiveIngest ingest;

    LiveStatus(LiveIngest ingest) {
        this.ingest = ingest;
    }

    @Override
    protected void doGet(HttpAction action) {
        JsonObject status = new JsonObject();
        status.put("busy", ingest.busy());
        status.put("batches", ingest.batches());
        status.put("last", ingest.last());
        action.setResponseStatus(200);
        action.getResponse().setStatus(200);
        action.getResponse().setContentType("application/json; charset=utf-8");
        try {
            action.getResponse().getOutputStream().write((status + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away
        }
    }
}
