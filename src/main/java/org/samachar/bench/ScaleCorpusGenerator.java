package org.samachar.bench;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.BadArticleException;
import org.samachar.corpus.Corpus;
import org.samachar.vocab.EntityType;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.extract.ArticleExtractor;
import org.samachar.pipeline.model.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a SYNTHETIC corpus of any size for speed measurements only, never for quality figures:
 * each article recombines real sentences of one language of a real corpus, with every name the
 * extractor found replaced by another gazetteer entity of the same kind and language (case ending
 * kept, so the extractor does the same work) and years moved, so that no two articles are alike.
 * Deterministic for a seed. Every file and the manifest say they are synthetic.
 */
public final class ScaleCorpusGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleCorpusGenerator.class);
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])20[12][0-9](?![0-9])");
    private static final int MIN_SENTENCES = 8;
    private static final int MAX_SENTENCES = 24;

    private final Map<String, List<Sentence>> sentencesByLanguage = new HashMap<>();
    private final Map<String, List<List<Mention>>> mentionsByLanguage = new HashMap<>();
    private final Map<String, Map<EntityType, List<String>>> namesByLanguage = new HashMap<>();

    public ScaleCorpusGenerator(Corpus real, ArticleExtractor extractor, Graph gazetteer) {
        for (ArticleSource source : real.articles()) {
            AnalyzedArticle a;
            try {
                a = extractor.extract(source, extractor.read(source));
            } catch (BadArticleException e) {
                LOG.warn("{}: {} (left out of the scale corpus)", source.file(), e.getMessage());
                continue;
            }
            for (Sentence s : a.sentences()) {
                if (s.language().equals("en") || s.language().equals("und")) {
                    continue; // the scale corpus is Gujarati and Hindi prose
                }
                sentencesByLanguage.computeIfAbsent(s.language(), k -> new ArrayList<>()).add(s);
                mentionsByLanguage.computeIfAbsent(s.language(), k -> new ArrayList<>())
                        .add(a.mentions().stream().filter(m -> m.sentence() == s.index()).toList());
            }
        }
        gazetteer.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isLiteral()) {
                return;
            }
            String lang = t.getObject().getLiteralLanguage();
            gazetteer.find(t.getSubject(), RDF.type.asNode(), Node.ANY).forEachRemaining(type ->
                    EntityType.of(type.getObject()).ifPresent(kind -> namesByLanguage
                            .computeIfAbsent(lang, k -> new EnumMap<>(EntityType.class))
                            .computeIfAbsent(kind, k -> new ArrayList<>()).add(t.getObject().getLiteralLexicalForm())));
        });
        namesByLanguage.values().forEach(m -> m.values().forEach(java.util.Collections::sort));
        if (sentencesByLanguage.isEmpty()) {
            throw new IllegalArgumentException(real.dir() + ": no Gujarati or Hindi sentences to recombine");
        }
    }

    /** Writes {@code count} articles and a manifest into {@code out}; returns the bytes written. */
    public long write(Path out, int count, long seed) {
        return write(out, count, seed, false);
    }

    /**
     * Writes {@code count} articles into {@code out}: text files and a manifest, or (with
     * {@code html}) news pages carrying their metadata and no manifest ({@link SyntheticPage}).
     * Returns the bytes written.
     */
    public long write(Path out, int count, long seed, boolean html) {
        long[] bytes = {0};
        try {
            Files.createDirectories(out);
            if (html) {
                generate(count, seed, a -> {
                    // The furniture draws on its own generator, so --html writes the same articles as the text corpus.
                    String page = SyntheticPage.of(a.name(), a.text(), a.lang(), a.published(),
                            new Random(seed * 1_000_003L + a.number()));
                    Files.writeString(out.resolve(a.name() + ".html"), page, StandardCharsets.UTF_8);
                    bytes[0] += page.getBytes(StandardCharsets.UTF_8).length;
                });
                return bytes[0];
            }
            try (Writer manifest = Files.newBufferedWriter(out.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
                manifest.write("file\tlanguage\tpublished\tpublisher\n");
                generate(count, seed, a -> {
                    String file = a.name() + ".txt";
                    Files.writeString(out.resolve(file), a.text(), StandardCharsets.UTF_8);
                    bytes[0] += a.text().getBytes(StandardCharsets.UTF_8).length;
                    manifest.write(file + "\t" + a.lang() + "\t" + a.published() + "\tsynthetic (samachar bench generate)\n");
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes[0];
    }

    /** One synthetic article: its number, file name without extension, language, text and date. */
    private record Synthetic(int number, String name, String lang, String text, LocalDate published) {
    }

    private interface Sink {
        void accept(Synthetic article) throws IOException;
    }

    /** The {@code count} articles of a seed, the same whichever form they are written in. */
    private void generate(int count, long seed, Sink sink) throws IOException {
        Random random = new Random(seed);
        List<String> languages = new ArrayList<>(sentencesByLanguage.keySet());
        java.util.Collections.sort(languages);
        for (int i = 0; i < count; i++) {
            String lang = languages.get(i % languages.size());
            String text = article(lang, random);
            LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 11));
            sink.accept(new Synthetic(i, String.format("synthetic-%07d", i), lang, text, published));
            if ((i + 1) % 10_000 == 0) {
                LOG.info("generated {} of {} synthetic articles", i + 1, count);
            }
        }
    }

    private String article(String lang, Random random) {
        List<Sentence> pool = sentencesByLanguage.get(lang);
        List<List<Mention>> mentions = mentionsByLanguage.get(lang);
        int n = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int pick = random.nextInt(pool.size());
            String sentence = recast(pool.get(pick), mentions.get(pick), lang, random);
            text.append(sentence).append(k == 0 ? "\n" : (k % 4 == 3 ? "\n" : " "));
        }
        return text.toString().strip() + "\n";
    }

    /** The sentence with other names of the same kind (case endings kept) and other years. */
    private String recast(Sentence s, List<Mention> mentions, String lang, Random random) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mention m : mentions) {
            int begin = m.begin() - s.begin();
            int end = m.end() - s.begin();
            if (begin < at) {
                continue;
            }
            out.append(s.text(), at, begin);
            String surface = m.surface();
            String label = m.label().text();
            String ending = surface.startsWith(label) ? surface.substring(label.length()) : "";
            List<String> others = namesByLanguage.getOrDefault(lang, Map.of()).getOrDefault(m.entity().type(), List.of());
            out.append(others.isEmpty() ? surface : others.get(random.nextInt(others.size())) + ending);
            at = end;
        }
        out.append(s.text().substring(at));
        Matcher year = YEAR.matcher(out);
        return year.replaceAll(r -> Integer.toString(2015 + random.nextInt(11)));
    }
}
