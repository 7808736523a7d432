package org.samachar.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file's stamp changes with every write, also when size and modification time are put back. */
class StoreBuilderFileStampTest {

    @Test
    void aRewriteOfTheSameSizeWithItsOldModificationTimeHasAnotherStamp(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("a.txt");
        Files.writeString(f, "મોસ્કોમાં મુલાકાત 1", StandardCharsets.UTF_8);
        StoreBuilderFileStamp before = StoreBuilderFileStamp.of(f).orElseThrow();
        assertEquals(before, StoreBuilderFileStamp.of(f).orElseThrow(), "nothing written, same stamp");
        FileTime modified = Files.getLastModifiedTime(f);
        Thread.sleep(1100); // past the coarsest time-stamp granularity of the file system
        Files.writeString(f, "મોસ્કોમાં મુલાકાત 2", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, modified);
        StoreBuilderFileStamp after = StoreBuilderFileStamp.of(f).orElseThrow();
        assertEquals(before.size(), after.size());
        assertEquals(before.modifiedNanos(), after.modifiedNanos(), "the modification time was put back");
        assertNotEquals(before, after, "the status-change time tells the write");
        assertTrue(after.changedNanos() > before.changedNanos());
    }

    @Test
    void noStampForWhatIsNotThere(@TempDir Path tmp) {
        assertTrue(StoreBuilderFileStamp.of(tmp.resolve("missing.txt")).isEmpty());
    }
}
