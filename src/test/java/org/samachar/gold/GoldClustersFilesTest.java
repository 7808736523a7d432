package org.samachar.gold;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.samachar.eval.EntityClusters;
import org.samachar.vocab.Iris;
import org.samachar.rdf.ReferenceData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps the gold cluster files honest: forms really in their articles, entities and events that exist. */
class GoldClustersFilesTest {

    @Test
    void everyMemberOfAnEventClusterIsAGoldEvent() throws IOException {
        Set<String> events = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/gold/events.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length > 2) {
                events.add(c[0] + "/" + c[1]);
            }
        }
        var clusters = org.samachar.eval.EventClusters.read(Path.of("src/test/resources/gold/event-clusters.tsv"));
        assertFalse(clusters.isEmpty());
        clusters.keySet().forEach(m -> assertTrue(events.contains(m), m + " is not a gold event"));
    }

    @Test
    void everyFormIsInItsArticleAndEveryEntityInTheGazetteer() throws IOException {
        List<EntityClusters.GoldMention> gold = EntityClusters.read(Path.of("src/test/resources/gold/entity-mentions.tsv"));
        assertFalse(gold.isEmpty());
        Graph gazetteer = ReferenceData.load().gazetteer();
        Set<String> seen = new HashSet<>();
        for (EntityClusters.GoldMention g : gold) {
            String text = Files.readString(Path.of("corpus", g.article() + ".txt"), StandardCharsets.UTF_8);
            assertTrue(text.contains(g.surface()), g + ": not in the article");
            Node entity = NodeFactory.createURI(Iris.ID + g.entity());
            assertTrue(gazetteer.contains(entity, Node.ANY, Node.ANY), g + ": unknown entity");
            assertTrue(seen.add(g.article() + "\t" + g.surface()), g + ": listed twice");
        }
    }
}
