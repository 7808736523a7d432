package org.samachar.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links the views hand out, built the same way by the pictures and the plain tables. */
public final class Links {

    private Links() {
    }

    /**
     * The page of {@code entityHref} with its events table narrowed to those shared with the
     * actor at {@code otherHref} in {@code range}: what a network edge or a pair opens.
     */
    public static String shared(String entityHref, String otherHref, DateRange range) {
        return entityHref + "?with=" + encode(otherHref) + range.asParameters() + "#events";
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
