package dev.komodosync.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads sync files takes: the files and folders, and how strictly to read. */
final class SourceOptions {

    @Parameters(arity = "0..*", paramLabel = "<dir-or-file>",
            description = "Sync files or folders (read recursively, in sorted order); or --git, or --sync.")
    List<Path> paths;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--no-color", description = "Never colour the output (also: NO_COLOR in the environment).")
    boolean noColor;
}
