package org.samachar.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {

    @Test
    void columnsAreFoundByHeaderNameAndExtraColumnsIgnored() {
        Manifest m = Manifest.parse("m.tsv", List.of(
                "publisher\tfile\tnotes\tpublished\tlanguage",
                "NDTV\ta.txt\tsome note\t2023-09-05\thi",
                "\tb.txt\t\t\t"));
        ManifestEntry a = m.entry("a.txt").orElseThrow();
        assertEquals("hi", a.language().orElseThrow());
        assertEquals(LocalDate.of(2023, 9, 5), a.published().orElseThrow());
        assertEquals("NDTV", a.publisher().orElseThrow());
        assertEquals(2, a.line());
        ManifestEntry b = m.entry("b.txt").orElseThrow();
        assertTrue(b.language().isEmpty() && b.published().isEmpty() && b.publisher().isEmpty());
        assertTrue(m.problems().isEmpty());
    }

    @Test
    void badRowsAreReportedWithTheirLineAndDoNotStopTheRest() {
        Manifest m = Manifest.parse("corpus/manifest.tsv", List.of(
                "file\tlanguage\tpublished\tpublisher",
                "a.txt\tgu\t2023-02-30\t",
                "b.txt\tGujarati\t2023-01-01\t",
                "a.txt\thi\t\t",
                "\tgu\t\t",
                "c.txt\tgu\t2024-06-17\tABP"));
        List<String> messages = m.problems().stream().map(CorpusProblem::toString).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("corpus/manifest.tsv:2: published date '2023-02-30'"), messages.get(0));
        assertTrue(messages.get(1).contains(":3: language 'gujarati'"), messages.get(1));
        assertTrue(messages.get(2).contains(":4: duplicate row for 'a.txt'"), messages.get(2));
        assertTrue(messages.get(3).contains(":5: row has no file name"), messages.get(3));
        assertTrue(m.entry("a.txt").orElseThrow().published().isEmpty());
        assertEquals("gu", m.entry("a.txt").orElseThrow().language().orElseThrow(), "first row wins");
        assertTrue(m.entry("c.txt").isPresent());
    }

    @Test
    void aManifestReadFromAStreamIsTheManifestReadFromItsFile(@TempDir Path dir) throws IOException {
        String text = "\uFEFFfile\tlanguage\tpublished\tpublisher\r\na.txt\tgu\t2023-02-30\t\r\n"
                + "# a comment\nb.txt\thi\t2024-01-02\tABP\n";
        Path file = Files.writeString(dir.resolve(Manifest.FILE_NAME), text);
        Manifest fromFile = Manifest.read(file);
        Manifest fromStream = Manifest.read(file.toString(),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(fromFile.entries(), fromStream.entries());
        assertEquals(fromFile.problems(), fromStream.problems());
        assertEquals(2, fromStream.entries().size());
        assertTrue(fromStream.problems().get(0).toString().startsWith(file + ":2: published date"),
                fromStream.problems().toString());

        byte[] latin1 = "file\tpublisher\na.txt\tS\u00e9n\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(MalformedInputException.class, () -> Manifest.read("m.tsv", new ByteArrayInputStream(latin1)),
                "not UTF-8: refused as by Files.readAllLines");
    }

    @Test
    void aManifestWithoutFileColumnIsOneClearProblem() {
        Manifest m = Manifest.parse("m.tsv", List.of("name\tlang", "a.txt\tgu"));
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).message().contains("no 'file' column"));
        assertFalse(m.entry("a.txt").isPresent());
    }
}
