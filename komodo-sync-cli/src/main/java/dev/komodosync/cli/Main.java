package dev.komodosync.cli;

import dev.komodosync.model.KindRegistrationException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code komodo-sync} command. Exit codes, as {@code terraform plan -detailed-exitcode}:
 * 0 valid and nothing to do, 2 valid with changes, 1 errors (including I/O and usage errors).
 */
public final class Main {

    private Main() {}

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err, System.getenv(), System.console() != null));
    }

    /**
     * Runs the command with the given streams and environment, and returns its exit code; the
     * entry point tests call.
     *
     * @param terminal whether the output goes to a terminal (colour is used only then)
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment, boolean terminal) {
        return run(args, java.io.InputStream.nullInputStream(), out, err, environment, terminal);
    }

    /**
     * Runs the command reading answers (apply's confirmation) from {@code in}, and returns its exit code.
     *
     * @param terminal whether the output goes to a terminal (colour and confirmation prompts are used only then)
     */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err,
            Map<String, String> environment, boolean terminal) {
        Console console = new Console(out, err, terminal && !environment.containsKey("NO_COLOR"), terminal, environment);
        KomodoSyncCommand top = new KomodoSyncCommand(console);
        CommandLine command = new CommandLine(top)
                .addSubcommand(new ValidateCommand(console))
                .addSubcommand(new PlanCommand(console))
                .addSubcommand(new ApplyCommand(console, in))
                .addSubcommand(new ExportCommand(console))
                .addSubcommand(new SnapshotCommand(console))
                .addSubcommand(new EmulatorCommand(console, environment))
                .addSubcommand(new SchemaCommand(console))
                .addSubcommand(new ServeCommand(console));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        command.setParameterExceptionHandler((problem, arguments) -> {
            err.println("komodo-sync: " + problem.getMessage());
            problem.getCommandLine().usage(err);
            return ExitCode.ERRORS;
        });
        command.setExecutionStrategy(parsed -> Plugins.run(parsed, top.pluginFolders(), environment, err));
        command.setExecutionExceptionHandler((failure, commandLine, parsed) -> {
            if (failure instanceof KindRegistrationException badPlugin) {
                err.println("komodo-sync: " + badPlugin.getMessage());
                return ExitCode.ERRORS;
            }
            err.println("komodo-sync: internal error: " + failure);
            err.println("This is a bug in komodo-sync; please report it with the command that caused it.");
            return ExitCode.ERRORS;
        });
        return command.execute(args);
    }
}
