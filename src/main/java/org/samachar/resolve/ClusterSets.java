package org.samachar.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Union-find over report IRIs that knows the articles of each cluster, with the clustering's one
 * rule for joining: two clusters join unless an article is in both (an article's own events are
 * distinct events). For the small sets of incremental resolution; the full clustering has an
 * array-based one of its own.
 */
final class ClusterSets {

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Set<String>> articles = new HashMap<>();
    private final Map<String, List<String>> members = new HashMap<>();

    void add(String iri, String article) {
        if (parent.putIfAbsent(iri, iri) == null) {
            articles.put(iri, new HashSet<>(Set.of(article)));
            members.put(iri, new ArrayList<>(List.of(iri)));
        }
    }

    boolean contains(String iri) {
        return parent.containsKey(iri);
    }

    String find(String iri) {
        String root = iri;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!iri.equals(root)) {
            String next = parent.get(iri);
            parent.put(iri, root);
            iri = next;
        }
        return root;
    }

    Set<String> articles(String iri) {
        return Collections.unmodifiableSet(articles.get(find(iri)));
    }

    /** The members of the cluster of {@code iri}. */
    List<String> members(String iri) {
        return Collections.unmodifiableList(members.get(find(iri)));
    }

    /** Joins the clusters of the two unless they are one already or share an article; true if it did. */
    boolean merge(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb) || !Collections.disjoint(articles.get(ra), articles.get(rb))) {
            return false;
        }
        // The smaller into the larger, or joining one report at a time into a big event costs its square.
        if (articles.get(ra).size() > articles.get(rb).size()) {
            String t = ra;
            ra = rb;
            rb = t;
        }
        parent.put(ra, rb);
        articles.get(rb).addAll(articles.remove(ra));
        members.get(rb).addAll(members.remove(ra));
        return true;
    }

    /** The clusters, each as its members' IRIs in the order they were added. */
    Collection<List<String>> groups() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String iri : parent.keySet().stream().sorted().toList()) {
            out.computeIfAbsent(find(iri), k -> new ArrayList<>()).add(iri);
        }
        return out.values();
    }
}
