package org.samachar.extract;

import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.Label;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.vocab.EntityType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names an article introduces that the gazetteer lacks, as a small gazetteer of the article's own:
 * the ordinary matcher then finds every mention of them (case endings, short forms) exactly as it
 * finds gazetteer names, and the mentions join the article's others.
 */
final class NewNames {

    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Map<String, Entity> entities = new HashMap<>();

    void add(Entity entity, String label, String lang, List<String> shortNames) {
        entities.putIfAbsent(entity.iri(), entity);
        Node subject = NodeFactory.createURI(entity.iri());
        graph.add(subject, RDF.type.asNode(), entity.type().rdfClass());
        graph.add(subject, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, lang));
        shortNames.forEach(s -> graph.add(subject, Sam.shortName.asNode(), NodeFactory.createLiteralLang(s, lang)));
    }

    boolean isEmpty() {
        return graph.isEmpty();
    }

    /** The article's mentions plus those of the new names where no other mention is, in text order. */
    List<Mention> mentions(AnalyzedArticle article) {
        List<Mention> mentions = new ArrayList<>(article.mentions());
        if (!graph.isEmpty()) {
            for (Mention m : new EntityMentionFinder(Gazetteer.fromGraph(graph)).annotate(article).mentions()) {
                List<Mention> overlapping = mentions.stream().filter(o -> o.begin() < m.end() && m.begin() < o.end()).toList();
                // A new name that holds a shorter known one ("सोफिया कुरैशी", a person named like a
                // city) is the longer name.
                boolean holds = !overlapping.isEmpty() && m.entity().type() == EntityType.PERSON
                        && overlapping.stream().allMatch(o -> o.entity().type() == EntityType.CITY && m.begin() <= o.begin()
                        && o.end() <= m.end() && o.end() - o.begin() < m.end() - m.begin());
                if (holds) {
                    mentions.removeAll(overlapping);
                }
                if (overlapping.isEmpty() || holds) {
                    Label label = m.label().kind() == LabelKind.NAME
                            ? new Label(m.label().text(), m.label().lang(), LabelKind.DISCOVERED) : m.label();
                    Entity entity = entities.getOrDefault(m.entity().iri(), m.entity());
                    mentions.add(new Mention(0, m.sentence(), m.begin(), m.end(), m.surface(), entity, label));
                }
            }
        }
        return inTextOrder(mentions);
    }

    /** Mentions sorted by where they begin and numbered from 0 in that order. */
    static List<Mention> inTextOrder(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::begin));
        List<Mention> numbered = new ArrayList<>(sorted.size());
        for (Mention m : sorted) {
            numbered.add(new Mention(numbered.size(), m.sentence(), m.begin(), m.end(), m.surface(), m.entity(), m.label()));
        }
        return numbered;
    }
}
