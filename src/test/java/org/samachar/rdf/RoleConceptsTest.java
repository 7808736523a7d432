package org.samachar.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;
import org.samachar.vocab.Iris;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every role a title cue gives ({@code lang/*}{@code /role-cues.tsv}) is a role concept of the ontology. */
class RoleConceptsTest {

    @Test
    void everyRoleOfATitleIsAConcept() {
        Graph ontology = ReferenceData.load().ontology();
        List<String> unknown = new ArrayList<>();
        for (String lang : Scripts.knownLanguages()) {
            for (String line : LanguageData.lines(lang + "/role-cues.tsv")) {
                String[] c = line.split("\t+");
                if (c.length != 2) {
                    continue;
                }
                String role = c[0].contains(":") ? c[0].substring(0, c[0].indexOf(':')) : c[0];
                Node concept = NodeFactory.createURI(Iris.role(role).getURI());
                if (!ontology.contains(concept, SKOS.inScheme.asNode(), Node.ANY)) {
                    unknown.add(lang + ": " + c[0] + " (" + c[1] + ")");
                }
            }
        }
        assertTrue(unknown.isEmpty(), "roles without a concept in ontology/samachar.ttl: " + unknown);
    }
}
