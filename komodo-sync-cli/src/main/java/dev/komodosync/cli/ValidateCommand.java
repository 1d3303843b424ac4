package dev.komodosync.cli;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Severity;
import dev.komodosync.parser.LoadOptions;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code komodo-sync validate}: diagnostics only. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check sync files and print their diagnostics. Exits 0 (no errors) or 1.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions source;

    @Mixin
    private SyncSourceOptions sources;

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
        LoadResult result;
        try {
            result = sources.load(source.paths, SyncLoader.builder().strict(source.strict).options(limits).build(), console)
                    .files();
        } catch (SyncSourceOptions.Failure badInput) {
            console.err().println("komodo-sync: " + badInput.getMessage());
            return ExitCode.ERRORS;
        }
        result.origin().ifPresent(origin -> console.err().println("Source: " + origin.describe()));
        DiagnosticPrinter printer = new DiagnosticPrinter(console.err(), console.color() && !source.noColor,
                SecretValues.of(result.declaration()));
        printer.print(result.diagnostics());
        long errors = count(result, Severity.ERROR);
        long warnings = count(result, Severity.WARNING);
        console.err().println(count(result.files().size(), "file") + ", "
                + count(result.declaration().resources().size(), "resource") + ", "
                + count(result.declaration().variables().size(), "variable") + ", "
                + count(result.declaration().userGroups().size(), "user group") + ": "
                + count((int) errors, "error") + ", " + count((int) warnings, "warning"));
        return result.hasErrors() ? ExitCode.ERRORS : ExitCode.OK;
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static long count(LoadResult result, Severity severity) {
        return result.diagnostics().stream().map(Diagnostic::severity).filter(severity::equals).count();
    }
}
