package org.samachar.corpus;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable identifiers for articles read from records: a readable prefix (the site's host) and a
 * short hash of the URL, e.g. {@code gujarati.example.com_3fa9c2e1b07d4a55}. The same URL always
 * gives the same id, so re-crawling a page updates its article instead of adding another.
 */
public final class RecordIds {

    private static final int MAX_PREFIX = 40;

    private RecordIds() {
    }

    public static String ofUrl(String url) {
        return prefix(url) + "_" + hash(url.strip());
    }

    /** For a record without a URL: the container's name and the record's position. */
    public static String ofPosition(String containerStem, String label) {
        return containerStem.replaceAll("[^A-Za-z0-9._-]+", "-") + "_" + hash(containerStem + "#" + label);
    }

    private static String prefix(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null || host.isBlank()) {
            return "url";
        }
        String p = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
        return p.length() > MAX_PREFIX ? p.substring(0, MAX_PREFIX) : p;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
