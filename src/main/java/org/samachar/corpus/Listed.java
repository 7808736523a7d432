package org.samachar.corpus;

import java.util.Optional;

/**
 * An article found by listing a container, with a digest of its text (or payload) when the
 * listing read it, so that two copies of one article are found without extracting either.
 */
public record Listed(ArticleSource source, Optional<String> digest) {
}
