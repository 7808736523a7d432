package org.samachar.corpus;

/**
 * Something wrong with the corpus that the user should see: a bad manifest row, an unreadable
 * article, a listed file that does not exist.
 *
 * @param where   the file (and line, where it helps), e.g. {@code corpus/manifest.tsv:4}
 * @param message what is wrong, in one line
 * @param warning true when the build could carry on around it (the article is still built or
 *                was never there); false when an article was left out of the store
 */
public record CorpusProblem(String where, String message, boolean warning) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
