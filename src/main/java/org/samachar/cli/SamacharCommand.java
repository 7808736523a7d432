package org.samachar.cli;

import org.samachar.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code samachar build | serve | query}: the one entry point. */
@Command(name = "samachar", mixinStandardHelpOptions = true, version = "samachar 0.1.0",
        description = "Multilingual news articles to a knowledge graph, stored in TDB2 and served by Fuseki.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, EvalCommand.class, ExplainCommand.class, ExportCommand.class, LoadCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class SamacharCommand implements Runnable {

    static final Logger LOG = LoggerFactory.getLogger("samachar");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: build, serve, query or eval");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SamacharCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserException) {
                commandLine.getErr().println("samachar: " + e.getMessage());
                return 2;
            }
            LOG.error("unexpected failure (a bug; please report it with this trace)", e);
            return 3;
        });
        return cli;
    }
}
