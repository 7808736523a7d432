package org.samachar.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.corpus.Corpus;
import org.samachar.rdf.ReferenceData;
import org.samachar.store.BuildReport;
import org.samachar.store.PipelineFingerprint;
import org.samachar.store.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the knowledge graph of the corpus into the TDB2 store.",
                "Only new or changed articles are extracted; articles whose file is gone are removed.",
                "Exit status: 0 when every article was built, 1 when some could not be (see the messages)."})
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        BuildReport report = run(store);
        return report.failed() == 0 ? 0 : 1;
    }

    /** Builds and prints the summary; shared with {@code serve}, which builds before serving. */
    static BuildReport run(StoreOptions store) {
        Corpus corpus = Stores.corpus(store.corpus);
        DatasetGraph dataset = Stores.open(store.data, false);
        StoreBuilder builder = new StoreBuilder(dataset, ReferenceData.load(), PipelineFingerprint.compute());
        BuildReport report = builder.build(corpus);
        SamacharCommand.LOG.info("build: {}", report.summary());
        return report;
    }
}
