package dev.komodosync.serve;

import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import dev.komodosync.source.GitOptions;
import dev.komodosync.source.GitRemote;
import dev.komodosync.source.GitSource;
import dev.komodosync.source.SourceException;
import dev.komodosync.source.SourceSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Sync files and declared syncs for the tests. */
public final class Fixture {

    /** A server the sync files declare; the emulator starts without it, so a plan creates it. */
    public static final String ONE_SERVER = """
            [[server]]
            name = "edge-1"
            [server.config]
            address = "https://127.0.0.1:8120"
            """;

    /** Two servers. */
    public static final String TWO_SERVERS = ONE_SERVER + """

            [[server]]
            name = "edge-2"
            [server.config]
            address = "https://127.0.0.1:8121"
            """;

    /** A file that does not parse. */
    public static final String BROKEN = "[[server]\nname = \n";

    private Fixture() {}

    /** The files of a first commit: one server under {@code sync/}. */
    public static Map<String, String> files(String servers) {
        return Map.of("sync/servers.toml", servers);
    }

    /** A {@code [[resource_sync]]} named {@code name} with {@code extra} config lines, declared in TOML. */
    public static String syncToml(String name, String extra) {
        return "[[resource_sync]]\nname = \"" + name + "\"\n[resource_sync.config]\nrepo = \"acme/" + name
                + "\"\nresource_path = [\"sync\"]\n" + extra + "\n";
    }

    /** The declared sync of {@link #syncToml}. */
    public static DeclaredResource<ResourceSyncConfig> declared(String name, String extra) {
        LoadResult loaded = SyncLoader.create().loadString("syncs.toml", syncToml(name, extra));
        if (loaded.hasErrors()) {
            throw new IllegalStateException(loaded.errors().toString());
        }
        return loaded.declaration().resources(KomodoKinds.RESOURCE_SYNC).get(0);
    }

    /** Sync {@code name} reading {@code remote} instead of its declared repository, cached under {@code cache}. */
    public static SyncDefinition sync(String name, String extra, GitRemote remote, Path cache) throws SourceException {
        SyncDefinition declared = SyncDefinition.of(declared(name, extra), SourceSettings.defaults());
        GitSource git = (GitSource) declared.source();
        return declared.withSource(GitSource.of(remote.url()).withBranch(git.branch())
                .withResourcePaths(List.of("sync")).withOptions(GitOptions.builder().cacheDirectory(cache).build()));
    }
}
