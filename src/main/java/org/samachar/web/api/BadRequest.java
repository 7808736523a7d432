package org.samachar.web.api;

/** A request the endpoints cannot answer as asked: a user's mistake, answered 400 with this message. */
final class BadRequest extends RuntimeException {

    BadRequest(String message) {
        super(message, null, false, false);
    }
}
