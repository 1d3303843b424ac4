package dev.komodosync.cli;

import dev.komodosync.parser.LoadOptions;
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

    @Option(names = "--max-file-bytes", paramLabel = "<n>", description = "Largest sync file read (default 16 MiB).")
    Long maxFileBytes;

    @Option(names = "--max-files", paramLabel = "<n>", description = "Most sync files read (default 10000).")
    Integer maxFiles;

    @Option(names = "--max-depth", paramLabel = "<n>", description = "Deepest nesting of tables and arrays (default 64).")
    Integer maxDepth;

    @Option(names = "--max-string-length", paramLabel = "<n>",
            description = "Longest string or key, in characters (default 2 MiB).")
    Integer maxStringLength;

    @Option(names = "--max-array-length", paramLabel = "<n>", description = "Most elements of an array (default 100000).")
    Integer maxArrayLength;

    @Option(names = "--max-resources", paramLabel = "<n>", description = "Most resources declared (default 100000).")
    Integer maxResources;

    @Option(names = "--max-snapshot-bytes", paramLabel = "<n>", description = "Largest snapshot read (default 1 GiB).")
    Long maxSnapshotBytes;

    @Option(names = "--max-snapshot-string-length", paramLabel = "<n>",
            description = "Longest string or key in a snapshot, in characters (default 32 MiB).")
    Integer maxSnapshotStringLength;

    @Option(names = "--max-snapshot-number-length", paramLabel = "<n>",
            description = "Longest number in a snapshot, in characters (default 1000).")
    Integer maxSnapshotNumberLength;

    @Option(names = "--max-snapshot-depth", paramLabel = "<n>",
            description = "Deepest nesting of a snapshot's arrays and objects (default 1000).")
    Integer maxSnapshotDepth;

    /** The limits given, the defaults for the rest; throws IllegalArgumentException for a limit that is not positive. */
    LoadOptions loadOptions() {
        LoadOptions.Builder options = LoadOptions.builder();
        if (maxFileBytes != null) {
            options.maxFileBytes(maxFileBytes);
        }
        if (maxFiles != null) {
            options.maxFiles(maxFiles);
        }
        if (maxDepth != null) {
            options.maxDepth(maxDepth);
        }
        if (maxStringLength != null) {
            options.maxStringLength(maxStringLength);
        }
        if (maxArrayLength != null) {
            options.maxArrayLength(maxArrayLength);
        }
        if (maxResources != null) {
            options.maxResources(maxResources);
        }
        if (maxSnapshotBytes != null) {
            options.maxSnapshotBytes(maxSnapshotBytes);
        }
        if (maxSnapshotStringLength != null) {
            options.maxSnapshotStringLength(maxSnapshotStringLength);
        }
        if (maxSnapshotNumberLength != null) {
            options.maxSnapshotNumberLength(maxSnapshotNumberLength);
        }
        if (maxSnapshotDepth != null) {
            options.maxSnapshotDepth(maxSnapshotDepth);
        }
        return options.build();
    }
}
