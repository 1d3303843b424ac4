package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** What the entry point does before and beside reading the command line. */
class StartUpTest {

    private static final String HOMELAB = Cli.example("homelab/sync");
    private static final String HOMELAB_STATE = Cli.example("homelab/snapshot.json");

    @Test
    void noOptionOfAnyCommandHasATypeWhoseConverterTheEntryPointLeavesOut() {
        // Not vacuous: the pattern names the converters picocli registers by reflection.
        assertThat("java.time.Duration").matches(Main.UNUSED_CONVERTERS);
        assertThat("java.sql.Timestamp").matches(Main.UNUSED_CONVERTERS);
        assertThat("java.nio.file.Path").doesNotMatch(Main.UNUSED_CONVERTERS);
        assertThat(Main.UNUSED_CONVERTERS).as("picocli splits the property at commas").doesNotContain(",");

        List<String> types = new ArrayList<>();
        for (CommandSpec spec : everyCommand()) {
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                types.add(arg.type().getName());
                for (Class<?> auxiliary : arg.auxiliaryTypes()) {
                    types.add(auxiliary.getName());
                }
            }
        }
        assertThat(types).contains("java.nio.file.Path", "java.lang.Integer", "boolean")
                .noneMatch(type -> type.matches(Main.UNUSED_CONVERTERS));
    }

    @Test
    void noCommandIsScannedForMethodSubcommands() {
        assertThat(everyCommand()).hasSize(Main.SUBCOMMANDS.size() + 1)
                .allSatisfy(spec -> assertThat(spec.isAddMethodSubcommands()).as(spec.name()).isFalse());
    }

    @Test
    void thePicocliPropertiesAreSetOnlyWhereNoDashDSetThemAlready() {
        String excludes = System.getProperty(Main.CONVERTER_EXCLUDES);
        String closures = System.getProperty(Main.NO_CLOSURES);
        try {
            System.clearProperty(Main.CONVERTER_EXCLUDES);
            System.setProperty(Main.NO_CLOSURES, "false");
            Main.skipUnusedPicocliSetUp();
            assertThat(System.getProperty(Main.CONVERTER_EXCLUDES)).isEqualTo(Main.UNUSED_CONVERTERS);
            assertThat(System.getProperty(Main.NO_CLOSURES)).isEqualTo("false");

            System.setProperty(Main.CONVERTER_EXCLUDES, "java\\.sql\\..+");
            System.clearProperty(Main.NO_CLOSURES);
            Main.skipUnusedPicocliSetUp();
            assertThat(System.getProperty(Main.CONVERTER_EXCLUDES)).isEqualTo("java\\.sql\\..+");
            assertThat(System.getProperty(Main.NO_CLOSURES)).isEqualTo("true");

            // The commands still read every kind of option with the converters left out.
            Main.skipUnusedPicocliSetUp();
            System.setProperty(Main.CONVERTER_EXCLUDES, Main.UNUSED_CONVERTERS);
            Cli plan = Cli.run("plan", HOMELAB, "--state", HOMELAB_STATE, "--format", "json", "--only", "stack");
            assertThat(plan.exitCode()).as(plan.err()).isEqualTo(2);
            assertThat(plan.out()).startsWith("{\n  \"format_version\"");
        } finally {
            restore(Main.CONVERTER_EXCLUDES, excludes);
            restore(Main.NO_CLOSURES, closures);
        }
    }

    @Test
    void aCommandAfterTheStartUpThreadGivesWhatOneWithoutItGives() {
        StartUp startUp = StartUp.begin();
        String[] args = {"plan", HOMELAB, "--state", HOMELAB_STATE, "--format", "json"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false, startUp);
        Cli without = Cli.run(args);

        assertThat(code).isEqualTo(without.exitCode()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(without.out());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(without.err());
        assertThat(startUpThreadAlive()).isFalse();
    }

    @Test
    void awaitingTheStartUpKeepsAnInterruptAndStillWaits() {
        StartUp startUp = StartUp.begin();
        Thread.currentThread().interrupt();
        startUp.awaitDone();
        assertThat(Thread.interrupted()).isTrue();
        assertThat(startUpThreadAlive()).isFalse();
        StartUp.NONE.awaitDone();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    private static boolean startUpThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("komodo-sync-start-up") && thread.isAlive());
    }

    private static List<CommandSpec> everyCommand() {
        Console console = new Console(System.out, System.err, false, false, Map.of());
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(new CommandLine(new KomodoSyncCommand(console)).getCommandSpec());
        for (String name : Main.SUBCOMMANDS) {
            specs.add(new CommandLine(Main.subcommand(name, console, InputStream.nullInputStream(), Map.of()))
                    .getCommandSpec());
        }
        return specs;
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
