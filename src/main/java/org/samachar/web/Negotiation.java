package org.samachar.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation: which format (from {@code ?format=}, a path suffix, or the Accept header)
 * and which language (from {@code ?lang=} or Accept-Language) a request gets.
 */
final class Negotiation {

    static final List<String> LANGUAGES = List.of("en", "gu", "hi");
    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(Format.values()).map(f -> f.mediaType).toArray(String[]::new));

    private Negotiation() {
    }

    /**
     * The format asked for, or empty when the Accept header names none Samachar serves (406).
     * {@code ?format=} wins over the suffix, the suffix over the header; no header means HTML.
     */
    static Optional<Format> format(HttpServletRequest request, Optional<Format> fromSuffix) {
        String parameter = request.getParameter("format");
        if (parameter != null) {
            return Format.named(parameter);
        }
        if (fromSuffix.isPresent()) {
            return fromSuffix;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(Format.HTML);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            return Optional.empty();
        }
        String type = chosen.getContentTypeStr();
        return Arrays.stream(Format.values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    /** en, gu or hi: {@code ?lang=} if it is one of them, else the best of Accept-Language, else en. */
    static String language(HttpServletRequest request) {
        String parameter = request.getParameter("lang");
        if (parameter != null && LANGUAGES.contains(parameter.toLowerCase(Locale.ROOT))) {
            return parameter.toLowerCase(Locale.ROOT);
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(header), LANGUAGES);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header is ignored, as if it were absent
            }
        }
        return "en";
    }
}
