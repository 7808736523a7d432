package org.samachar.web;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example queries of {@code queries/} (shipped in the jar under {@code samachar/queries/},
 * listed in {@code index.txt} there), for the workbench.
 */
final class ExampleQueries {

    record Example(String name, String query) {
    }

    private ExampleQueries() {
    }

    static List<Example> load() {
        List<Example> out = new ArrayList<>();
        ClassLoader loader = ExampleQueries.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream("samachar/queries/index.txt")) {
            if (index == null) {
                return out;
            }
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                name = name.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream("samachar/queries/" + name)) {
                    if (in != null) {
                        out.add(new Example(name.replaceAll("\\.rq$", ""), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The examples as JSON, for the workbench script. */
    static String json() {
        JsonArray array = new JsonArray();
        for (Example e : load()) {
            JsonObject o = new JsonObject();
            o.put("name", e.name());
            o.put("query", e.query());
            array.add(o);
        }
        return JSON.toString(array);
    }
}
