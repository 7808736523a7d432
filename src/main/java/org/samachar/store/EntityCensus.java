package org.samachar.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.samachar.rdf.Iris;

/**
 * How many names the articles use and how many entities they resolve to: the build summary's view
 * of entity resolution. A name is a matched label within one article ("મોદીને" and "મોદી" are one
 * name, "Modi" in another article another); an entity is a node mentions refer to.
 *
 * @param names      distinct (article, name) pairs, before resolution
 * @param entities   distinct entities mentioned, after it
 * @param discovered of those, people and organisations found in the news rather than the gazetteer
 */
public record EntityCensus(long names, long entities, long discovered) {

    private static final String QUERY = """
            PREFIX sam: <https://w3id.org/samachar/ontology#>
            SELECT (COUNT(DISTINCT ?name) AS ?names) (COUNT(DISTINCT ?e) AS ?entities)
                   (COUNT(DISTINCT ?new) AS ?discovered)
            WHERE {
              GRAPH ?g { ?m sam:refersTo ?e ; sam:matchedLabel ?label }
              BIND (CONCAT(STR(?g), " ", STR(?label)) AS ?name)
              BIND (IF(REGEX(STR(?e), "^%s[a-z]+/key-"), ?e, ?unbound) AS ?new)
            }""".formatted(Iris.ID.replace(".", "\\\\."));

    public static EntityCensus of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec qe = QueryExec.dataset(dataset).query(QUERY).build()) {
                RowSet rows = qe.select();
                var row = rows.next();
                return new EntityCensus(count(row.get("names")), count(row.get("entities")), count(row.get("discovered")));
            }
        });
    }

    private static long count(org.apache.jena.graph.Node n) {
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}
