package dev.komodosync.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.source.GitRemote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a repository never runs a {@code git} binary — not even the one JGit's default reader
 * runs to find the system-wide configuration: a second JVM gets a {@code git} on its {@code PATH}
 * that only leaves a mark when run.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NoGitBinaryTest {

    @TempDir
    Path folder;

    @Test
    void jgitsDefaultReaderWouldRunTheGitOnThePath() throws Exception {
        Path mark = folder.resolve("git-ran");

        String output = run(mark, "system-config");

        assertThat(output).endsWith("done");
        assertThat(mark).as("the control: JGit's own reader runs git").exists();
    }

    @Test
    void readingARepositoryRunsNoGit() throws Exception {
        Path mark = folder.resolve("git-ran");
        RevCommit commit;
        String url;
        try (GitRemote remote = GitRemote.create(folder.resolve("remote"))) {
            commit = remote.commit("main", "one", Map.of("a.toml", "# one\n"));
            url = remote.url();
        }

        String output = run(mark, folder.resolve("cache").toString(), url, "10000");

        assertThat(output).isEqualTo("commit " + commit.name());
        assertThat(mark).doesNotExist();
    }

    private String run(Path mark, String... arguments) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path git = bin.resolve("git");
        Files.writeString(git, "#!/bin/sh\necho ran >> '" + mark + "'\nexit 1\n");
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwxr-xr-x"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CacheUser.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().remove("GIT_CONFIG_NOSYSTEM");
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the second process did not finish in 90 s");
        }
        String[] lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
