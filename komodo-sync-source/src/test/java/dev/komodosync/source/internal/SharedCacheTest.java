package dev.komodosync.source.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.source.GitOptions;
import dev.komodosync.source.GitRemote;
import dev.komodosync.source.GitSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two processes (this JVM and a second one) sharing one cache. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SharedCacheTest {

    @TempDir
    Path folder;

    private GitRemote remote;
    private Path cache;

    @BeforeEach
    void remote() throws Exception {
        remote = GitRemote.create(folder);
        cache = folder.resolve("cache");
    }

    @AfterEach
    void close() {
        remote.close();
    }

    @Test
    void aSecondProcessWaitsForTheLockAndGivesUpWithAClearError() throws Exception {
        remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        CacheEntry entry = CacheEntry.of(cache, remote.url(), "main", "latest");

        Result other;
        try (CacheEntry.Held held = entry.lock(Duration.ofSeconds(5))) {
            assertThat(held).isNotNull();
            other = runOther("1500");
        }

        assertThat(other.exitCode()).isEqualTo(3);
        assertThat(other.output()).startsWith("error repo " + remote.url() + " (branch 'main'): the cache ")
                .contains("stayed in use by another process");
    }

    @Test
    void twoProcessesReadingAtOnceBothGetTheCommit() throws Exception {
        RevCommit commit = remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        Process process = start("60000");

        GitSource source = GitSource.of(remote.url()).withOptions(GitOptions.builder().cacheDirectory(cache).build());
        String here = source.read().origin().commit().orElseThrow();
        Result other = finish(process);

        assertThat(here).isEqualTo(commit.name());
        assertThat(other.exitCode()).isZero();
        assertThat(other.output()).isEqualTo("commit " + commit.name());
        assertThat(GitSource.of(remote.url()).withOptions(GitOptions.builder().cacheDirectory(cache).build()).read()
                .origin().commit()).contains(commit.name());
    }

    @Test
    void aLockHeldByAProcessThatDiedIsFreeAgain() throws Exception {
        RevCommit commit = remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CacheUser.class.getName(), "hold", cache.toString(), remote.url())).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals("holding"));
            assertThat(line).isEqualTo("holding");
            GitSource waiting = GitSource.of(remote.url()).withOptions(GitOptions.builder().cacheDirectory(cache)
                    .lockTimeout(Duration.ofMillis(300)).build());
            assertThatThrownBy(waiting::read).hasMessageContaining("stayed in use by another process");
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        GitSource source = GitSource.of(remote.url()).withOptions(GitOptions.builder().cacheDirectory(cache)
                .lockTimeout(Duration.ofSeconds(10)).build());

        assertThat(source.read().origin().commit()).contains(commit.name());
    }

    private record Result(int exitCode, String output) {}

    private Result runOther(String lockTimeoutMillis) throws IOException, InterruptedException {
        return finish(start(lockTimeoutMillis));
    }

    private Process start(String lockTimeoutMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CacheUser.class.getName(), cache.toString(), remote.url(), lockTimeoutMillis))
                .redirectErrorStream(true)
                .start();
    }

    private static Result finish(Process process) throws IOException, InterruptedException {
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the second process did not finish in 90 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        // The last line is the answer; anything before it (a JVM warning) is not.
        String[] lines = output.split("\n");
        return new Result(process.exitValue(), lines[lines.length - 1].strip());
    }
}
