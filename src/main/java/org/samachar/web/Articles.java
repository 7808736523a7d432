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

    record Page(List<Listed> listed, Pager pager) {
    }

    /** One page of {@code articles}, newest first: only the dates of all are read, the rest for the page. */
    static Page page(GraphView v, List<Node> articles, int page, java.util.function.IntFunction<String> href) {
        record Dated(Node article, String published) {
        }
        List<Dated> dated = new java.util.ArrayList<>();
        for (Node a : articles) {
            dated.add(new Dated(a, v.text(a, Vocab.PUBLISHED).orElse("")));
        }
        dated.sort(Comparator.comparing(Dated::published).reversed().thenComparing(d -> d.article.toString()));
        Pager pager = Pager.of(dated.size(), page, PAGE_SIZE, href);
        return new Page(listed(v, dated.subList(pager.first(), pager.last()).stream().map(Dated::article).toList()), pager);
    }

    static final int PAGE_SIZE = 50;

    static List<Listed> listed(GraphView v, List<Node> articles) {
        return articles.stream()
                .map(a -> new Listed(v.link(a), v.text(a, Vocab.PUBLISHED).orElse(""),
                        v.object(a, Vocab.PUBLISHER).map(v::label).orElse("")))
                .sorted(Comparator.comparing(Listed::published).reversed())
                .toList();
    }
}
