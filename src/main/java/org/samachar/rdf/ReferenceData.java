package org.samachar.rdf;

import org.samachar.vocab.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.samachar.extract.CldrPlaces;
import org.samachar.text.Scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The graphs every build starts from, read from the files shipped in the jar (copied there from
 * {@code ontology/}): the ontology, the SHACL shapes, and the gazetteer (CLDR places plus
 * {@code gazetteer.ttl}).
 */
public final class ReferenceData {

    private static final String ROOT = "samachar/ontology/";

    private final Graph ontology;
    private final Graph gazetteer;
    private final Shapes shapes;

    private ReferenceData(Graph ontology, Graph gazetteer, Shapes shapes) {
        this.ontology = ontology;
        this.gazetteer = gazetteer;
        this.shapes = shapes;
    }

    public static ReferenceData load() {
        Graph ontology = parse("samachar.ttl");
        Graph gazetteer = new CldrPlaces(List.copyOf(new java.util.TreeSet<>(Scripts.knownLanguages()))).graph();
        parse("gazetteer.ttl").find().forEachRemaining(gazetteer::add);
        org.samachar.extract.ShortNamesAcrossScripts.complete(gazetteer);
        Shapes shapes = Shapes.parse(parse("shapes.ttl"));
        return new ReferenceData(ontology, gazetteer, shapes);
    }

    private static Graph parse(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + ROOT + file + " on the classpath (is ontology/ packaged?)");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(Iris.BASE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    public Graph ontology() {
        return ontology;
    }

    public Graph gazetteer() {
        return gazetteer;
    }

    public Shapes shapes() {
        return shapes;
    }
}
