package org.samachar;

/**
 * A mistake the user can fix (a missing folder, a bad option value). Reported as one line without
 * a stack trace; anything else that goes wrong is a bug and is logged in full.
 */
public final class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }
}
