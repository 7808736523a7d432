package org.samachar.store;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

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
     * left out; {@code .gz} ones are decompressed) and {@code *.nq} / {@code *.nq.gz}. Refuses a Spark output whose job did not finish.
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

    /** Parses one file as N-Quads, gunzipping a {@code .gz} one. */
    public static void parse(Path file, StreamRDF dest) {
        // Spark's part files have no ".nq": the syntax is given, so Jena would not guess the gzip either.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStream text = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
            RDFParser.source(text).lang(Lang.NQUADS).parse(dest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads the files into {@code dataset}, which must be empty; returns the number of quads read. */
    public static long load(DatasetGraph dataset, List<Path> files) {
        DataLoader loader = LoaderFactory.parallelLoader(dataset, MonitorOutputs.outputToLog(LOG));
        StreamRDFCounting counting = StreamRDFLib.count(loader.stream());
        loader.startBulk();
        try {
            for (Path file : files) {
                parse(file, counting);
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return counting.count();
    }
}
