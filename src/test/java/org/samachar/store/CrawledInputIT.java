package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.corpus.CorpusProblem;
import org.samachar.corpus.crawl.CrawlFixtures;
import org.samachar.corpus.crawl.CrawlFixtures.Seed;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed articles as a crawler saves them (news pages, a WARC of them, a JSON Lines file), built
 * into real TDB2 stores without a manifest, against the store of the plain-text seeds with theirs:
 * the same events and entities for every article, the same article graph quad by quad where the
 * page's text is the seed's, and dates, headlines, URLs and publishers from the metadata alone.
 */
class CrawledInputIT {

    /** What only the source decides: its file, hash, where the language came from, URL, provenance, headline, publisher. */
    private static final Set<Node> SOURCE_FACTS = Set.of(Sam.sourceFile.asNode(), Sam.contentHash.asNode(),
            Sam.languageSource.asNode(), SchemaDO.url.asNode(), Sam.provWasDerivedFrom.asNode(),
            SchemaDO.headline.asNode(), SchemaDO.publisher.asNode());
    /** Seeds whose page text is the seed text exactly (blank-line blocks as paragraphs, no embedded posts). */
    private static final Set<String> SAME_TEXT = Set.of("002_52e22ac0f01bd6db", "003_c30187d985211f20");

    @TempDir
    static Path tmp;
    private static List<Seed> seeds;
    private static DatasetGraph text;

    @BeforeAll
    static void buildTheTextStore() throws Exception {
        seeds = CrawlFixtures.seeds();
        text = Fixtures.open(tmp.resolve("text-store"));
        BuildReport r = Fixtures.build(text, Fixtures.CORPUS);
        assertEquals(5, r.extracted(), r.summary());
    }

    @Test
    void newsPagesWithoutAManifestGiveTheSeedsGraphs() throws Exception {
        Path corpus = tmp.resolve("pages");
        CrawlFixtures.writePages(corpus, seeds);
        DatasetGraph store = Fixtures.open(tmp.resolve("pages-store"));
        BuildReport r = Fixtures.build(store, corpus);
        assertEquals(5, r.extracted(), r.summary());
        assertEquals(0, r.failed(), r.problems().toString());
        assertEquals(0, r.violationCount(), r.violations().toString());
        compare(store, Seed::id, true);

        // The embedded X posts keep their own URLs (from the embed markup), beside author, handle and date.
        Txn.executeRead(store, () -> {
            Node post = Iris.part(Iris.article(seeds.get(0).id()), "post", 0);
            List<String> urls = new ArrayList<>();
            store.find(Node.ANY, post, SchemaDO.url.asNode(), Node.ANY).forEachRemaining(q -> urls.add(q.getObject().getURI()));
            assertEquals(1, urls.size(), urls.toString());
            assertTrue(urls.get(0).startsWith("https://twitter.com/AFP/status/"), urls.toString());
        });

        List<String> before = SortedQuads.of(store);
        BuildReport again = Fixtures.build(store, corpus);
        assertEquals(0, again.extracted(), "an unchanged folder of pages is not extracted again");
        assertEquals(before, SortedQuads.of(store));

        // A page saved twice under another name is one article, the copy reported.
        Files.copy(corpus.resolve(seeds.get(3).id() + ".html"), corpus.resolve("copy-of-003.html"));
        BuildReport copied = Fixtures.build(store, corpus);
        assertTrue(copied.problems().stream().anyMatch(p -> p.where().endsWith("copy-of-003.html") && p.warning()
                && p.message().contains("copy of article " + seeds.get(3).id())), copied.problems().toString());
        assertFalse(graphs(store).contains(Iris.articleGraph("copy-of-003")));
    }

    @Test
    void aWarcOfThePagesWithOtherRecordsAndACorruptOneGivesTheSeedsGraphs() throws Exception {
        Path corpus = tmp.resolve("warc");
        long corruptAt = CrawlFixtures.writeWarc(corpus.resolve("crawl-2026.warc.gz"), seeds, true);
        DatasetGraph store = Fixtures.open(tmp.resolve("warc-store"));
        BuildReport r = Fixtures.build(store, corpus);
        assertEquals(5, r.extracted(), r.summary());
        assertEquals(0, r.violationCount(), r.violations().toString());
        List<CorpusProblem> errors = r.problems().stream().filter(p -> !p.warning()).toList();
        assertEquals(1, errors.size(), r.problems().toString());
        assertTrue(errors.get(0).where().endsWith("crawl-2026.warc.gz")
                && errors.get(0).message().contains("offset " + corruptAt), errors.toString());
        assertEquals(1, r.failed(), "the corrupt record is the one article left out");
        compare(store, s -> CrawlFixtures.recordId(s.url()), true);
        Txn.executeRead(store, () -> {
            Node article = Iris.article(CrawlFixtures.recordId(seeds.get(0).url()));
            List<String> sources = new ArrayList<>();
            store.find(Node.ANY, article, Sam.provWasDerivedFrom.asNode(), Node.ANY)
                    .forEachRemaining(q -> sources.add(q.getObject().getURI()));
            assertTrue(sources.stream().anyMatch(s -> s.startsWith("urn:uuid:")), "the WARC record id: " + sources);
            assertTrue(sources.stream().anyMatch(s -> s.contains("/source/crawl-2026.warc.gz#offset-")), "the file and offset: " + sources);
        });
    }

    @Test
    void aJsonLinesFileGivesTheSeedsGraphs() throws Exception {
        Path corpus = tmp.resolve("jsonl");
        CrawlFixtures.writeJsonLines(corpus.resolve("news-please.jsonl.gz"), seeds,
                List.of("{\"title\": \"half a line", "{\"title\": \"no text\", \"url\": \"https://news.example.org/x\"}"), true);
        DatasetGraph store = Fixtures.open(tmp.resolve("jsonl-store"));
        BuildReport r = Fixtures.build(store, corpus);
        assertEquals(5, r.extracted(), r.summary());
        assertEquals(0, r.violationCount(), r.violations().toString());
        List<String> bad = r.problems().stream().filter(p -> !p.warning()).map(CorpusProblem::where).toList();
        assertEquals(List.of(corpus.resolve("news-please.jsonl.gz") + ":6", corpus.resolve("news-please.jsonl.gz") + ":7"), bad);
        // The JSON's maintext is the seed text itself: every article graph is the seed's, quad by quad.
        compare(store, s -> CrawlFixtures.recordId(s.url()), true, seeds.stream().map(Seed::id).toList());

        // Rebuilding the same file changes nothing; a record whose metadata changed, and only it, is extracted again.
        List<String> before = SortedQuads.of(store);
        assertEquals(0, Fixtures.build(store, corpus).extracted());
        assertEquals(before, SortedQuads.of(store));
        List<Seed> redated = new ArrayList<>(seeds);
        Seed s1 = seeds.get(1);
        redated.set(1, new Seed(s1.id(), s1.text(), s1.headline(), s1.url(), s1.published().plusDays(1), s1.publisher(), s1.language()));
        CrawlFixtures.writeJsonLines(corpus.resolve("news-please.jsonl.gz"), redated, List.of(), true);
        BuildReport again = Fixtures.build(store, corpus);
        assertEquals(1, again.extracted(), again.summary());
        assertEquals(4, again.unchanged(), again.summary());
        assertEquals(Set.of(NodeFactory.createLiteralDT(s1.published().plusDays(1).toString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate).toString()),
                objects(store, CrawlFixtures.recordId(s1.url()), SchemaDO.datePublished.asNode()));
    }

    /** Same events and entities per article, metadata from the crawl; quad by quad for the same text. */
    private static void compare(DatasetGraph crawled, Function<Seed, String> idOf, boolean quadByQuad) {
        compare(crawled, idOf, quadByQuad, List.copyOf(SAME_TEXT));
    }

    private static void compare(DatasetGraph crawled, Function<Seed, String> idOf, boolean quadByQuad, List<String> sameText) {
        for (Seed s : seeds) {
            String id = idOf.apply(s);
            sameSets(events(text, s.id(), s.id()), events(crawled, id, s.id()), s.id() + ": events");
            assertFalse(events(text, s.id(), s.id()).isEmpty());
            assertEquals(objects(text, s.id(), SchemaDO.mentions.asNode()), objects(crawled, id, SchemaDO.mentions.asNode()),
                    s.id() + ": entities");
            Txn.executeRead(crawled, () -> {
                Node a = Iris.article(id);
                Node g = Iris.articleGraph(id);
                assertEquals(Set.of(NodeFactory.createLiteralDT(s.published().toString(),
                                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate).toString()),
                        objects(crawled, id, SchemaDO.datePublished.asNode()), id + ": date from the metadata");
                assertEquals(Set.of(s.url()), objects(crawled, id, SchemaDO.url.asNode()));
                assertEquals(s.headline(), crawled.find(g, a, SchemaDO.headline.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
                Node publisher = crawled.find(g, a, SchemaDO.publisher.asNode(), Node.ANY).next().getObject();
                assertEquals(s.publisher(), crawled.find(g, publisher, SchemaDO.name.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
                assertEquals(Set.of(Sam.FromPageMetadata.asNode().toString()), objects(crawled, id, Sam.languageSource.asNode()));
            });
            if (quadByQuad && sameText.contains(s.id())) {
                sameSets(new TreeSet<>(articleQuads(text, s.id(), s.id())), new TreeSet<>(articleQuads(crawled, id, s.id())), s.id() + ": quad by quad");
                assertEquals(articleQuads(text, s.id(), s.id()), articleQuads(crawled, id, s.id()), s.id() + ": quad by quad");
            }
        }
    }

    /** Fails naming only what differs: what the text store has and the crawl lacks, and the other way. */
    private static void sameSets(Set<String> expected, Set<String> actual, String what) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": missing " + missing + "\n   extra " + extra);
    }

    /** Each event of the article as its facts (type, roles, time, modality...), article ids made alike, evidence left out. */
    private static Set<String> events(DatasetGraph dsg, String id, String as) {
        return Txn.calculateRead(dsg, () -> {
            Node g = Iris.articleGraph(id);
            Set<String> out = new TreeSet<>();
            dsg.find(g, Node.ANY, Sam.inArticle.asNode(), Iris.article(id)).forEachRemaining(q -> {
                Node e = q.getSubject();
                if (!e.getURI().contains("#event-")) {
                    return;
                }
                Set<String> facts = new TreeSet<>();
                dsg.find(g, e, Node.ANY, Node.ANY).forEachRemaining(f -> {
                    if (!f.getPredicate().equals(Sam.evidence.asNode())) {
                        facts.add(f.getPredicate() + " " + f.getObject().toString().replace(id, as));
                    }
                });
                out.add(String.join(" ; ", facts));
            });
            return out;
        });
    }

    private static Set<String> objects(DatasetGraph dsg, String id, Node p) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(Iris.articleGraph(id), Iris.article(id), p, Node.ANY).forEachRemaining(q -> out.add(q.getObject().toString()));
            return out;
        });
    }

    /** The article graph's quads with the article's id as {@code as}, less what only the source decides. */
    private static List<String> articleQuads(DatasetGraph dsg, String id, String as) {
        return Txn.calculateRead(dsg, () -> {
            Node a = Iris.article(id);
            Set<Node> publishers = new java.util.HashSet<>();
            dsg.find(Iris.articleGraph(id), a, SchemaDO.publisher.asNode(), Node.ANY).forEachRemaining(q -> publishers.add(q.getObject()));
            List<String> out = new ArrayList<>();
            dsg.find(Iris.articleGraph(id), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                boolean source = q.getSubject().equals(a) && SOURCE_FACTS.contains(q.getPredicate());
                if (!source && !publishers.contains(q.getSubject())) {
                    out.add(Quad.create(Node.ANY, q.asTriple()).asTriple().toString().replace(id, as));
                }
            });
            out.sort(null);
            return out;
        });
    }

    private static Set<Node> graphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> out = new java.util.HashSet<>();
            dsg.listGraphNodes().forEachRemaining(out::add);
            return out;
        });
    }
}
