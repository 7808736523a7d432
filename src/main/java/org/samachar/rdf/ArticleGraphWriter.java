package org.samachar.rdf;

import org.samachar.vocab.Sam;
import org.samachar.vocab.Iris;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.corpus.metadata.ArticleMetadata;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.ManifestEntry;
import org.samachar.corpus.SourceFormat;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.apache.jena.vocabulary.SKOS;
import org.samachar.extract.NameKey;
import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.RoleMention;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.model.EmbeddedPost;
import org.samachar.pipeline.model.Paragraph;
import org.samachar.pipeline.model.RemovedBlock;
import org.samachar.text.Scripts;
import org.samachar.pipeline.model.Sentence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes one analysed article as quads of its own named graph to a {@link StreamRDF}: the
 * {@code schema:NewsArticle} with its metadata and cleaned body, its sentences and entity mentions
 * with offsets into the body, the embedded posts with their authors, the events with their actors,
 * place, time, modality, claimants and evidence sentence, the roles people hold, and a record of
 * the lines removed as boilerplate (with their text, which is not analysed).
 *
 * <p>{@link Annotations#LEAN} writes only what a query cannot derive; {@link Annotations#FULL}
 * also writes what it can (docs/design.md, "The lean graph", says which quads and how each is
 * derived): the types the ontology's domains and ranges imply, {@code sam:inArticle} (the named
 * graph says it), the text of sentences and mentions (the offsets give it), paragraphs (blank
 * lines of the body), {@code sam:index} (the order of the offsets), the mention counts (a count of
 * the mentions), {@code sem:hasActor}'s provenance twins and the article's date on a role. The
 * lean graph is a subset of the full one.
 */
public final class ArticleGraphWriter {

    /**
     * Names found by role cues: every spelling as a {@code skos:altLabel} of its entity, and for a
     * person the gazetteer does not know, its type, key and a readable Latin label tagged as
     * transformed from the article's language ({@code en-t-gu}: English letters, from Gujarati).
     */
    private static void writeDiscoveredNames(Emitter e, AnalyzedArticle a) {
        Set<String> described = new HashSet<>();
        for (Mention m : a.mentions()) {
            if (m.label().kind() != LabelKind.DISCOVERED) {
                continue;
            }
            Node entity = NodeFactory.createURI(m.entity().iri());
            e.add(entity, SKOS.altLabel, text(m.label().text(), m.label().lang()));
            if (Iris.isDiscovered(m.entity().iri()) && described.add(m.entity().iri())) {
                e.add(entity, RDF.type, m.entity().type().rdfClass());
                e.add(entity, Sam.nameKey, NodeFactory.createLiteralString(NameKey.of(m.label().text())));
                String readable = NameKey.readable(m.label().text());
                String tag = "Latn".equals(Scripts.dominant(m.label().text())) ? "en" : "en-t-" + m.label().lang();
                e.add(entity, RDFS.label, NodeFactory.createLiteralLang(readable, tag));
            }
        }
    }

    private final StreamRDF out;
    private final boolean full;

    /** A writer of lean graphs. */
    public ArticleGraphWriter(StreamRDF out) {
        this(out, Annotations.LEAN);
    }

    public ArticleGraphWriter(StreamRDF out, Annotations annotations) {
        this.out = out;
        this.full = annotations == Annotations.FULL;
    }

    public void write(AnalyzedArticle a, String contentHash) {
        Node graph = Iris.articleGraph(a.id());
        Node article = Iris.article(a.id());
        Emitter e = new Emitter(out, graph);
        ManifestEntry entry = a.source().entry();
        String lang = a.language().code();
        CodePointOffsets offsets = new CodePointOffsets(a.body());

        e.add(article, RDF.type, SchemaDO.NewsArticle);
        e.add(article, SchemaDO.identifier, NodeFactory.createLiteralString(a.id()));
        e.add(article, Sam.sourceFile, NodeFactory.createLiteralString(a.source().fileName()));
        e.add(article, SchemaDO.inLanguage, NodeFactory.createLiteralString(lang));
        e.add(article, Sam.languageSource, !a.language().fromManifest() ? Sam.Detected.asNode()
                : a.source().languageFromMetadata() ? Sam.FromPageMetadata.asNode() : Sam.FromManifest.asNode());
        e.add(article, Sam.contentHash, NodeFactory.createLiteralString(contentHash));
        // A crawled article's own headline (JSON-LD, og:title, <title>, JSON 'title') wins over its first paragraph.
        ArticleMetadata meta = a.source().metadata();
        if (meta.headline().isPresent()) {
            String h = meta.headline().get();
            e.add(article, SchemaDO.headline, text(h, Scripts.languageOf(Scripts.dominant(h)).equals("und") ? lang
                    : Scripts.languageOf(Scripts.dominant(h))));
        } else {
            a.headline().ifPresent(h -> e.add(article, SchemaDO.headline, text(h.text(), h.language())));
        }
        writeProvenance(e, article, a.source(), meta);
        e.add(article, SchemaDO.articleBody, text(a.body(), lang));
        entry.published().ifPresent(d -> e.add(article, SchemaDO.datePublished,
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        entry.publisher().ifPresent(name -> {
            Node publisher = Iris.entity("publisher", name);
            e.add(article, SchemaDO.publisher, publisher);
            e.add(publisher, RDF.type, SchemaDO.Organization);
            e.add(publisher, SchemaDO.name, NodeFactory.createLiteralString(name));
            e.add(publisher, RDFS.label, text(name, Scripts.languageOf(Scripts.dominant(name))));
        });

        // Sentences and paragraphs are named again by every mention, role and event in them:
        // their nodes are made once per article.
        Node[] paragraphs = new Node[a.paragraphs().size()];
        for (Paragraph p : a.paragraphs()) {
            Node node = Iris.part(article, "paragraph", p.index());
            paragraphs[p.index()] = node;
            if (!full) {
                continue; // a paragraph is a run of the body between blank lines; its language that of its script
            }
            e.add(node, RDF.type, Sam.Paragraph);
            e.add(node, Sam.inArticle, article);
            e.add(node, Sam.index, integer(p.index()));
            e.add(node, Sam.nifBeginIndex, nonNegative(offsets.of(p.begin())));
            e.add(node, Sam.nifEndIndex, nonNegative(offsets.of(p.end())));
            e.add(node, SchemaDO.inLanguage, NodeFactory.createLiteralString(p.language()));
            e.add(node, Sam.script, NodeFactory.createLiteralString(p.script()));
        }
        java.util.List<ArticleMetadata.PostLink> links = new java.util.ArrayList<>(a.source().metadata().posts());
        for (EmbeddedPost post : a.posts()) {
            writePost(e, article, post, full);
            // The page's link of this post: the first not yet used with the same handle (posts keep page order).
            links.stream().filter(l -> l.handle().equals(post.handle())).findFirst().ifPresent(l -> {
                links.remove(l);
                iri(l.url()).ifPresent(u -> e.add(Iris.part(article, "post", post.index()), SchemaDO.url, u));
            });
        }
        Node[] sentences = new Node[a.sentences().size()];
        for (Sentence s : a.sentences()) {
            Node node = Iris.part(article, "sentence", s.index());
            sentences[s.index()] = node;
            Paragraph p = a.paragraphs().get(s.paragraph());
            e.add(node, Sam.nifBeginIndex, nonNegative(offsets.of(s.begin())));
            e.add(node, Sam.nifEndIndex, nonNegative(offsets.of(s.end())));
            if (full) {
                e.add(node, RDF.type, Sam.Sentence);
                e.add(node, Sam.inArticle, article);
                e.add(node, Sam.inParagraph, paragraphs[s.paragraph()]);
                e.add(node, Sam.index, integer(s.index()));
                e.add(node, Sam.nifAnchorOf, text(s.text(), s.language()));
            }
            p.post().ifPresent(i -> e.add(node, Sam.inPost, Iris.part(article, "post", i)));
        }
        Map<Entity, Integer> counts = new LinkedHashMap<>();
        for (Mention m : a.mentions()) {
            long begin = offsets.of(m.begin());
            long end = offsets.of(m.end());
            Node node = Iris.mention(article, begin, end);
            e.add(node, Sam.refersTo, NodeFactory.createURI(m.entity().iri()));
            e.add(node, Sam.inSentence, sentences[m.sentence()]);
            // The label a mention matched is its own text more often than not; only a different one is news.
            if (full || !m.label().text().equals(m.surface())) {
                e.add(node, Sam.matchedLabel, text(m.label().text(), m.label().lang()));
            }
            if (full) {
                e.add(node, RDF.type, Sam.Mention);
                e.add(node, Sam.inArticle, article);
                e.add(node, Sam.nifBeginIndex, nonNegative(begin));
                e.add(node, Sam.nifEndIndex, nonNegative(end));
                e.add(node, Sam.nifAnchorOf, NodeFactory.createLiteralString(m.surface()));
            }
            counts.merge(m.entity(), 1, Integer::sum);
        }
        writeDiscoveredNames(e, a);
        for (RoleMention r : a.roles()) {
            Node node = Iris.part(article, "role", r.index());
            e.add(node, Sam.orgMember, NodeFactory.createURI(r.person().iri()));
            e.add(node, Sam.orgRole, Iris.role(r.role()));
            r.organisation().ifPresent(o -> e.add(node, Sam.orgOrganization, NodeFactory.createURI(o.iri())));
            e.add(node, Sam.evidence, sentences[r.sentence()]);
            if (full) {
                e.add(node, RDF.type, Sam.OrgMembership);
                entry.published().ifPresent(d -> e.add(node, Sam.asOf, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
                e.add(node, Sam.provWasDerivedFrom, article);
            }
        }
        counts.forEach((entity, n) -> {
            Node target = NodeFactory.createURI(entity.iri());
            Node node = Iris.part(article, "mentions", entity.type().pathSegment() + "-" + localName(entity.iri()));
            e.add(article, SchemaDO.mentions, target);
            if (!full) {
                return;
            }
            e.add(article, Sam.mentionCount, node);
            e.add(node, RDF.type, Sam.MentionCount);
            e.add(node, Sam.inArticle, article);
            e.add(node, Sam.entity, target);
            e.add(node, Sam.count, integer(n));
        });
        Set<List<String>> metonyms = new java.util.LinkedHashSet<>();
        for (Event ev : a.events()) {
            writeEvent(e, article, full, ev, a.sentences().get(ev.sentence()).language(), sentences[ev.sentence()]);
            ev.roles().forEach(r -> r.namedAs().ifPresent(place -> metonyms.add(List.of(place.iri(), r.entity().iri()))));
        }
        metonyms.forEach(m -> e.add(NodeFactory.createURI(m.get(0)), Sam.standsFor, NodeFactory.createURI(m.get(1))));
        int i = 0;
        for (RemovedBlock block : a.removed()) {
            Node node = Iris.part(article, "removed", i++);
            e.add(article, Sam.removed, node);
            if (full) {
                e.add(node, RDF.type, Sam.RemovedBlock);
                e.add(node, Sam.inArticle, article);
            }
            e.add(node, Sam.reason, Sam.term(block.reason().localName()));
            e.add(node, Sam.firstLine, integer(block.firstLine()));
            e.add(node, Sam.lastLine, integer(block.lastLine()));
            e.add(node, SchemaDO.text, NodeFactory.createLiteralString(block.text()));
        }
    }

    /**
     * Where a crawled article came from: its URL ({@code schema:url}), and {@code prov:wasDerivedFrom}
     * its file (and record, and the WARC record's own id). Text files keep {@code sam:sourceFile} alone,
     * as before crawled input existed.
     */
    private static void writeProvenance(Emitter e, Node article, ArticleSource source, ArticleMetadata meta) {
        meta.url().flatMap(ArticleGraphWriter::iri).ifPresent(u -> e.add(article, SchemaDO.url, u));
        if (source.format() == SourceFormat.TEXT) {
            return;
        }
        String file = Iris.ID + "source/" + Iris.slugOf(source.fileName());
        e.add(article, Sam.provWasDerivedFrom, NodeFactory.createURI(
                source.record().map(r -> file + "#" + Iris.slugOf(r.label())).orElse(file)));
        meta.recordId().flatMap(ArticleGraphWriter::iri).ifPresent(r -> e.add(article, Sam.provWasDerivedFrom, r));
    }

    /** An IRI node for a URL from a page, or empty when it is not a valid IRI (it is then left out). */
    private static java.util.Optional<Node> iri(String url) {
        try {
            return java.util.Optional.of(NodeFactory.createURI(org.apache.jena.irix.IRIx.create(url).str()));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The rule-based event extractor, as the PROV agent behind every event it writes. */
    static final Node EVENT_EXTRACTOR = NodeFactory.createURI(Iris.ID + "extractor/event-rules");

    /**
     * A report. Lean keeps {@code sem:hasActor} and {@code sam:inArticle}, though the role
     * properties and the graph imply them: event resolution ({@code resolve/ReportReader}) reads
     * a report's actors and article from them.
     */
    private static void writeEvent(Emitter e, Node article, boolean full, Event ev, String lang, Node sentence) {
        Node node = Iris.part(article, "event", ev.index());
        e.add(node, RDF.type, Sam.term(ev.type()));
        e.add(node, Sam.inArticle, article);
        for (Event.Role r : ev.roles()) {
            Node actor = NodeFactory.createURI(r.entity().iri());
            e.add(node, Sam.term(r.role()), actor);
            e.add(node, Sam.semHasActor, actor);
            r.namedAs().ifPresent(place -> e.add(node, Sam.actorNamedAs, NodeFactory.createURI(place.iri())));
        }
        ev.place().ifPresent(p -> e.add(node, Sam.semHasPlace, NodeFactory.createURI(p.iri())));
        ev.time().ifPresent(t -> {
            e.add(node, Sam.semHasBeginTimeStamp, NodeFactory.createLiteralDT(t.value().beginLexical(), t.value().datatype()));
            e.add(node, Sam.semHasEndTimeStamp, NodeFactory.createLiteralDT(t.value().endLexical(), t.value().datatype()));
            e.add(node, Sam.timeExpression, text(t.text(), lang));
        });
        e.add(node, Sam.modality, Sam.term(ev.modality()));
        ev.claimedBy().forEach(c -> e.add(node, Sam.claimedBy, NodeFactory.createURI(c.iri())));
        ev.denies().ifPresent(d -> e.add(node, Sam.denies, Iris.part(article, "event", d)));
        ev.objects().forEach(o -> e.add(node, Sam.object, Sam.term(o)));
        e.add(node, Sam.evidence, sentence);
        if (full) {
            e.add(node, Sam.provWasDerivedFrom, article);
            e.add(node, Sam.provWasGeneratedBy, EVENT_EXTRACTOR);
        }
        e.add(node, Sam.trigger, text(ev.trigger().text(), lang));
        e.add(node, Sam.confidence, NodeFactory.createLiteralDT(Double.toString(ev.confidence()), XSDDatatype.XSDdecimal));
    }

    private static void writePost(Emitter e, Node article, EmbeddedPost post, boolean full) {
        Node node = Iris.part(article, "post", post.index());
        Node account = Iris.entity("account", post.handle());
        e.add(article, Sam.embeds, node);
        if (full) {
            e.add(node, RDF.type, Sam.EmbeddedPost);
            e.add(node, Sam.inArticle, article);
            e.add(account, RDF.type, Sam.SocialMediaAccount);
        }
        e.add(node, SchemaDO.text, NodeFactory.createLiteralString(post.text()));
        e.add(node, SchemaDO.author, account);
        e.add(node, Sam.firstLine, integer(post.firstLine()));
        e.add(node, Sam.lastLine, integer(post.lastLine()));
        post.date().ifPresent(d -> e.add(node, SchemaDO.dateCreated,
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        e.add(account, SchemaDO.name, NodeFactory.createLiteralString(post.author()));
        e.add(account, Sam.handle, NodeFactory.createLiteralString(post.handle()));
    }

    private static String localName(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Node text(String text, String lang) {
        return lang == null || lang.isEmpty() || lang.equals("und")
                ? NodeFactory.createLiteralString(text) : NodeFactory.createLiteralLang(text, lang);
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static Node nonNegative(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDnonNegativeInteger);
    }

    /** Quads of one graph, emitted in order. */
    private record Emitter(StreamRDF out, Node graph) {
        void add(Node s, org.apache.jena.rdf.model.Resource p, Node o) {
            out.quad(Quad.create(graph, s, p.asNode(), o));
        }

        void add(Node s, org.apache.jena.rdf.model.Resource p, org.apache.jena.rdf.model.Resource o) {
            add(s, p, o.asNode());
        }
    }
}
