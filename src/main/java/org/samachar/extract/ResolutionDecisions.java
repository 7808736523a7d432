package org.samachar.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The same-as / not-same-as decisions of {@code ontology/resolution.tsv}: a user's corrections,
 * which win over the cross-script key. Names are held by their {@link NameKey}.
 */
public final class ResolutionDecisions {

    private static final String RESOURCE = "samachar/ontology/resolution.tsv";

    private final Map<String, String> same = new HashMap<>();
    private final Set<String> different = new HashSet<>();

    /** The decisions of {@code ontology/resolution.tsv} as packaged with the program. */
    public static ResolutionDecisions load() {
        InputStream in = ResolutionDecisions.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return new ResolutionDecisions();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decisions from the lines of a resolution file. */
    public static ResolutionDecisions parse(List<String> lines) {
        ResolutionDecisions d = new ResolutionDecisions();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 3 || !(c[0].equals("same") || c[0].equals("different")) || !c[2].startsWith("http")) {
                throw new IllegalStateException("ontology/resolution.tsv line " + number
                        + ": expected 'same' or 'different', a name and an entity IRI, separated by tabs");
            }
            String key = NameKey.of(c[1].strip());
            if (c[0].equals("same")) {
                d.same.put(key, c[2].strip());
            } else {
                d.different.add(key + " " + c[2].strip());
            }
        }
        return d;
    }

    /** The entity a user said a name with this key is. */
    public Optional<String> sameAs(String nameKey) {
        return Optional.ofNullable(same.get(nameKey));
    }

    /** Whether a user said a name with this key is not this entity. */
    public boolean different(String nameKey, String iri) {
        return different.contains(nameKey + " " + iri);
    }
}
