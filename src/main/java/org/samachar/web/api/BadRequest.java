package org.samachar.web.api;

/** A request the endpoints cannot answer as asked: a user's mistake, answered 400 with this message. */
public final class BadRequest extends IllegalArgumentException {

    BadRequest(String message) {
        super(message);
    }
}
