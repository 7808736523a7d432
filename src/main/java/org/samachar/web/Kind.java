package org.samachar.web;

import org.apache.jena.graph.Node;
import org.samachar.vocab.Sam;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** What kind of page a resource gets, from its types and the class hierarchy of the ontology. */
enum Kind {
    ARTICLE, EVENT, ENTITY, TERM, OTHER;

    /** People, organisations, countries and cities are typed with schema.org classes. */
    private static final String SCHEMA_ORG = "https://schema.org/";

    static Kind of(GraphView v, Node n) {
        if (n.isURI() && n.getURI().startsWith(Sam.NS)) {
            return TERM;
        }
        var types = v.objects(n, Vocab.TYPE);
        if (types.contains(Vocab.ARTICLE)) {
            return ARTICLE;
        }
        for (Node t : types) {
            if (isSubClass(v, t, Vocab.EVENT)) {
                return EVENT;
            }
        }
        if (types.stream().anyMatch(t -> t.isURI() && t.getURI().startsWith(SCHEMA_ORG))) {
            return ENTITY;
        }
        return OTHER;
    }

    static boolean isSubClass(GraphView v, Node type, Node ancestor) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Node t = todo.poll();
            if (t.equals(ancestor)) {
                return true;
            }
            if (seen.add(t)) {
                todo.addAll(v.objects(t, Vocab.SUBCLASS_OF));
            }
        }
        return false;
    }

    /** The message key that names this kind ({@code kind_event}). */
    String messageKey() {
        return switch (this) {
            case ARTICLE -> "kind_article";
            case EVENT -> "kind_event";
            case ENTITY -> "kind_entity";
            case TERM -> "kind_term";
            case OTHER -> "kind_other";
        };
    }
}
