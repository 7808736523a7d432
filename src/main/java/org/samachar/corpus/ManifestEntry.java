package org.samachar.corpus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of {@code corpus/manifest.tsv}: what the collector knew about an article file.
 *
 * @param file       the article's file name inside the corpus folder
 * @param language   BCP 47 language code, when the manifest gives one
 * @param published  publication date, when known
 * @param publisher  publisher name, when known
 * @param line       the row's 1-based line number in the manifest, for messages
 */
public record ManifestEntry(String file, Optional<String> language, Optional<LocalDate> published,
                            Optional<String> publisher, int line) {

    /** Stand-in for an article the manifest does not list: everything is to be detected. */
    public static ManifestEntry unlisted(String file) {
        return new ManifestEntry(file, Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    public boolean listed() {
        return line > 0;
    }

    /** A stable text form of the row, hashed so that editing a row re-extracts its article. */
    public String fingerprint() {
        return file + '\t' + language.orElse("") + '\t' + published.map(LocalDate::toString).orElse("")
                + '\t' + publisher.orElse("");
    }
}
