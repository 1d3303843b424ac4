package dev.komodosync.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code komodo-sync}: the top-level command; it only holds the subcommands. */
@Command(
        name = "komodo-sync",
        mixinStandardHelpOptions = true,
        addMethodSubcommands = false,
        versionProvider = VersionProvider.class,
        description = "Declarative, GitOps-style resource sync for Komodo: validate sync files, and plan them"
                + " against what exists: a snapshot file or a live Komodo Core.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Plug-in resource kinds: every *.jar of each --plugins folder, and of each folder of "
                + PluginJars.ENVIRONMENT + " (separated by the platform's path separator, ':' on Unix), is loaded"
                + " before the command runs.",
                "", "Exit codes: 0 nothing to do, 2 the plan has changes, 1 errors."})
final class KomodoSyncCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "<dir>",
            description = "Load plug-in resource kinds from every *.jar in this folder (repeatable; before the command).")
    private List<Path> plugins = new ArrayList<>();

    private final Console console;

    KomodoSyncCommand(Console console) {
        this.console = console;
    }

    /** The folders given with {@code --plugins}, in order. */
    List<Path> pluginFolders() {
        return List.copyOf(plugins);
    }

    @Override
    public Integer call() {
        console.err().println("komodo-sync: a command is required");
        spec.commandLine().usage(console.err());
        return ExitCode.ERRORS;
    }
}
