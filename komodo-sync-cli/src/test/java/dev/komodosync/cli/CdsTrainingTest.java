package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The launcher's class-data training run: a plan and a fetch from a loopback emulator, leaving nothing behind. */
class CdsTrainingTest {

    @Test
    void trainingPlansAndFetchesTheHomelabExampleAndLeavesNoTemporaryFiles() throws IOException {
        Set<String> before = trainingFolders();

        assertThat(CdsTraining.train(Path.of(Cli.ROOT, "examples", "homelab"))).isTrue();

        assertThat(trainingFolders()).isEqualTo(before);
    }

    @Test
    void theLauncherTrainsItsArchiveWithThisClass() throws IOException {
        String launcher = Files.readString(Path.of(Cli.ROOT, "bin", "komodo-sync"));

        assertThat(launcher).contains("-XX:DumpLoadedClassList=\"$classes\" -cp \"$jar\" " + CdsTraining.class.getName());
    }

    @Test
    void trainingIsNotACommandOfTheHelp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        Main.run(new String[] {"--help"}, print, print, Map.of(), false);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("snapshot").doesNotContainIgnoringCase("train");
    }

    private static Set<String> trainingFolders() throws IOException {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "komodo-sync-cds*")) {
            folders.forEach(folder -> names.add(folder.getFileName().toString()));
        }
        return names;
    }
}
