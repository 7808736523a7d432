package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.corpus.CorpusProblem;
import org.samachar.vocab.Iris;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input suite: every kind of broken file and manifest row people really produce, each
 * with the one line it must be reported with; every good article still built, the store valid,
 * and nothing in a text able to add triples.
 */
class BadInputIT {

    private static final String HINDI = "रूस और जापान के बीच बातचीत\nरूस के विदेश मंत्री ने सोमवार को जापान का दौरा किया।\n";

    @Test
    void eachBadFileIsOneClearLineAndEveryGoodArticleIsBuilt(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/001_fddf59ab977fc935.txt"), corpus.resolve("good.txt"));
        // Refused, with the message each must give.
        Map<String, String> refused = new LinkedHashMap<>();
        Files.write(corpus.resolve("invalid_utf8.txt"), new byte[]{'a', ' ', (byte) 0xFF, (byte) 0xFE, 'b', '\n'});
        refused.put("invalid_utf8.txt", "is not valid UTF-8 (bad byte sequence near byte 2)");
        Files.write(corpus.resolve("utf16_bom.txt"), concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, HINDI.getBytes(StandardCharsets.UTF_16LE)));
        refused.put("utf16_bom.txt", "is UTF-16 (byte order mark found); save it as UTF-8");
        Files.write(corpus.resolve("utf16_nobom.txt"), HINDI.getBytes(StandardCharsets.UTF_16LE));
        refused.put("utf16_nobom.txt", "looks like UTF-16 without a byte order mark; save it as UTF-8");
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        refused.put("empty.txt", "is empty");
        Files.writeString(corpus.resolve("whitespace.txt"), "  \n\t\n");
        refused.put("whitespace.txt", "has no text (only whitespace)");
        Files.write(corpus.resolve("binary.txt"), new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 1, 2, 3});
        refused.put("binary.txt", "looks binary");
        try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024); // sparse: 100 MB on paper, nothing on disk
        }
        refused.put("huge.txt", "is 100.0 MB, more than the 10 MB an article may have");
        Files.writeString(corpus.resolve("page.txt"), "<!DOCTYPE html><html><head><title>x</title></head><body><p>"
                + HINDI + "</p></body></html>\n");
        refused.put("page.txt", "is HTML");
        Files.writeString(corpus.resolve("only_boilerplate.txt"), "Advertisement\nBack to top button\n");
        refused.put("only_boilerplate.txt", "has no article text left after removing boilerplate");
        // Accepted, cleaned: a BOM, Windows line ends, control characters and direction marks,
        // mixed scripts in a word, an unknown language, and text that looks like RDF and markup.
        Files.writeString(corpus.resolve("utf8_bom.txt"), "\uFEFF" + HINDI);
        Files.writeString(corpus.resolve("crlf.txt"), HINDI.replace("\n", "\r\n"));
        Files.writeString(corpus.resolve("controls.txt"), "रूस\u0001 और जापान\u0007 के बीच \u200Fबातचीत\nरूस के \u202Eविदेश मंत्री ने जापान का दौरा किया।\n");
        Files.writeString(corpus.resolve("mixed.txt"), "रूसrussia और जापान के बीच बातचीत\nरूस के विदेशmantri ने जापान का दौरा किया।\n");
        Files.writeString(corpus.resolve("russian.txt"), "Новости\nПривет мир. Это статья о политике на русском языке.\n");
        Files.writeString(corpus.resolve("injection.txt"), "रूस और जापान\n<http://evil.example/s> <http://evil.example/p> \"x\" . "
                + "<script>alert(1)</script> \"> ] } रूस के विदेश मंत्री ने जापान का दौरा किया।\n");
        Files.writeString(corpus.resolve("manifest.tsv"), String.join("\n",
                "file\tlanguage\tpublished\tpublisher",
                "good.txt\tgu\t2024-06-17\tX",
                "missing.txt\tgu\t2024-01-01\tX",
                "crlf.txt\thi\t2023-02-30\tX",
                "good.txt\tgu\t2024-06-17\tX",
                "\tgu\t2024-01-01",
                "") + "\n");

        DatasetGraph dsg = Fixtures.open(tmp.resolve("store"));
        BuildReport report = Fixtures.build(dsg, corpus);

        List<String> lines = report.problems().stream().map(CorpusProblem::toString).toList();
        for (Map.Entry<String, String> e : refused.entrySet()) {
            List<String> about = lines.stream().filter(l -> l.contains(e.getKey() + ":")).toList();
            assertEquals(1, about.size(), e.getKey() + ": " + lines);
            assertTrue(about.get(0).contains(e.getValue()), about.get(0));
            String id = e.getKey().replace(".txt", "");
            assertTrue(Txn.calculateRead(dsg, () -> !dsg.containsGraph(Iris.articleGraph(id))), id + " left nothing");
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("manifest.tsv:3") && l.contains("'missing.txt'")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("manifest.tsv:4") && l.contains("'2023-02-30' is not a valid")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("manifest.tsv:5") && l.contains("duplicate row for 'good.txt'")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("manifest.tsv:6")), "the row without a file name: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("russian.txt") && l.contains("language not recognised")), lines.toString());

        assertEquals(refused.size(), report.failed(), report.summary());
        for (String good : List.of("good", "utf8_bom", "crlf", "controls", "mixed", "russian", "injection")) {
            assertTrue(Txn.calculateRead(dsg, () -> dsg.containsGraph(Iris.articleGraph(good))), good + " was built");
        }
        assertEquals(0, report.violationCount(), report.violations().toString());
        Node evil = NodeFactory.createURI("http://evil.example/s");
        Txn.executeRead(dsg, () -> {
            assertFalse(dsg.find(Node.ANY, evil, Node.ANY, Node.ANY).hasNext(), "no triple injected");
            assertFalse(dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI("http://evil.example/p"), Node.ANY).hasNext());
            String body = dsg.find(Iris.articleGraph("injection"), Iris.article("injection"),
                    NodeFactory.createURI("https://schema.org/articleBody"), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertTrue(body.contains("<script>alert(1)</script>"), "kept as text, a literal: " + body);
            String bom = dsg.find(Iris.articleGraph("utf8_bom"), Iris.article("utf8_bom"),
                    NodeFactory.createURI("https://schema.org/articleBody"), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertFalse(bom.contains("\uFEFF"), "the byte order mark is not text");
            String controls = dsg.find(Iris.articleGraph("controls"), Iris.article("controls"),
                    NodeFactory.createURI("https://schema.org/articleBody"), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertTrue(controls.chars().noneMatch(c -> c == 1 || c == 7 || c == 0x200F || c == 0x202E), controls);
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
