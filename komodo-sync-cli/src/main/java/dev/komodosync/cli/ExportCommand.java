package dev.komodosync.cli;

import dev.komodosync.diff.export.ExportOptions;
import dev.komodosync.diff.export.ExportResult;
import dev.komodosync.diff.export.Exporter;
import dev.komodosync.diff.export.WriteBack;
import dev.komodosync.diff.export.WriteBackOptions;
import dev.komodosync.diff.export.WriteBackResult;
import dev.komodosync.diff.export.internal.AtomicFiles;
import dev.komodosync.diff.export.internal.FileWrites;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.Declaration;
import dev.komodosync.parser.LoadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code komodo-sync export}: what exists, as sync TOML; or written back into sync files. */
@Command(name = "export", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = "Write what exists (a snapshot) as sync TOML, or write it back into the sync files that declare it."
                + " Exits 0 or 1.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--state", paramLabel = "<snapshot.json>",
            description = "What exists: a snapshot file (formats: docs/snapshot-format.md); or read a live Core with"
                    + " --url.")
    private Path state;

    @Mixin
    private ConnectionOptions connection;

    @Option(names = "--include-variables", description = "Export variables too.")
    private boolean includeVariables;

    @Option(names = "--include-user-groups", description = "Export user groups too.")
    private boolean includeUserGroups;

    @Option(names = "--include-secrets", description = "Write secret values: of secret variables, and resources' passkeys, webhook secrets,"
                    + " secret_args, git and registry tokens and alerter URLs (all left out by default).")
    private boolean includeSecrets;

    @Option(names = "--match-tag", paramLabel = "<tag>",
            description = "Export only resources carrying this tag (repeatable: all are required).")
    private List<String> matchTags = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Write the TOML to this file, not stdout.")
    private Path output;

    @Option(names = "--write-back", paramLabel = "<sync folder>",
            description = "Update the sync files in place instead: each declaration where it is written, new resources"
                    + " in the files of --new-file-template. Nothing is written unless the result plans empty.")
    private Path writeBack;

    @Option(names = "--new-file-template", paramLabel = "<template>", defaultValue = WriteBackOptions.DEFAULT_TEMPLATE,
            description = "With --write-back: the file of a resource no file declares, {kind} and {name} replaced"
                    + " (default: ${DEFAULT-VALUE}).")
    private String newFileTemplate;

    @Option(names = "--dry-run", description = "With --write-back: print what would change in each file, write nothing.")
    private boolean dryRun;

    @Option(names = "--no-color", description = "Never colour the output.")
    private boolean noColor;

    private final Console console;

    ExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Optional<SnapshotResult> existing = LiveSnapshot.read(state, LoadOptions.defaults(), connection, console);
        if (existing.isEmpty()) {
            return ExitCode.ERRORS;
        }
        SnapshotResult snapshot = existing.get();
        DiagnosticPrinter printer = new DiagnosticPrinter(console.err(), console.color() && !noColor,
                SecretValues.of(Declaration.empty()));
        printer.print(snapshot.diagnostics());
        if (snapshot.hasErrors()) {
            return ExitCode.ERRORS;
        }
        ExportOptions options = ExportOptions.builder()
                .includeVariables(includeVariables)
                .includeUserGroups(includeUserGroups)
                .includeSecrets(includeSecrets)
                .matchTags(matchTags)
                .build();
        if (writeBack != null) {
            return writeBack(snapshot, options, printer);
        }
        ExportResult export = Exporter.export(snapshot.snapshot(), options);
        printer.print(export.diagnostics());
        if (export.hasErrors()) {
            return ExitCode.ERRORS;
        }
        if (!export.secretsLeftOut().isEmpty()) {
            console.err().println("komodo-sync: left out " + export.secretsLeftOut().size() + " secret value"
                    + (export.secretsLeftOut().size() == 1 ? "" : "s") + " (listed in a comment at the top;"
                    + " --include-secrets writes them)");
        }
        if (output == null) {
            console.out().print(export.toml());
            return ExitCode.OK;
        }
        try {
            AtomicFiles.write(output, export.toml(), FileWrites.REAL);
        } catch (IOException e) {
            console.err().println("komodo-sync: " + e.getMessage());
            return ExitCode.ERRORS;
        }
        return ExitCode.OK;
    }

    private int writeBack(SnapshotResult snapshot, ExportOptions options, DiagnosticPrinter printer) {
        WriteBackOptions writeBackOptions;
        try {
            writeBackOptions = new WriteBackOptions(options, newFileTemplate);
        } catch (IllegalArgumentException badTemplate) {
            console.err().println("komodo-sync: " + badTemplate.getMessage());
            return ExitCode.ERRORS;
        }
        WriteBackResult result = WriteBack.prepare(writeBack, snapshot.snapshot(), writeBackOptions);
        printer.print(result.diagnostics());
        if (!result.secretsLeftOut().isEmpty()) {
            console.err().println("komodo-sync: left out " + result.secretsLeftOut().size() + " secret value"
                    + (result.secretsLeftOut().size() == 1 ? "" : "s") + " of the Core (the files keep theirs;"
                    + " --include-secrets writes them): " + String.join(", ", result.secretsLeftOut()));
        }
        if (result.refused()) {
            console.err().println("Nothing was written.");
            return ExitCode.ERRORS;
        }
        if (result.files().isEmpty()) {
            console.out().println("Nothing to write: the sync files match what exists.");
            return ExitCode.OK;
        }
        if (dryRun) {
            for (WriteBackResult.FileUpdate file : result.files()) {
                WriteBackDiff.print(file, console.out());
            }
            console.out().println("Dry run: nothing was written.");
            return ExitCode.OK;
        }
        try {
            result.write();
        } catch (IOException e) {
            console.err().println("komodo-sync: " + e.getMessage());
            return ExitCode.ERRORS;
        }
        for (WriteBackResult.FileUpdate file : result.files()) {
            console.out().println((file.before().isEmpty() ? "created " : "updated ") + file.name());
            file.changes().forEach(change -> console.out().println("  " + change));
        }
        return ExitCode.OK;
    }
}
