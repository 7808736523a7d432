package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.vocab.Sam;
import org.samachar.vocab.TextSpans;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person the gazetteer does not know (a name made up for the test, as any real minister may be
 * added to the gazetteer), named in a Gujarati and a Hindi article with different spellings, becomes one node with both spellings, a readable label, and the role both articles give.
 */
class EntityDiscoveryIT {

    private static final String PREFIXES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sam: <https://w3id.org/samachar/ontology#>
            PREFIX schema: <https://schema.org/>
            """;

    @Test
    void anUnknownMinisterInTwoArticlesAndTwoScriptsIsOnePersonWithHisRole(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("manifest.tsv"), "file\tlanguage\tpublished\n"
                + "a.txt\tgu\t2024-03-12\nb.txt\thi\t2024-03-14\n");
        Files.writeString(corpus.resolve("a.txt"), "જાપાન અને ઈરાન વચ્ચે વાતચીત\n"
                + "ઈરાનના વિદેશ મંત્રી કામરાન નૂરીએ સોમવારે જાપાનની મુલાકાત લીધી હતી. "
                + "નૂરીએ કહ્યું કે વાતચીત સારી રહી.\n");
        Files.writeString(corpus.resolve("b.txt"), "ईरान और जापान के बीच बातचीत\n"
                + "ईरान के विदेश मंत्री कामरान नूरी ने सोमवार को जापान का दौरा किया।\n");
        DatasetGraph dsg = Fixtures.open(tmp.resolve("store"));
        BuildReport report = Fixtures.build(dsg, corpus);
        assertEquals(0, report.violationCount(), report.violations().toString());
        assertEquals(1, report.census().discovered(), report.summary());
        assertTrue(report.census().names() > report.census().entities(), report.summary());

        List<String> people = column(dsg, PREFIXES + """
                SELECT DISTINCT ?p WHERE { ?m org:member ?p ; org:role ?r .
                  FILTER(STRENDS(STR(?r), "/foreign-minister")) }""", "p");
        assertEquals(1, people.size(), "one person, whichever the script: " + people);
        String person = people.get(0);
        assertTrue(person.contains("/person/key-"), person);

        List<String> spellings = column(dsg, PREFIXES + "SELECT ?l WHERE { <" + person + "> skos:altLabel ?l }", "l");
        assertEquals(new TreeSet<>(List.of("કામરાન નૂરી@gu", "कामरान नूरी@hi")), new TreeSet<>(spellings));
        List<String> labels = column(dsg, PREFIXES + "SELECT ?l WHERE { <" + person + "> rdfs:label ?l }", "l");
        assertTrue(labels.stream().anyMatch(l -> l.endsWith("@en-t-gu")) && labels.stream().anyMatch(l -> l.endsWith("@en-t-hi")),
                labels.toString());
        List<String> countries = column(dsg, PREFIXES + "SELECT DISTINCT ?o WHERE { ?m org:member <" + person
                + "> ; org:organization ?o }", "o");
        assertEquals(List.of("https://w3id.org/samachar/id/country/ir"), countries);
        List<String> visits = column(dsg, PREFIXES + "SELECT ?e WHERE { ?e a sam:Visit ; sam:evidence ?s ; sam:visitor <"
                + person + "> }", "e");
        assertEquals(2, visits.size(), "his visit, told in each article: " + visits);
        List<String> merged = column(dsg, PREFIXES + "SELECT ?n WHERE { ?e a sam:Visit ; sam:sourceCount ?n ; sam:visitor <"
                + person + "> }", "n");
        assertEquals(List.of("2"), merged, "and one event told by both");
        List<String> surname = Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, Sam.refersTo.asNode(), NodeFactory.createURI(person)).forEachRemaining(q -> {
                if (TextSpans.text(dsg.getGraph(q.getGraph()), q.getSubject()).orElse("").equals("નૂરીએ")) {
                    out.add(q.getSubject().getURI());
                }
            });
            return out;
        });
        assertEquals(1, surname.size(), "the surname alone, after the full name, is him too");
    }

    private static List<String> column(DatasetGraph dsg, String query, String var) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            // Over the union of the article graphs, as the server's default graph is.
            String union = query.replaceFirst("WHERE \\{", "FROM <urn:x-arq:UnionGraph> WHERE {");
            try (QueryExec qe = QueryExec.dataset(dsg).query(union).build()) {
                RowSet rows = qe.select();
                rows.forEachRemaining(b -> {
                    var n = b.get(var);
                    out.add(n.isLiteral() ? n.getLiteralLexicalForm() + (n.getLiteralLanguage().isEmpty() ? "" : "@" + n.getLiteralLanguage())
                            : n.getURI());
                });
            }
            return out;
        });
    }
}
