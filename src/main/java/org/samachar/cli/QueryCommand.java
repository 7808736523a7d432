package org.samachar.cli;

import org.samachar.UserException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.samachar.server.live.RunningServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query against the store and print the result.",
                "The default graph is the union of all graphs, as on the server."})
public final class QueryCommand implements Callable<Integer> {

    enum Format { table, csv, tsv, json, xml }

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "QUERY", description = "A .rq file, or the query text itself.")
    String query;

    @Option(names = "--format", defaultValue = "table",
            description = "Result format for SELECT/ASK: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Query parsed = parse(readQuery());
        Optional<RunningServer> server = RunningServer.find(store.data);
        if (server.isPresent()) {
            // A server holds the store: ask its endpoint (the union default graph is its configuration's).
            try (QueryExecution exec = QueryExecutionHTTP.service(server.get().sparql()).query(parsed).build()) {
                print(parsed, exec);
            } catch (QueryExceptionHTTP e) {
                throw new UserException("the server at " + server.get().url() + " refused the query: "
                        + e.getMessage().replace('\n', ' '));
            }
            return 0;
        }
        DatasetGraph dsg = Stores.open(store.data, true);
        Dataset dataset = DatasetFactory.wrap(dsg);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(parsed)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                print(parsed, exec);
            }
        });
        return 0;
    }

    private void print(Query parsed, QueryExecution exec) {
        if (parsed.isSelectType()) {
            var results = exec.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(System.out, results, parsed.getPrologue());
                case csv -> ResultSetFormatter.outputAsCSV(System.out, results);
                case tsv -> ResultSetFormatter.outputAsTSV(System.out, results);
                case json -> ResultSetFormatter.outputAsJSON(System.out, results);
                case xml -> ResultSetFormatter.outputAsXML(System.out, results);
            }
        } else if (parsed.isAskType()) {
            System.out.println(exec.execAsk() ? "yes" : "no");
        } else if (parsed.isConstructType() || parsed.isDescribeType()) {
            var model = parsed.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            RDFDataMgr.write(System.out, model, Lang.TURTLE);
        } else {
            throw new UserException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run here");
        }
    }

    private String readQuery() {
        Path file = Path.of(query.length() < 4096 && !query.contains("\n") ? query : ".");
        if (query.toLowerCase(Locale.ROOT).endsWith(".rq") || (Files.isRegularFile(file) && !query.isBlank())) {
            if (!Files.isRegularFile(file)) {
                throw new UserException("query file " + query + " does not exist");
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException("cannot read query file " + query + ": " + e.getMessage());
            }
        }
        return query;
    }

    private static Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new UserException("the query is not valid SPARQL: " + e.getMessage().replace('\n', ' '));
        }
    }
}
