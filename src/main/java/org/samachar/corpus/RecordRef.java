package org.samachar.corpus;

import java.util.Optional;

/**
 * Where one article is inside a container file (a WARC archive or a JSON Lines file).
 *
 * @param label  how messages name the record: {@code offset 1234} (WARC) or {@code line 17} (JSON Lines)
 * @param offset the record's byte offset in the file (for a compressed WARC, of its gzip member)
 * @param length the record's length in bytes, or -1 when it is read up to its own end
 * @param held   the record's bytes when the file cannot be read at an offset (a gzip-compressed
 *               JSON Lines file is one gzip stream); empty otherwise, so listings stay small
 */
public record RecordRef(String label, long offset, long length, Optional<byte[]> held) {

    public static RecordRef at(String label, long offset, long length) {
        return new RecordRef(label, offset, length, Optional.empty());
    }
}
