package org.samachar.extract;

import org.samachar.pipeline.Pipeline;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.corpus.ArticleDecoder;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.ArticleText;
import org.samachar.corpus.BadArticleException;
import org.samachar.extract.event.argument.ArgumentFinder;
import org.samachar.extract.event.ConditionalActs;
import org.samachar.extract.event.DenialLinker;
import org.samachar.extract.event.EventMerger;
import org.samachar.extract.event.speech.JudgedActDoers;
import org.samachar.extract.event.speech.JudgedActs;
import org.samachar.extract.event.ModalityFinder;
import org.samachar.extract.event.role.RoleAssigner;
import org.samachar.extract.event.speech.SpeechContent;
import org.samachar.extract.event.speech.SpokenActs;
import org.samachar.extract.event.TriggerFinder;
import org.samachar.extract.time.EventTimer;
import org.samachar.pipeline.Annotator;
import org.samachar.text.BoilerplateRemover;
import org.samachar.text.EmbeddedPostDetector;
import org.samachar.text.LanguageIdentifier;
import org.samachar.text.ParagraphBuilder;
import org.samachar.text.SentenceSplitter;
import org.samachar.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article file and runs the standard pipeline over it: normalise, find embedded posts,
 * remove boilerplate, build paragraphs, identify languages, split sentences and their words, find entities,
 * find events.
 */
public final class ArticleExtractor {

    private final ArticleDecoder decoder = new ArticleDecoder();
    private final Pipeline pipeline;

    public ArticleExtractor(Gazetteer gazetteer) {
        List<Annotator> stages = new ArrayList<>(textAndEntityStages(gazetteer, ResolutionDecisions.load()));
        stages.addAll(eventStages(gazetteer));
        this.pipeline = Pipeline.of(stages);
    }

    /**
     * The stages up to the entities: normalise, posts, boilerplate, paragraphs, languages,
     * sentences and words, the gazetteer's names, then the organisations and people the article
     * introduces (before events: new people act in them), the surnames of known people and
     * nicknames given in quotes.
     */
    public static List<Annotator> textAndEntityStages(Gazetteer gazetteer, ResolutionDecisions decisions) {
        return List.of(
                new TextNormalizer(),
                new EmbeddedPostDetector(),
                new BoilerplateRemover(),
                new ParagraphBuilder(),
                new LanguageIdentifier(),
                new SentenceSplitter(),
                new SentenceTokenizer(),
                new EntityMentionFinder(gazetteer),
                new OrganisationDiscoverer(gazetteer, decisions),
                new PersonDiscoverer(gazetteer, decisions),
                new KnownSurnames(gazetteer),
                new QuotedNicknames());
    }

    /**
     * The event stages, after the entities: the possible actors of each sentence, the triggers,
     * their roles, time, modality, denials, and one event per event told.
     */
    public static List<Annotator> eventStages(Gazetteer gazetteer) {
        return List.of(new ArgumentFinder(gazetteer), new TriggerFinder(), new RoleAssigner(gazetteer), new JudgedActs(), new SpeechContent(gazetteer), new JudgedActDoers(),
                new EventTimer(), new SpokenActs(),
                new ModalityFinder(), new ConditionalActs(), new DenialLinker(), new EventMerger(gazetteer));
    }

    public AnalyzedArticle extract(ArticleSource source, byte[] bytes) throws BadArticleException {
        ArticleText text = decoder.decode(source, bytes); // a page or record becomes text, with its metadata
        AnalyzedArticle article = pipeline.run(AnalyzedArticle.of(text.source(), text.text()));
        if (article.paragraphs().isEmpty()) {
            throw new BadArticleException("has no article text left after removing boilerplate");
        }
        return article;
    }

    /** The stages, for tools that time them one by one. */
    public Pipeline pipeline() {
        return pipeline;
    }

    public byte[] read(ArticleSource source) throws BadArticleException {
        return decoder.read(source);
    }

    /** The article's bytes from a file opened by {@code opener} (on HDFS, say): {@link ArticleDecoder#read(ArticleSource, ArticleDecoder.Opener)}. */
    public byte[] read(ArticleSource source, ArticleDecoder.Opener opener) throws BadArticleException {
        return decoder.read(source, opener);
    }
}
