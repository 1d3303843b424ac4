package dev.komodosync.cli;

import dev.komodosync.client.FetchedSnapshot;
import dev.komodosync.diff.export.internal.AtomicFiles;
import dev.komodosync.diff.export.internal.FileWrites;
import dev.komodosync.diff.snapshot.SnapshotWriter;
import dev.komodosync.model.Declaration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code komodo-sync snapshot}: what a live Core holds, as a snapshot file. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = "Read what a live Komodo Core holds into a snapshot file (formats: docs/snapshot-format.md),"
                + " which `plan --state` and `export --state` read. Exits 0 or 1.",
        footer = {"", "Credentials: each of the address, key and secret comes from the first of: the flags;"
                + " KOMODO_ADDRESS, KOMODO_API_KEY, KOMODO_API_SECRET (Komodo's Rust client); KOMODO_CLI_HOST or"
                + " KOMODO_HOST, KOMODO_CLI_KEY, KOMODO_CLI_SECRET (km); the profile of km's komodo.cli.toml"
                + " (--profile, else default_profile). The source used is printed on standard error."})
final class SnapshotCommand implements Callable<Integer> {

    @Mixin
    private ConnectionOptions connection;

    @Option(names = {"-o", "--output"}, paramLabel = "<snapshot.json>",
            description = "Write the snapshot to this file, not stdout.")
    private Path output;

    @Option(names = "--no-color", description = "Never colour the output.")
    private boolean noColor;

    private final Console console;

    SnapshotCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        // The resources' text, most of the file, is written while the last calls run (hundreds of
        // small ones on a large Core), and put in the file once the rest is known.
        AtomicReference<SnapshotWriter.PreparedResources> prepared = new AtomicReference<>(SnapshotWriter.PreparedResources.NONE);
        Optional<FetchedSnapshot> fetched = LiveSnapshot.fetch(connection, console,
                Optional.of(soFar -> prepared.set(SnapshotWriter.prepare(soFar))));
        if (fetched.isEmpty()) {
            return ExitCode.ERRORS;
        }
        new DiagnosticPrinter(console.err(), console.color() && !noColor, SecretValues.of(Declaration.empty()))
                .print(fetched.get().result().diagnostics());
        if (fetched.get().result().hasErrors()) {
            return ExitCode.ERRORS;
        }
        // Streamed as it is written: a large Core's snapshot is tens of megabytes.
        if (output == null) {
            try {
                SnapshotWriter.write(fetched.get().result().snapshot(), prepared.get(), console.out());
            } catch (IOException e) {
                console.err().println("komodo-sync: cannot write the snapshot: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return ExitCode.ERRORS;
            }
        } else {
            // Into a file beside it that then replaces it: a full disk leaves the last snapshot whole.
            try {
                AtomicFiles.write(output, file -> SnapshotWriter.write(fetched.get().result().snapshot(), prepared.get(), file),
                        FileWrites.REAL);
            } catch (IOException e) {
                console.err().println("komodo-sync: " + e.getMessage());
                return ExitCode.ERRORS;
            }
            console.err().println("Wrote " + output + " (" + fetched.get().result().snapshot().resources().size()
                    + " resources, " + fetched.get().calls() + " calls)");
        }
        return ExitCode.OK;
    }
}
