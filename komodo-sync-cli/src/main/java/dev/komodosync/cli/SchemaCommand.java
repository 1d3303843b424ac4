package dev.komodosync.cli;

import dev.komodosync.diff.export.internal.AtomicFiles;
import dev.komodosync.diff.export.internal.FileWrites;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.parser.schema.SyncSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code komodo-sync schema}: the JSON Schema of sync TOML, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Write the JSON Schema (draft-07) of sync TOML for the kinds on the class path, built-in and"
                + " plug-in: point an editor's TOML language server at it with a `#:schema <file>` line. Exits 0 or 1.")
final class SchemaCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Write the schema to this file, not stdout.")
    private Path output;

    private final Console console;

    SchemaCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        String schema = SyncSchema.generate(ResourceKinds.discover());
        if (output == null) {
            console.out().print(schema);
            return ExitCode.OK;
        }
        try {
            AtomicFiles.write(output, schema, FileWrites.REAL);
        } catch (IOException e) {
            console.err().println("komodo-sync: " + e.getMessage());
            return ExitCode.ERRORS;
        }
        return ExitCode.OK;
    }
}
