package org.samachar.gold;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.samachar.rdf.ReferenceData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the gold annotation of the seed events (src/test/resources/gold/events.tsv) well formed:
 * every row complete, every entity known to the gazetteer, every evidence quote really in its
 * article, every denial pointing at an event of its article.
 */
class GoldEventsFileTest {

    private static final Path GOLD = Path.of("src/test/resources/gold/events.tsv");
    private static final Set<String> TYPES = Set.of("Statement", "JointStatement", "Denial", "Appeal",
            "ExpressIntentToCooperate", "Meeting", "Visit", "Negotiation", "PhoneCall", "Letter", "AgreementSigning",
            "DiplomaticCooperation", "MilitaryCooperation", "MaterialCooperation", "ArmsTransfer", "ProvideAid",
            "Yield", "Resignation", "Investigate", "Demand", "Accusation", "Disapprove", "Reject", "Warning",
            "Protest", "MilitaryExercise", "WeaponsTest", "ExhibitForcePosture", "Sanction", "DiplomaticExpulsion",
            "ReduceRelations", "Arrest", "Coerce", "Assault", "MilitaryStrike", "Fight", "MassViolence");
    private static final Set<String> ROLES = Set.of("speaker", "target", "participant", "visitor", "host", "sender",
            "recipient", "agent", "supplier", "resigning", "attacker");
    private static final Set<String> MODALITIES = Set.of("Asserted", "Planned", "Expected", "Possible", "Denied");
    private static final Pattern TIME = Pattern.compile("^$|^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$");

    @Test
    void everyRowIsCompleteAndPointsAtRealThings() throws IOException {
        var gazetteer = ReferenceData.load().gazetteer();
        List<String> problems = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.startsWith("article\t") && !line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        Set<String> ids = new HashSet<>();
        for (String[] r : rows) {
            String where = r[0] + "/" + (r.length > 1 ? r[1] : "?");
            if (r.length != 10) {
                problems.add(where + ": " + r.length + " columns");
                continue;
            }
            if (!ids.add(r[0] + "/" + r[1])) {
                problems.add(where + ": duplicate event id");
            }
            if (!TYPES.contains(r[2])) {
                problems.add(where + ": unknown type " + r[2]);
            }
            List<String> entities = new ArrayList<>();
            for (String pair : r[3].split(" ; ")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || !ROLES.contains(kv[0])) {
                    problems.add(where + ": bad actor " + pair);
                } else {
                    entities.add(kv[1]);
                }
            }
            if (!r[4].isEmpty()) {
                entities.add(r[4]);
            }
            if (!r[7].isEmpty()) {
                entities.addAll(List.of(r[7].split(" ; ")));
            }
            for (String e : entities) {
                Node iri = NodeFactory.createURI("https://w3id.org/samachar/id/" + e);
                if (!gazetteer.contains(iri, Node.ANY, Node.ANY)) {
                    problems.add(where + ": " + e + " is not in the gazetteer");
                }
            }
            if (!TIME.matcher(r[5]).matches()) {
                problems.add(where + ": time " + r[5]);
            }
            if (!MODALITIES.contains(r[6])) {
                problems.add(where + ": modality " + r[6]);
            }
            String text = Normalizer.normalize(Files.readString(Path.of("corpus", r[0] + ".txt")), Normalizer.Form.NFC);
            if (!text.contains(Normalizer.normalize(r[9], Normalizer.Form.NFC))) {
                problems.add(where + ": evidence not in the article: " + r[9]);
            }
        }
        for (String[] r : rows) {
            if (r.length == 10 && r[2].equals("Denial") != !r[8].isEmpty()) {
                problems.add(r[0] + "/" + r[1] + ": a Denial, and only a Denial, names the event it denies");
            }
            if (r.length == 10 && !r[8].isEmpty() && !ids.contains(r[0] + "/" + r[8])) {
                problems.add(r[0] + "/" + r[1] + ": denies unknown event " + r[8]);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(5, rows.stream().map(r -> r[0]).distinct().count(), "all five seed articles are annotated");
    }
}
