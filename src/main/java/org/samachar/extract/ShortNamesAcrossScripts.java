package org.samachar.extract;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives a person the short name in every language of their labels that the gazetteer gives in
 * one. A report names "Sheikh Hasina" once and "Hasina" after that, in whatever script it is
 * written in; the gazetteer lists the English short name, and the word at the same end of the
 * Gujarati or Hindi label is the same name written there ("શેખ હસીના" → "હસીના"). Which end comes
 * from the language that has the short name, so family-name-first names ("Yoon Suk Yeol" → "Yoon")
 * take the first word everywhere; never an ordinary word ({@link OrdinaryWords}). Short names added
 * here are published with the gazetteer, so what is matched is still what the store says.
 */
public final class ShortNamesAcrossScripts {

    private ShortNamesAcrossScripts() {
    }

    /** Adds the missing short names to {@code gazetteer}; returns how many it added. */
    public static int complete(Graph gazetteer) {
        WordTokenizer tokenizer = new WordTokenizer();
        List<Triple> added = new ArrayList<>();
        gazetteer.find(Node.ANY, RDF.type.asNode(), EntityType.PERSON.rdfClass()).forEachRemaining(t -> {
            Node person = t.getSubject();
            Map<String, List<String>> labels = wordsByLanguage(gazetteer, person, RDFS.label.asNode(), tokenizer);
            Map<String, List<String>> shortNames = wordsByLanguage(gazetteer, person, Sam.shortName.asNode(), tokenizer);
            Set<Boolean> ends = new HashSet<>();
            shortNames.forEach((lang, words) -> {
                List<String> label = labels.getOrDefault(lang, List.of());
                if (words.size() == 1 && label.size() >= 2) {
                    if (label.get(label.size() - 1).equals(words.get(0))) {
                        ends.add(true);
                    } else if (label.get(0).equals(words.get(0))) {
                        ends.add(false);
                    }
                }
            });
            if (ends.size() != 1) {
                return; // no short name, or one that is neither end of the label, or both ends somewhere
            }
            boolean last = ends.iterator().next();
            // Every spelling the gazetteer lists gives its own short form: "विक्रम मिस्री" and
            // "विक्रम मिसरी" are both written, and so are "मिस्री" and "मिसरी" after them.
            Map<String, Set<String>> words = new HashMap<>();
            for (Node property : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
                gazetteer.find(person, property, Node.ANY).forEachRemaining(l -> {
                    String lang = l.getObject().isLiteral() ? l.getObject().getLiteralLanguage() : "";
                    List<Token> name = lang.isEmpty() ? List.of() : tokenizer.tokens(l.getObject().getLiteralLexicalForm());
                    if (shortNames.containsKey(lang) || name.size() < 2) {
                        return;
                    }
                    Token end = name.get(last ? name.size() - 1 : 0);
                    // not an ordinary word of the language ("किन", which, from "किन गांग")
                    if (!OrdinaryWords.keys().contains(end.key())) {
                        words.computeIfAbsent(lang, k -> new TreeSet<>()).add(end.surface());
                    }
                });
            }
            words.forEach((lang, forms) -> forms.forEach(word -> added.add(
                    Triple.create(person, Sam.shortName.asNode(), NodeFactory.createLiteralLang(word, lang)))));
        });
        added.forEach(gazetteer::add);
        return added.size();
    }

    /** The words of the one-per-language values of {@code property}; a language with several is left out. */
    private static Map<String, List<String>> wordsByLanguage(Graph g, Node subject, Node property, WordTokenizer tokenizer) {
        Map<String, List<String>> out = new HashMap<>();
        Set<String> several = new HashSet<>();
        g.find(subject, property, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral() && !t.getObject().getLiteralLanguage().isEmpty()) {
                String lang = t.getObject().getLiteralLanguage();
                List<String> words = tokenizer.tokens(t.getObject().getLiteralLexicalForm()).stream().map(Token::surface).toList();
                if (out.putIfAbsent(lang, words) != null) {
                    several.add(lang);
                }
            }
        });
        if (property.equals(RDFS.label.asNode())) {
            several.forEach(out::remove);
        }
        return out;
    }
}
