package org.samachar.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The two folders every subcommand works on. */
public final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:SAMACHAR_HOME:-.}/data/store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}); created when missing.")
    Path data;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:SAMACHAR_HOME:-.}/corpus",
            description = "Corpus folder: one UTF-8 .txt file per article plus manifest.tsv (default: ${DEFAULT-VALUE}).")
    Path corpus;
}
