package org.samachar.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What re-extracts every article when it changes, and what does not. */
class PipelineFingerprintTest {

    @Test
    void theStagesAndTheirDataDecideArticleGraphs() {
        for (String name : new String[]{"org/samachar/extract/event/role/RoleAssigner.class", "org/samachar/pipeline/model/Sentence.class",
                "org/samachar/rdf/ArticleGraphWriter.class", "org/samachar/store/ArticleQuads.class",
                "org/samachar/store/GraphValidator.class",
                "samachar/lang/gu/event-triggers.tsv", "samachar/name-key.tsv", "samachar/events/roles.tsv"}) {
            assertTrue(PipelineFingerprint.decidesArticleGraphs(name), name);
        }
    }

    @Test
    void pagesCommandsExportsAndWholeStoreStepsDoNot() {
        for (String name : new String[]{"org/samachar/web/EntityPage.class", "samachar/web/messages.tsv",
                "samachar/web/templates/entity.mustache", "org/samachar/cli/ServeCommand.class",
                "org/samachar/bench/LoadBenchmark.class", "org/samachar/export/RdfExporter.class",
                "org/samachar/resolve/EventResolver.class", "org/samachar/search/CrossScriptFilter.class",
                "org/samachar/spark/ExtractionJob.class", "org/samachar/store/StoreBuilder.class",
                "org/samachar/store/StoreBuilder$Run.class", "org/samachar/store/AfterLoad.class",
                "org/samachar/store/EntityCensus.class", "org/samachar/store/BuildReport.class"}) {
            assertFalse(PipelineFingerprint.decidesArticleGraphs(name), name);
        }
    }

    @Test
    void theWholeStoreStepsDecideTheEventsGraphAndNoArticleGraph() {
        for (String name : new String[]{"org/samachar/store/AfterLoad.class", "org/samachar/store/AfterLoadIncremental.class",
                "org/samachar/store/AfterLoadFull.class", "org/samachar/store/AfterLoadBulk.class",
                "org/samachar/store/AfterLoadShapes.class", "org/samachar/store/AfterLoadRules.class",
                "org/samachar/resolve/IncrementalClustering.class", "org/samachar/store/EntityCensus.class"}) {
            assertTrue(AfterLoad.decidesEventsGraph(name), name);
            assertFalse(PipelineFingerprint.decidesArticleGraphs(name), name);
        }
        for (String name : new String[]{"org/samachar/store/StoreBuilder.class", "org/samachar/web/EntityPage.class",
                "org/samachar/store/ArticleQuads.class"}) {
            assertFalse(AfterLoad.decidesEventsGraph(name), name);
        }
    }

    @Test
    void theFingerprintIsStableAndCoversOnlyWhatItSays() {
        String pipeline = PipelineFingerprint.compute();
        assertEquals(pipeline, PipelineFingerprint.compute(), "the same program hashes the same");
        assertNotEquals(pipeline, PipelineFingerprint.of(name -> true), "the pages and commands are left out");
        assertNotEquals(PipelineFingerprint.of(name -> name.startsWith("org/samachar/search/")),
                PipelineFingerprint.of(name -> name.startsWith("org/samachar/web/")));
    }

    @Test
    void aNewReleaseOfIcuJenaOrJavaReExtracts() {
        String pipeline = PipelineFingerprint.compute();
        assertTrue(PipelineFingerprint.libraries().contains("icu4j " + com.ibm.icu.util.VersionInfo.ICU_VERSION),
                PipelineFingerprint.libraries().toString());
        assertTrue(PipelineFingerprint.libraries().stream().anyMatch(l -> l.matches("jena [0-9]+\\.[0-9]+\\..*")),
                "Jena's version is read: " + PipelineFingerprint.libraries());
        assertEquals(pipeline, PipelineFingerprint.of(PipelineFingerprint::decidesArticleGraphs, PipelineFingerprint.libraries()));
        for (int i = 0; i < PipelineFingerprint.libraries().size(); i++) {
            java.util.List<String> other = new java.util.ArrayList<>(PipelineFingerprint.libraries());
            other.set(i, other.get(i) + ".1");
            assertNotEquals(pipeline, PipelineFingerprint.of(PipelineFingerprint::decidesArticleGraphs, other), other.get(i));
        }
    }
}
