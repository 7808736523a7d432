package org.samachar.corpus;

/** An article that cannot be used (unreadable, not UTF-8, empty, binary). Its message names why. */
public final class BadArticleException extends Exception {

    public BadArticleException(String message) {
        super(message);
    }
}
