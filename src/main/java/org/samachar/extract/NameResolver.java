package org.samachar.extract;

import org.samachar.pipeline.model.Entity;
import org.samachar.vocab.EntityType;
import org.samachar.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Decides which entity a name found in the text (not in the gazetteer) stands for: a user's
 * decision in {@code ontology/resolution.tsv}, else the one gazetteer entity of its type whose
 * cross-script {@link NameKey} it shares, word by word where it can tell, else a new entity whose
 * IRI is minted from the key, so that every article and script spelling the name lands on the same node. A key shared by several
 * known entities is never guessed: the name stays an entity of its own, with a warning.
 */
final class NameResolver {

    private static final Logger LOG = LoggerFactory.getLogger(NameResolver.class);

    private final Gazetteer gazetteer;
    private final ResolutionDecisions decisions;

    NameResolver(Gazetteer gazetteer, ResolutionDecisions decisions) {
        this.gazetteer = gazetteer;
        this.decisions = decisions;
    }

    Entity resolve(String name, EntityType type) {
        String key = NameKey.of(name);
        Optional<String> decided = decisions.sameAs(key);
        if (decided.isPresent()) {
            return gazetteer.entity(decided.get()).orElse(new Entity(decided.get(), type, name));
        }
        List<String> words = NameKey.wordKeys(name);
        List<Entity> candidates = gazetteer.withNameKey(key).stream()
                .filter(e -> e.type() == type && !decisions.different(key, e.iri()) && fitsWordByWord(words, e)).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            LOG.warn("the name '{}' (key {}) fits {} known entities ({}); kept as one of its own - decide in "
                    + "ontology/resolution.tsv", name, key, candidates.size(), candidates.stream().map(Entity::name).toList());
        }
        return new Entity(Iris.discovered(type, key).getURI(), type, name);
    }

    /**
     * A whole key drops the vowels and the word breaks, so that two names of as many words can
     * share it by chance ("Aman Anand", "Ayman Odeh"); a name that fits an entity says each word
     * as one of its names of that many words does, when it has one.
     */
    private boolean fitsWordByWord(List<String> words, Entity e) {
        java.util.Set<List<String>> names = gazetteer.wordKeysOf(e);
        return names.contains(words) || names.stream().noneMatch(n -> n.size() == words.size());
    }
}
