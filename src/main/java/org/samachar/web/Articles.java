package org.samachar.web;

import org.apache.jena.graph.Node;

import java.util.Comparator;
import java.util.List;

/** Articles as lists show them: headline, date and publisher, newest first. */
final class Articles {

    private Articles() {
    }

    record Listed(Link article, String published, String publisher) {
    }

    static List<Listed> listed(GraphView v, List<Node> articles) {
        return articles.stream()
                .map(a -> new Listed(v.link(a), v.text(a, Vocab.PUBLISHED).orElse(""),
                        v.object(a, Vocab.PUBLISHER).map(v::label).orElse("")))
                .sorted(Comparator.comparing(Listed::published).reversed())
                .toList();
    }
}
