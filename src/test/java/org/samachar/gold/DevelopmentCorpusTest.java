package org.samachar.gold;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.samachar.eval.CameoRoots;
import org.samachar.rdf.ReferenceData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the development corpus (src/test/resources/eval/) as its guide says: the sizes issue 17
 * asks for, every article listed and every listed file there, every gold row well formed (a type
 * of the ontology, roles that type has, entity keys that have a written form in the article,
 * evidence copied from the article, real dates), and every CAMEO root annotated at least three
 * times in dev and once in test.
 */
class DevelopmentCorpusTest {

    private static final Path ROOT = Path.of("src/test/resources/eval");
    private static final Set<String> MODALITIES = Set.of("Asserted", "Planned", "Expected", "Possible", "Denied");
    private static final Pattern KEY = Pattern.compile("(country/[a-z]{2}|(city|person|org)/[a-z0-9]+(-[a-z0-9]+)*)");
    private static final Pattern TIME = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");

    private static Graph ontology;
    private static Map<String, Set<String>> rolesOfType;

    @BeforeAll
    static void load() throws IOException {
        ontology = ReferenceData.load().ontology();
        rolesOfType = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/samachar/events/templates.tsv"))) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length >= 2 && !c[0].equals("type")) {
                rolesOfType.put(c[0], Set.of(c[1].split(",")));
            }
        }
    }

    private static List<String[]> rows(Path file, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertEquals(columns, cells.length, file + ": " + line);
            out.add(cells);
        }
        return out;
    }

    @Test
    void theCorpusHasTheSizesOfTheIssue() throws IOException {
        Map<String, Integer> languages = new TreeMap<>();
        int total = 0;
        for (String set : List.of("test", "dev")) {
            List<String[]> manifest = rows(ROOT.resolve(set).resolve("manifest.tsv"), 6);
            manifest.forEach(r -> languages.merge(r[1], 1, Integer::sum));
            total += manifest.size();
            if (set.equals("test")) {
                assertTrue(manifest.size() >= 50, "test has " + manifest.size() + " articles");
            }
        }
        assertTrue(total >= 150, "the corpus has " + total + " articles");
        assertTrue(languages.getOrDefault("gu", 0) >= 60 && languages.getOrDefault("hi", 0) >= 60
                && languages.getOrDefault("en", 0) >= 20, languages.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "dev"})
    void everyRowIsWellFormed(String set) throws IOException {
        Path dir = ROOT.resolve(set);
        Map<String, String> texts = new HashMap<>();
        List<String> problems = new ArrayList<>();
        // The corpus reader takes the first line of a manifest as its header.
        assertTrue(Files.readAllLines(dir.resolve("manifest.tsv")).get(0).startsWith("file\t"), set + " manifest header");
        for (String[] r : rows(dir.resolve("manifest.tsv"), 6)) {
            if (!r[0].matches(set + "-(gu|hi|en)-\\d{3}\\.txt") || !r[0].split("-")[1].equals(r[1])) {
                problems.add(r[0] + ": name or language");
            }
            LocalDate.parse(r[2]);
            texts.put(r[0].substring(0, r[0].length() - 4), Files.readString(dir.resolve(r[0]), StandardCharsets.UTF_8));
        }
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".txt"))
                    .filter(f -> !texts.containsKey(f.substring(0, f.length() - 4)))
                    .forEach(f -> problems.add(f + ": not in the manifest"));
        }
        Map<String, Set<String>> entities = new HashMap<>();
        for (String[] r : rows(dir.resolve("entities.tsv"), 3)) {
            if (!texts.containsKey(r[0]) || !texts.get(r[0]).contains(r[1]) || !KEY.matcher(r[2]).matches()) {
                problems.add("entities " + r[0] + " " + r[1] + " " + r[2]);
            }
            entities.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[2]);
        }
        CameoRoots roots = new CameoRoots(ontology);
        Map<String, Integer> perRoot = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (String[] r : rows(dir.resolve("events.tsv"), 10)) {
            String where = r[0] + "/" + r[1];
            if (!texts.containsKey(r[0]) || !ids.add(where)) {
                problems.add(where + ": unknown article or duplicate id");
                continue;
            }
            if (!rolesOfType.containsKey(r[2]) || roots.rootOf(r[2]).equals("??")) {
                problems.add(where + ": type " + r[2] + " is not an event type of the ontology");
                continue;
            }
            perRoot.merge(roots.rootOf(r[2]), 1, Integer::sum);
            for (String pair : r[3].split(" ; ")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || !rolesOfType.get(r[2]).contains(kv[0]) || !KEY.matcher(kv[1]).matches()
                        || !entities.getOrDefault(r[0], Set.of()).contains(kv[1])) {
                    problems.add(where + ": actor " + pair);
                }
            }
            if (!r[4].isEmpty() && !r[4].matches("(city|country)/.*")) {
                problems.add(where + ": place " + r[4]);
            }
            if (!r[5].isEmpty()) {
                if (!TIME.matcher(r[5]).matches()) {
                    problems.add(where + ": time " + r[5]);
                }
                for (String part : r[5].split("/")) {
                    LocalDate.parse(part.length() == 4 ? part + "-01-01" : part.length() == 7 ? part + "-01" : part);
                }
            }
            if (!MODALITIES.contains(r[6])) {
                problems.add(where + ": modality " + r[6]);
            }
            if (!texts.get(r[0]).contains(r[9]) || r[9].length() < 8) {
                problems.add(where + ": evidence not in the article");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        int least = set.equals("dev") ? 3 : 1;
        roots.roots().keySet().forEach(code -> assertTrue(perRoot.getOrDefault(code, 0) >= least,
                set + " has " + perRoot.getOrDefault(code, 0) + " events of root " + code + " (" + perRoot + ")"));
    }
}
