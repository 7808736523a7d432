package org.samachar.pipeline.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A social-media post quoted in the article: its text lines followed by an attribution line such
 * as {@code — AFP News Agency (@AFP) September 4, 2023}. It is someone else's words, not the
 * article's prose, and keeps its author and date for attribution.
 *
 * @param index     0-based position among the article's posts
 * @param firstLine first source line of the post text
 * @param lastLine  the attribution line
 * @param text      the post text (its lines joined by newlines)
 * @param author    the display name, e.g. "AFP News Agency"
 * @param handle    the account handle without "@", e.g. "AFP"
 * @param date      the date in the attribution, when it parses
 */
public record EmbeddedPost(int index, int firstLine, int lastLine, String text, String author,
                           String handle, Optional<LocalDate> date) {
}
