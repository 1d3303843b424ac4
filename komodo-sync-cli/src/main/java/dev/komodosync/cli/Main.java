package dev.komodosync.cli;

import dev.komodosync.model.KindRegistrationException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The {@code komodo-sync} command. Exit codes, as {@code terraform plan -detailed-exitcode}:
 * 0 valid and nothing to do, 2 valid with changes, 1 errors (including I/O and usage errors).
 */
public final class Main {

    /** The subcommands, in the order help lists them. */
    static final List<String> SUBCOMMANDS =
            List.of("validate", "plan", "apply", "export", "snapshot", "emulator", "schema", "serve");

    private Main() {}

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        // A command line without a subcommand (--version, --help, a usage error) has no use for it.
        StartUp startUp = subcommandNamed(args).isPresent() ? StartUp.begin() : StartUp.NONE;
        skipUnusedPicocliSetUp();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err, System.getenv(), System.console() != null, startUp);
        QuickExit.stopHttpSelectors();
        System.exit(code);
    }

    /**
     * The picocli system property of the built-in converters this CLI does without: its options
     * are strings, paths, numbers, flags and enums, never a {@code java.time} or {@code java.sql}
     * type. Each of those converters is registered by loading and initialising its class, on the
     * start-up path of every command (~8 ms of a cold run, {@code MonthDay}'s formatter most).
     */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    /** The regex (one, so no comma) of the converters' classes {@link #CONVERTER_EXCLUDES} names. */
    static final String UNUSED_CONVERTERS = "java\\.(time|sql)\\..+";
    /**
     * The picocli system property that stops its default factory looking for Groovy's closure
     * class, which is never there: a failed class lookup on every cold run.
     */
    static final String NO_CLOSURES = "picocli.disable.closures";

    /**
     * Sets the picocli system properties that skip set-up work this CLI does not need, unless
     * they are set already (by {@code -D}). Only the process's entry point calls this: an
     * embedder's picocli keeps its own configuration.
     */
    static void skipUnusedPicocliSetUp() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
    }

    /**
     * Runs the command with the given streams and environment, and returns its exit code; the
     * entry point tests call. What the command writes to the streams is UTF-8 (a plan is written
     * to {@code out} as UTF-8 bytes), as {@link #main} makes the process's streams.
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
        return run(args, in, out, err, environment, terminal, StartUp.NONE);
    }

    /**
     * Runs the command as {@link #run(String[], java.io.InputStream, PrintStream, PrintStream, Map, boolean)}
     * does, touching the model only once {@code startUp} is done.
     */
    static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err,
            Map<String, String> environment, boolean terminal, StartUp startUp) {
        Console console = new Console(out, err, terminal && !environment.containsKey("NO_COLOR"), terminal, environment);
        KomodoSyncCommand top = new KomodoSyncCommand(console);
        CommandLine command = new CommandLine(top);
        // picocli reads a command's annotations when it is added (about 100 ms cold for all eight):
        // a command line that names its subcommand gets only that one; help, version and usage
        // errors, which list them all, get all.
        Optional<String> named = subcommandNamed(args);
        for (String name : SUBCOMMANDS) {
            if (named.isEmpty() || named.get().equals(name)) {
                command.addSubcommand(subcommand(name, console, in, environment));
            }
        }
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        Handlers handlers = new Handlers(top, environment, err, startUp);
        command.setParameterExceptionHandler(handlers);
        command.setExecutionStrategy(handlers);
        command.setExecutionExceptionHandler(handlers);
        return command.execute(args);
    }

    /**
     * How a parsed command line runs, and what a usage error or a failure prints. One named class
     * rather than three lambdas: picocli's interfaces are Java 5 classes, which class-data sharing
     * cannot archive, so lambdas implementing them were spun anew by every run
     * (docs/architecture.md, "Start-up path").
     */
    private static final class Handlers implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionStrategy, CommandLine.IExecutionExceptionHandler {
        private final KomodoSyncCommand top;
        private final Map<String, String> environment;
        private final PrintStream err;
        private final StartUp startUp;

        Handlers(KomodoSyncCommand top, Map<String, String> environment, PrintStream err, StartUp startUp) {
            this.top = top;
            this.environment = environment;
            this.err = err;
            this.startUp = startUp;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException problem, String[] arguments) {
            err.println("komodo-sync: " + problem.getMessage());
            problem.getCommandLine().usage(err);
            return ExitCode.ERRORS;
        }

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            return Plugins.run(parsed, top.pluginFolders(), environment, err, startUp);
        }

        @Override
        public int handleExecutionException(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
            if (failure instanceof KindRegistrationException badPlugin) {
                err.println("komodo-sync: " + badPlugin.getMessage());
                return ExitCode.ERRORS;
            }
            err.println("komodo-sync: internal error: " + failure);
            err.println("This is a bug in komodo-sync; please report it with the command that caused it.");
            return ExitCode.ERRORS;
        }
    }

    /** The subcommand called {@code name} (one of {@link #SUBCOMMANDS}). */
    static Object subcommand(String name, Console console, java.io.InputStream in, Map<String, String> environment) {
        return switch (name) {
            case "validate" -> new ValidateCommand(console);
            case "plan" -> new PlanCommand(console);
            case "apply" -> new ApplyCommand(console, in);
            case "export" -> new ExportCommand(console);
            case "snapshot" -> new SnapshotCommand(console);
            case "emulator" -> new EmulatorCommand(console, environment);
            case "schema" -> new SchemaCommand(console);
            case "serve" -> new ServeCommand(console);
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /**
     * The subcommand {@code args} run, when that is certain before parsing: the first argument
     * that is not {@code --plugins} (with its folder) names one. Anything else — another option
     * first, an {@code @file} of arguments, no subcommand — is left to the parser, with every
     * subcommand known.
     */
    static Optional<String> subcommandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--plugins")) {
                i++;
            } else if (!arg.startsWith("--plugins=")) {
                return SUBCOMMANDS.contains(arg) ? Optional.of(arg) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
