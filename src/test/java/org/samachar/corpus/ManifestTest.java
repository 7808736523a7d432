package org.samachar.corpus;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aManifestWithoutFileColumnIsOneClearProblem() {
        Manifest m = Manifest.parse("m.tsv", List.of("name\tlang", "a.txt\tgu"));
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).message().contains("no 'file' column"));
        assertFalse(m.entry("a.txt").isPresent());
    }
}
