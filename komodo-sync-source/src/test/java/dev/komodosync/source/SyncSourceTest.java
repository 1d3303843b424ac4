package dev.komodosync.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Secret;
import dev.komodosync.model.config.RepoConfig;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SourceOrigin;
import dev.komodosync.parser.SourceText;
import dev.komodosync.parser.SyncLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SyncSource.of}: the source a declared Resource Sync describes (behaviour §1.8), and loading each kind of source. */
class SyncSourceTest {

    @TempDir
    Path folder;

    private static final SyncLoader LOADER = SyncLoader.create();

    private static ResourceSyncConfig sync(String toml) {
        LoadResult loaded = LOADER.loadString("syncs.toml", "[[resource_sync]]\nname = \"s\"\n[resource_sync.config]\n" + toml);
        assertThat(loaded.errors()).isEmpty();
        return loaded.declaration().resources(KomodoKinds.RESOURCE_SYNC).get(0).resource().config();
    }

    private SourceSettings settings() {
        return SourceSettings.builder().syncDirectory(folder.resolve("syncs"))
                .git(GitOptions.builder().cacheDirectory(folder.resolve("cache"))
                        .credentials(GitCredentials.token(Secret.of("tok"))).build())
                .build();
    }

    @Test
    void filesOnHostReadTheSyncsFolderUnderTheSyncDirectory() throws Exception {
        SyncSource source = SyncSource.of("my sync", sync("files_on_host = true\nresource_path = [\"a.toml\"]\nrepo = \"x/y\""),
                settings());

        assertThat(source).isEqualTo(SyncSource.folder(folder.resolve("syncs/my_sync"), List.of("a.toml")));
    }

    @Test
    void anOwnRepoIsKomodosHttpsAddressWithTheAccountAsTheTokensUser() throws Exception {
        SyncSource source = SyncSource.of("s", sync("""
                git_provider = "git.example.com"
                repo = "ops/komodo"
                branch = "prod"
                commit = "abc123"
                git_account = "ops-bot"
                resource_path = ["sync"]
                """), settings());

        assertThat(source).isInstanceOfSatisfying(GitSource.class, git -> {
            assertThat(git.url()).isEqualTo("https://git.example.com/ops/komodo.git");
            assertThat(git.branch()).isEqualTo("prod");
            assertThat(git.commit()).contains("abc123");
            assertThat(git.resourcePaths()).containsExactly("sync");
            assertThat(git.options().credentials()).isEqualTo(GitCredentials.token("ops-bot", Secret.of("tok")));
        });
    }

    @Test
    void gitHttpsOffMeansPlainHttp() throws Exception {
        SyncSource source = SyncSource.of("s", sync("repo = \"a/b\"\ngit_https = false"), settings());

        assertThat(((GitSource) source).url()).isEqualTo("http://github.com/a/b.git");
        assertThat(((GitSource) source).branch()).isEqualTo("main");
        assertThat(((GitSource) source).commit()).isEmpty();
    }

    @Test
    void aLinkedRepoTakesTheDeclaredReposGitSettings() throws Exception {
        LoadResult repos = LOADER.loadString("repos.toml", """
                [[repo]]
                name = "infra"
                [repo.config]
                git_provider = "gitea.lan"
                repo = "me/infra"
                branch = "live"
                """);
        SourceSettings settings = SourceSettings.builder().repos(repos.declaration()).build();

        SyncSource source = SyncSource.of("s", sync("linked_repo = \"infra\"\nrepo = \"ignored/repo\"\nresource_path = [\"x\"]"),
                settings);

        assertThat(source).isInstanceOfSatisfying(GitSource.class, git -> {
            assertThat(git.url()).isEqualTo("https://gitea.lan/me/infra.git");
            assertThat(git.branch()).isEqualTo("live");
            assertThat(git.resourcePaths()).containsExactly("x");
        });
    }

    @Test
    void aLinkedRepoNobodyKnowsIsAClearError() {
        assertThatThrownBy(() -> SyncSource.of("s", sync("linked_repo = \"ghost\""), settings()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("resource sync 's': linked_repo 'ghost' is neither a declared nor an existing repo");
    }

    @Test
    void anEmptyBranchIsAClearErrorNamingTheSync() {
        assertThatThrownBy(() -> SyncSource.of("s", sync("repo = \"a/b\"\nbranch = \"\""), settings()))
                .isInstanceOf(SourceException.class)
                .hasMessage("resource sync 's': a git source needs a branch: https://github.com/a/b.git");
    }

    @Test
    void otherwiseTheInlineContentsAreTheDatabaseFile() throws Exception {
        SyncSource source = SyncSource.of(Resource.of(KomodoKinds.RESOURCE_SYNC, "s",
                sync("file_contents = \"[[variable]]\\nname = \\\"A\\\"\\nvalue = \\\"1\\\"\\n\"")), settings());

        LoadResult loaded = source.load(LOADER);

        assertThat(source).isInstanceOf(InlineSource.class);
        assertThat(loaded.declaration().variables()).hasSize(1);
        assertThat(loaded.files()).containsExactly("database file");
        assertThat(loaded.origin()).contains(SourceOrigin.inline("database file"));
        // No file has that name on disk: the text comes with the result, for diagnostics' lines.
        assertThat(loaded.texts()).containsExactly(
                new SourceText("database file", "[[variable]]\nname = \"A\"\nvalue = \"1\"\n"));
    }

    @Test
    void aHostFolderLoadsItsEntriesAndReportsAMissingOne() throws Exception {
        Files.createDirectories(folder.resolve("root/stacks"));
        Files.writeString(folder.resolve("root/stacks/a.toml"), "[[variable]]\nname = \"A\"\nvalue = \"1\"\n");

        LoadResult loaded = SyncSource.folder(folder.resolve("root"), List.of("stacks", "gone.toml")).load(LOADER);

        assertThat(loaded.declaration().variables()).hasSize(1);
        assertThat(loaded.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.PATH_NOT_FOUND);
        assertThat(loaded.origin().map(SourceOrigin::type)).contains(SourceOrigin.Type.FOLDER);
    }

    @Test
    void aGitSourceLoadsThroughTheLoaderWithItsOriginAndRepositoryPaths() throws Exception {
        try (GitRemote remote = GitRemote.create(folder)) {
            RevCommit commit = remote.commit("main", "Add variables", Map.of(
                    "sync/vars.toml", "[[variable]]\nname = \"A\"\nvalue = \"1\"\nunknown_key = 1\n"));
            GitSource source = GitSource.of(remote.url()).withResourcePaths(List.of("sync"))
                    .withOptions(GitOptions.builder().cacheDirectory(folder.resolve("cache")).build());

            LoadResult loaded = source.load(LOADER);

            assertThat(loaded.declaration().variables()).hasSize(1);
            assertThat(loaded.files()).containsExactly("sync/vars.toml");
            assertThat(loaded.diagnostics()).extracting(d -> d.location().map(l -> l.file()).orElse(""))
                    .contains("sync/vars.toml");
            assertThat(loaded.origin()).contains(SourceOrigin.git(remote.url(), "main", commit.name(), "Add variables"));
        }
    }

    @Test
    void sourcesAreValuesAndTheirTextNeverShowsASecret() {
        GitOptions options = GitOptions.builder().credentials(GitCredentials.token(Secret.of("tok-value"))).build();
        GitSource source = GitSource.of("https://h/r.git").withOptions(options);

        assertThat(source).isEqualTo(GitSource.of("https://h/r.git").withOptions(options));
        assertThat(source.toString()).doesNotContain("tok-value");
        assertThat(GitSource.of("https://h/r.git").resourcePaths()).containsExactly(".");
    }
}
