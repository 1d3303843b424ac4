package dev.komodosync.source.internal;

import dev.komodosync.source.GitOptions;
import dev.komodosync.source.GitSource;
import dev.komodosync.source.SourceException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A second process using the cache: {@code CacheUser <cache> <url> <lock timeout ms>} reads the
 * repository's {@code main} and prints {@code commit <hash>} (exit 0), or {@code error <message>}
 * (exit 3); {@code CacheUser hold <cache> <url>} takes the lock of the repository's {@code main}
 * entry, prints {@code holding}, and waits to be killed; {@code CacheUser system-config} has JGit's
 * default reader look for the system-wide git configuration.
 */
public final class CacheUser {

    private CacheUser() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("system-config")) {
            // CacheUser system-config: asks JGit's own reader for the system-wide configuration.
            org.eclipse.jgit.util.SystemReader.getInstance().getSystemConfig();
            System.out.println("done");
            return;
        }
        if (args[0].equals("hold")) {
            // CacheUser hold <cache> <url>: takes the entry's lock, says so, and waits to be killed.
            CacheEntry.Held held = CacheEntry.of(Path.of(args[1]), args[2], "main", "latest").lock(Duration.ofSeconds(30));
            System.out.println(held == null ? "busy" : "holding");
            Thread.sleep(120_000);
            return;
        }
        GitOptions options = GitOptions.builder().cacheDirectory(Path.of(args[0]))
                .lockTimeout(Duration.ofMillis(Long.parseLong(args[2]))).build();
        try {
            GitSource source = GitSource.of(args[1]).withOptions(options);
            System.out.println("commit " + source.read().origin().commit().orElseThrow());
            System.exit(0);
        } catch (SourceException e) {
            System.out.println("error " + e.getMessage());
            System.exit(3);
        }
    }
}
