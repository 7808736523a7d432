package org.samachar.eval;

import org.samachar.pipeline.model.Mention;
import org.samachar.vocab.Iris;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entity resolution scored as clustering: each gold row (a written form of a name in one article)
 * is an item; the gold clusters are the rows of one entity, the predicted clusters the rows whose
 * mentions the extractor resolved to one entity, across articles and scripts. B³ precision and
 * recall (Bagga and Baldwin 1998) average, over items, the overlap of the item's two clusters. A
 * form the extractor did not find at all is a cluster of its own.
 */
public final class EntityClusters {

    /** A gold row: in {@code article}, the text {@code surface} names {@code entity} (a gazetteer key). */
    public record GoldMention(String article, String surface, String entity) {
    }

    /** B³ scores over {@code items} gold rows, {@code found} of which the extractor found. */
    public record Result(double precision, double recall, int items, long found, List<GoldMention> unfound) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private EntityClusters() {
    }

    public static List<GoldMention> read(Path file) {
        return GoldTable.read(file, 3).stream().map(r -> new GoldMention(r.cells()[0], r.cells()[1], r.cells()[2])).toList();
    }

    /** @param mentions the extractor's mentions, by article identifier */
    public static Result score(List<GoldMention> gold, Map<String, List<Mention>> mentions) {
        List<String> predicted = new ArrayList<>();
        long found = 0;
        for (int i = 0; i < gold.size(); i++) {
            GoldMention g = gold.get(i);
            String entity = mentions.getOrDefault(g.article(), List.of()).stream()
                    .filter(m -> m.surface().startsWith(g.surface())) // "Kim Jong-un’s" is a form of "Kim Jong-un"
                    .collect(Collectors.groupingBy(m -> m.entity().iri(), Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
            found += entity == null ? 0 : 1;
            predicted.add(entity == null ? "unfound " + i : entity);
        }
        Result r = b3(gold.stream().map(g -> Iris.ID + g.entity()).toList(), predicted);
        List<GoldMention> unfound = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (predicted.get(i).startsWith("unfound ")) {
                unfound.add(gold.get(i));
            }
        }
        return new Result(r.precision(), r.recall(), r.items(), r.found(), List.copyOf(unfound));
    }

    /** B³ of two clusterings of the same items, given as one cluster label per item. */
    static Result b3(List<String> gold, List<String> predicted) {
        Map<String, Long> goldSize = gold.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> predSize = predicted.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> both = new java.util.HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1L, Long::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < gold.size(); i++) {
            double overlap = both.get(gold.get(i) + "\u0000" + predicted.get(i));
            p += overlap / predSize.get(predicted.get(i));
            r += overlap / goldSize.get(gold.get(i));
        }
        int n = gold.size();
        long found = predicted.stream().filter(x -> !x.startsWith("unfound ")).count();
        return n == 0 ? new Result(0, 0, 0, 0, List.of()) : new Result(p / n, r / n, n, found, List.of());
    }
}
