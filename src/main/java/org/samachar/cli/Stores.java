package org.samachar.cli;

import org.samachar.UserException;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.samachar.corpus.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening the store and the corpus, with user-facing messages for what usually goes wrong. */
final class Stores {

    private Stores() {
    }

    static DatasetGraph open(Path dir, boolean mustExist) {
        if (mustExist && !Files.isDirectory(dir)) {
            throw new UserException("no store at " + dir + "; build one with: ./samachar build --data " + dir);
        }
        try {
            Files.createDirectories(dir);
            return DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().normalize().toString()));
        } catch (DBOpEnvException e) {
            // TDB2's process lock: another samachar (or Fuseki) has this store open.
            throw new UserException("the store " + dir + " is in use by another process (" + e.getMessage()
                    + "); stop the running 'samachar serve' or give another --data DIR");
        } catch (TDBException e) {
            throw new UserException("cannot open the store at " + dir + ": " + e.getMessage()
                    + " (only one process may open a store; is another samachar running?)");
        } catch (IOException e) {
            throw new UserException("cannot create the store folder " + dir + ": " + e.getMessage());
        }
    }

    static Corpus corpus(Path dir) {
        try {
            return Corpus.open(dir);
        } catch (java.io.FileNotFoundException e) {
            throw new UserException(e.getMessage() + " (give another one with --corpus DIR)");
        } catch (IOException e) {
            throw new UserException("cannot read the corpus folder " + dir + ": " + e.getMessage());
        }
    }
}
