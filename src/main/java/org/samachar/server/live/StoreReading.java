package org.samachar.server.live;

import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/** A read-only command as the server runs it ({@link LiveEndpoints#read}): its output for these parameters. */
@FunctionalInterface
public interface StoreReading {

    /** Writes the output, reading {@code dataset}; a {@link org.samachar.UserException} for a bad parameter. */
    void write(DatasetGraph dataset, Function<String, String> parameters, OutputStream out) throws IOException;
}
