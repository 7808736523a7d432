package org.samachar.web.api;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The JSON of the endpoints: the fields every answer has, and how an answer is sent. */
final class Json {

    private Json() {
    }

    /** The range and size cap every answer repeats, so a client knows what it got. */
    static JsonObject head(DateRange range, int limit, boolean truncated) {
        JsonObject o = new JsonObject();
        o.put("from", range.fromParameter());
        o.put("to", range.toParameter());
        o.put("limit", limit);
        o.put("truncated", truncated);
        return o;
    }

    static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /**
     * Sends {@code body}. Labels come from articles and may hold markup; JSON strings carry it as
     * text, and {@code <} is written as {@code \u003c} as well, so the answer stays inert even if
     * someone pastes it into a page.
     */
    static void send(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Cache-Control", "no-cache");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(JSON.toStringFlat(body).replace("<", "\\u003c"));
        out.flush();
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", message);
        send(response, status, o);
    }
}
