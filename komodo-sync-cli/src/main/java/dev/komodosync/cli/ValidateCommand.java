package dev.komodosync.cli;

import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Severity;
import dev.komodosync.parser.LoadOptions;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code komodo-sync validate}: diagnostics only. Without a snapshot, the files' own diagnostics
 * and the planner's checks that need none ({@link Planner#check}); with {@code --state} or
 * {@code --url}, every diagnostic {@code plan} gives, with the same options.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = "Check sync files and print their diagnostics: references, `after` entries and their cycles,"
                + " permission targets; with --state or --url, against what exists, exactly as plan checks them."
                + " Exits 0 (no errors) or 1.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions source;

    @Mixin
    private SyncSourceOptions sources;

    @Option(names = "--state", paramLabel = "<snapshot.json>",
            description = "Check against what exists: a snapshot file (formats: docs/snapshot-format.md); or read a"
                    + " live Core with --url. Without either, a name no file declares is a warning (it may exist).")
    private Path state;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private PlanOptions planOptions;

    private final Console console;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        LoadOptions limits;
        try {
            limits = source.loadOptions();
        } catch (IllegalArgumentException badLimit) {
            console.err().println("komodo-sync: " + badLimit.getMessage());
            return ExitCode.ERRORS;
        }
        Optional<SnapshotResult> existing = Optional.empty();
        if (state != null || connection.given()) {
            existing = LiveSnapshot.read(state, limits, connection, console);
            if (existing.isEmpty()) {
                return ExitCode.ERRORS;
            }
        }
        Optional<SnapshotResult> snapshot = existing;
        SyncSourceOptions.Loaded read;
        SyncOptions options;
        try {
            read = sources.load(source.paths, SyncLoader.builder().strict(source.strict).options(limits).build(), console,
                    () -> snapshot.filter(r -> !r.hasErrors()).map(SnapshotResult::snapshot));
            options = planOptions.options(read, source.strict);
        } catch (SyncSourceOptions.Failure | IllegalArgumentException badInput) {
            console.err().println("komodo-sync: " + badInput.getMessage());
            return ExitCode.ERRORS;
        }
        LoadResult result = read.files();
        result.origin().ifPresent(origin -> console.err().println("Source: " + origin.describe()));
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        snapshot.ifPresent(s -> diagnostics.addAll(s.diagnostics()));
        // As in plan: the planner runs only on files (and a snapshot) without errors.
        if (!result.hasErrors() && snapshot.filter(SnapshotResult::hasErrors).isEmpty()) {
            diagnostics.addAll(snapshot.isPresent()
                    ? Planner.plan(result.declaration(), snapshot.get().snapshot(), options).diagnostics()
                    : Planner.check(result.declaration(), options));
        }
        List<Diagnostic> ordered = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        DiagnosticPrinter printer = new DiagnosticPrinter(console.err(), console.color() && !source.noColor, result);
        printer.print(ordered);
        long errors = count(ordered, Severity.ERROR);
        long warnings = count(ordered, Severity.WARNING);
        console.err().println(count(result.files().size(), "file") + ", "
                + count(result.declaration().resources().size(), "resource") + ", "
                + count(result.declaration().variables().size(), "variable") + ", "
                + count(result.declaration().userGroups().size(), "user group") + ": "
                + count((int) errors, "error") + ", " + count((int) warnings, "warning"));
        return errors > 0 ? ExitCode.ERRORS : ExitCode.OK;
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().map(Diagnostic::severity).filter(severity::equals).count();
    }
}
