package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 20 CAMEO root categories and which event class falls under which, read from the ontology
 * (each root class carries its two-digit {@code sam:cameoCode}): the colour of an event in every
 * picture is its root's.
 */
public final class CameoRoots {

    private final Map<Node, String> codeOfType = new HashMap<>();
    private final Map<String, String> labelOfCode = new TreeMap<>();

    private CameoRoots() {
    }

    static CameoRoots read(Reader r) {
        CameoRoots out = new CameoRoots();
        for (Binding row : Sparql.select(r.dataset, "cameo-roots", Map.of(), 0)) {
            String code = Sparql.text(row, "code");
            out.codeOfType.put(row.get("type"), code);
            out.labelOfCode.putIfAbsent(code, r.label(row.get("root")));
        }
        return out;
    }

    /** The root code ("04") of an event class, if it is under one. */
    public Optional<String> of(Node type) {
        return Optional.ofNullable(codeOfType.get(type));
    }

    /** Code to label, in code order. */
    public Map<String, String> labels() {
        return labelOfCode;
    }

    JsonArray json() {
        JsonArray a = new JsonArray();
        labelOfCode.forEach((code, label) -> {
            JsonObject o = new JsonObject();
            o.put("code", code);
            o.put("label", label);
            a.add(o);
        });
        return a;
    }
}
