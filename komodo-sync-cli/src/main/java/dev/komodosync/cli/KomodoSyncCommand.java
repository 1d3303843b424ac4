package dev.komodosync.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code komodo-sync}: the top-level command; it only holds the subcommands. */
@Command(
        name = "komodo-sync",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Declarative, GitOps-style resource sync for Komodo: validate sync files, and plan them"
                + " against what exists: a snapshot file or a live Komodo Core.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit codes: 0 nothing to do, 2 the plan has changes, 1 errors."})
final class KomodoSyncCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final Console console;

    KomodoSyncCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.err().println("komodo-sync: a command is required");
        spec.commandLine().usage(console.err());
        return ExitCode.ERRORS;
    }
}
