package org.samachar.store;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fills an empty store from N-Quads files made elsewhere (the Spark job's partitions, or an
 * export), with the same TDB2 parallel bulk loader the build uses for an empty store.
 */
public final class NQuadsLoad {

    private static final Logger LOG = LoggerFactory.getLogger(NQuadsLoad.class);

    /** Marker Hadoop's output committer writes when a job's output is complete. */
    public static final String SUCCESS_MARKER = "_SUCCESS";

    private NQuadsLoad() {
    }

    /**
     * The N-Quads files of a folder, in name order: Spark's {@code part-*} files (their checksum files
     * left out) and {@code *.nq} / {@code *.nq.gz}. Refuses a Spark output whose job did not finish.
     */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("N-Quads folder " + dir + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).filter(NQuadsLoad::isNQuads).sorted().toList();
        }
        boolean spark = files.stream().anyMatch(p -> p.getFileName().toString().startsWith("part-"));
        if (spark && !Files.exists(dir.resolve(SUCCESS_MARKER))) {
            throw new IllegalArgumentException(dir + " has no " + SUCCESS_MARKER
                    + " marker: the Spark job that wrote it did not finish; run it again");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no N-Quads (part-* or *.nq files)");
        }
        return files;
    }

    private static boolean isNQuads(Path p) {
        String name = p.getFileName().toString();
        return (name.startsWith("part-") && !name.endsWith(".crc")) || name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    /** Loads the files into {@code dataset}, which must be empty; returns the number of quads read. */
    public static long load(DatasetGraph dataset, List<Path> files) {
        DataLoader loader = LoaderFactory.parallelLoader(dataset, MonitorOutputs.outputToLog(LOG));
        StreamRDFCounting counting = StreamRDFLib.count(loader.stream());
        loader.startBulk();
        try {
            for (Path file : files) {
                // Spark's part files have no extension: the syntax is given, not guessed from the name.
                RDFParser.source(file).lang(Lang.NQUADS).parse(counting);
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return counting.count();
    }
}
