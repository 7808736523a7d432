package org.samachar.cli;

import org.samachar.UserException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.samachar.rdf.ReferenceData;
import org.samachar.store.AfterLoad;
import org.samachar.stats.StatsRecount;
import org.samachar.store.NQuadsLoad;
import org.samachar.store.PipelineFingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code samachar load}: a store from per-article graphs extracted elsewhere (the Spark job of
 * {@code spark/}), finished with the steps of a build that need the whole store.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-load N-Quads (the Spark job's output folder, or *.nq files) into a new, empty store, then",
                "run what a build runs after loading: event resolution across articles, its SHACL check, the census.",
                "The result is the store 'build' makes; 'serve --no-build' serves it, and 'build' updates it incrementally."})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--nquads", required = true, paramLabel = "DIR",
            description = "Folder of N-Quads: part-* files (with Spark's _SUCCESS marker) or *.nq / *.nq.gz.")
    Path nquads;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:SAMACHAR_HOME:-.}/data/store",
            description = "TDB2 store folder to create (default: ${DEFAULT-VALUE}); must be empty or missing.")
    Path data;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        List<Path> files;
        try {
            files = NQuadsLoad.files(nquads);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + " (give the Spark job's --out folder with --nquads DIR)");
        } catch (IOException e) {
            throw new UserException("cannot read " + nquads + ": " + e.getMessage());
        }
        DatasetGraph dataset = Stores.open(data, false);
        if (!Txn.calculateRead(dataset, dataset::isEmpty)) {
            // Loading over existing graphs would mix old and new quads of the same article.
            throw new UserException("the store " + data + " is not empty; load into a new folder "
                    + "(or update this one incrementally with: ./samachar build --data " + data + ")");
        }
        long quads;
        try {
            quads = NQuadsLoad.load(dataset, files);
        } catch (java.io.UncheckedIOException e) {
            throw new UserException(e.getMessage() + "; the load was abandoned, delete " + data + " before trying again");
        } catch (RiotException e) {
            throw new UserException("not valid N-Quads: " + e.getMessage() + "; the load was abandoned, delete "
                    + data + " before trying again");
        }
        // Before the steps after the load, which count the store's quads with the stats graph in it.
        Txn.executeWrite(dataset, () -> StatsRecount.run(dataset));
        AfterLoad.Outcome after = new AfterLoad(ReferenceData.load(), PipelineFingerprint.compute()).run(dataset);
        SamacharCommand.LOG.info(String.format(java.util.Locale.ROOT,
                "load: %d files, %d quads loaded, %d in store; %d names resolved to %d entities (%d found in the news); "
                        + "%d event reports merged into %d events (%d told by several articles); "
                        + "%d SHACL violations in the events graph; %.1f s",
                files.size(), quads, after.storeQuads(), after.census().names(), after.census().entities(),
                after.census().discovered(), after.events().reports(), after.events().events(),
                after.events().toldByMany(), after.eventViolations().size(), (System.nanoTime() - start) / 1e9));
        return 0;
    }
}
