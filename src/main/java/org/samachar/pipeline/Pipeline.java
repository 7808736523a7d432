package org.samachar.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of {@link Annotator}s whose requirements were checked when it was built: every
 * stage's required layers are provided by a stage before it.
 */
public final class Pipeline {

    private final List<Annotator> stages;

    private Pipeline(List<Annotator> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Annotator... stages) {
        return of(List.of(stages));
    }

    public static Pipeline of(List<Annotator> stages) {
        Set<Class<?>> available = new HashSet<>();
        available.add(Annotator.RawText.class);
        List<String> seen = new ArrayList<>();
        for (Annotator stage : stages) {
            for (Class<?> needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalStateException("pipeline stage " + stage.name() + " needs "
                            + needed.getSimpleName() + ", which no stage before it provides (stages: "
                            + (seen.isEmpty() ? "none" : String.join(", ", seen)) + ")");
                }
            }
            available.addAll(stage.provides());
            seen.add(stage.name());
        }
        return new Pipeline(stages);
    }

    public AnalyzedArticle run(AnalyzedArticle article) {
        AnalyzedArticle current = article;
        for (Annotator stage : stages) {
            current = stage.annotate(current);
        }
        return current;
    }

    public List<Annotator> stages() {
        return stages;
    }
}
