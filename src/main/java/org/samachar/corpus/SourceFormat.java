package org.samachar.corpus;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a corpus folder may hold, told by the file name's ending. A text or HTML file
 * is one article; a WARC archive or a JSON Lines file holds many, each a record of its own.
 */
public enum SourceFormat {
    /** Cleaned plain text, UTF-8, one article per file ({@code .txt}). */
    TEXT(".txt"),
    /** A saved web page ({@code .html}, {@code .htm}). */
    HTML(".html", ".htm"),
    /** A web archive; each HTML {@code response} record is an article ({@code .warc}, {@code .warc.gz}). */
    WARC(".warc", ".warc.gz"),
    /** One JSON object per line with news-please's field names ({@code .jsonl}, {@code .jsonl.gz}). */
    JSONL(".jsonl", ".jsonl.gz");

    private final String[] endings;

    SourceFormat(String... endings) {
        this.endings = endings;
    }

    /** The format of a file by its name, or empty for a file the corpus does not read. */
    public static Optional<SourceFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return Optional.empty();
        }
        for (SourceFormat f : values()) {
            if (f.ending(name).isPresent()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The file name without the ending that made it this format ({@code a.warc.gz} → {@code a}). */
    public String stem(String fileName) {
        return ending(fileName.toLowerCase(Locale.ROOT))
                .map(e -> fileName.substring(0, fileName.length() - e.length())).orElse(fileName);
    }

    private Optional<String> ending(String lowerName) {
        String best = null;
        for (String e : endings) {
            if (lowerName.endsWith(e) && (best == null || e.length() > best.length())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the file is gzip-compressed (by its name). */
    public static boolean gzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
