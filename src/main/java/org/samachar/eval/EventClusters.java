package org.samachar.eval;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.rdf.ArticleGraphWriter;
import org.samachar.vocab.Iris;
import org.samachar.resolve.EventReport;
import org.samachar.resolve.EventResolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-document event resolution scored as clustering (B³): predicted events are matched to gold
 * events by {@link Scorer}; the gold clusters are {@code event-clusters.tsv}, the predicted ones
 * what {@link EventResolver} makes of the extracted articles, exactly as in a build.
 */
public final class EventClusters {

    private EventClusters() {
    }

    /** Gold cluster name by "article/event"; events in no row are clusters of their own. */
    public static Map<String, String> read(Path file) {
        Map<String, String> out = new HashMap<>();
        for (GoldTable.Row row : GoldTable.read(file, 2)) {
            for (String member : row.cells()[1].trim().split("\\s+")) {
                if (out.put(member, row.cells()[0]) != null) {
                    throw new IllegalArgumentException(file + ":" + row.line() + ": " + member + " is in two clusters");
                }
            }
        }
        return out;
    }

    /** The resolver's cluster of each predicted event, by "article/p<index>" as {@link Predictions} names them. */
    public static Map<String, String> predicted(List<AnalyzedArticle> articles, EventResolver resolver) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Map<String, String> out = new HashMap<>();
        Txn.executeWrite(dsg, () -> {
            ArticleGraphWriter writer = new ArticleGraphWriter(StreamRDFLib.dataset(dsg));
            articles.forEach(a -> writer.write(a, "eval"));
            for (List<EventReport> cluster : resolver.clusters(dsg)) {
                String name = cluster.get(0).iri();
                for (EventReport r : cluster) {
                    String article = r.article().substring((Iris.ID + "article/").length());
                    String index = r.iri().substring(r.iri().lastIndexOf("#event-") + "#event-".length());
                    out.put(article + "/p" + index, name);
                }
            }
        });
        return out;
    }

    /** B³ over the matched pairs (gold, predicted) of a {@link Scorer.Result}. */
    public static EntityClusters.Result score(List<GoldEvent[]> matches, Map<String, String> goldClusters,
                                              Map<String, String> predictedClusters) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (GoldEvent[] m : matches) {
            String g = m[0].article() + "/" + m[0].id();
            String p = m[1].article() + "/" + m[1].id();
            gold.add(goldClusters.getOrDefault(g, g));
            predicted.add(predictedClusters.getOrDefault(p, p));
        }
        return EntityClusters.b3(gold, predicted);
    }
}
