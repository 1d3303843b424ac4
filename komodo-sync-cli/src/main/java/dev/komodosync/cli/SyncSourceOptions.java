package dev.komodosync.cli;

import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import dev.komodosync.source.GitOptions;
import dev.komodosync.source.GitSource;
import dev.komodosync.source.SourceException;
import dev.komodosync.source.SourceSettings;
import dev.komodosync.source.SyncSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the sync files come from, besides folders: a git repository ({@code --git}), or the
 * source a declared Resource Sync names ({@code --sync} in {@code --sync-file}), with the git
 * cache and credentials. Secrets come from files or the environment, never from a flag's value
 * (which would land in the shell's history).
 */
final class SyncSourceOptions {

    @Option(names = "--git", paramLabel = "<url>",
            description = "Read the files from this git repository (https, ssh, file); with --sync: from this address"
                    + " instead of the declared one (a mirror, or the local checkout in CI).")
    String git;

    @Option(names = "--branch", paramLabel = "<branch>", description = "The branch to read (default: main, or the sync's).")
    String branch;

    @Option(names = "--commit", paramLabel = "<hash>", description = "A commit of the branch to read instead of its tip.")
    String commit;

    @Option(names = "--path", paramLabel = "<path>",
            description = "A file or folder in the repository to read (repeatable; default: all of it).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--sync", paramLabel = "<name>",
            description = "Read the files a declared Resource Sync reads, and plan with its options (delete, match_tags,"
                    + " include_*), as Komodo runs it.")
    String sync;

    @Option(names = "--sync-file", paramLabel = "<file-or-dir>",
            description = "Where --sync and the repos its linked_repo may name are declared (repeatable).")
    List<Path> syncFiles = new ArrayList<>();

    @Option(names = "--sync-directory", paramLabel = "<dir>",
            description = "Core's sync directory, for a sync with files_on_host (default: /syncs).")
    Path syncDirectory = Path.of("/syncs");

    @Mixin
    GitAccessOptions access = new GitAccessOptions();

    /** What was loaded, and the declared sync it came from (with {@code --sync}). */
    record Loaded(LoadResult files, Optional<DeclaredResource<ResourceSyncConfig>> sync) {

        /** The sync's planning options, as Komodo runs it (behaviour §3): delete when managed, and the sync itself as self. */
        void applyTo(SyncOptions.Builder options) {
            if (sync.isPresent()) {
                DeclaredResource<ResourceSyncConfig> declared = sync.get();
                ResourceSyncConfig config = declared.resource().config();
                options.delete(config.delete())
                        .managed(config.managed())
                        .includeResources(config.includeResources())
                        .includeVariables(config.includeVariables())
                        .includeUserGroups(config.includeUserGroups())
                        .matchTags(config.matchTags())
                        .selfSync(declared.name());
            }
        }
    }

    /** Thrown for a problem to print and exit 1 on: a usage mistake, or a source that cannot be read. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** The files, from the folders, the repository or the declared sync; no existing repos for a linked_repo. */
    Loaded load(List<Path> given, SyncLoader loader, Console console) throws Failure {
        return load(given, loader, console, Optional::empty);
    }

    /**
     * The files, from the folders, the repository or the declared sync, whose {@code linked_repo}
     * may also name a repo of {@code existing} (asked for only then).
     */
    Loaded load(List<Path> given, SyncLoader loader, Console console, Supplier<Optional<Snapshot>> existing)
            throws Failure {
        List<Path> folders = given == null ? List.of() : given;
        int chosen = (folders.isEmpty() ? 0 : 1) + (sync != null ? 1 : 0) + (git != null && sync == null ? 1 : 0);
        if (chosen != 1) {
            throw new Failure("give sync folders or files, or --git <url>, or --sync <name> --sync-file <file>");
        }
        if (sync == null && git == null && (branch != null || commit != null || !paths.isEmpty())) {
            throw new Failure("--branch, --commit and --path go with --git");
        }
        try {
            if (!folders.isEmpty()) {
                return new Loaded(loader.load(folders), Optional.empty());
            }
            if (sync == null) {
                GitSource source = GitSource.of(git).withBranch(branch == null ? "main" : branch)
                        .withResourcePaths(paths.isEmpty() ? List.of(".") : paths).withOptions(gitOptions(console));
                return new Loaded((commit == null ? source : source.withCommit(commit)).load(loader), Optional.empty());
            }
            return loadSync(loader, console, existing);
        } catch (SourceException unreadable) {
            throw new Failure(unreadable.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw new Failure(invalid.getMessage());
        }
    }

    private Loaded loadSync(SyncLoader loader, Console console, Supplier<Optional<Snapshot>> existing)
            throws Failure, SourceException {
        if (syncFiles.isEmpty()) {
            throw new Failure("--sync needs --sync-file, the file that declares it");
        }
        LoadResult declarations = loader.load(syncFiles);
        if (declarations.hasErrors()) {
            declarations.errors().forEach(error -> console.err().println(error));
            throw new Failure("the --sync-file has errors");
        }
        List<DeclaredResource<ResourceSyncConfig>> syncs = declarations.declaration().resources(KomodoKinds.RESOURCE_SYNC);
        DeclaredResource<ResourceSyncConfig> declared = syncs.stream().filter(s -> s.name().equals(sync)).findFirst()
                .orElseThrow(() -> new Failure("no resource_sync named '" + sync + "' in " + syncFiles + "; declared: "
                        + syncs.stream().map(DeclaredResource::name).toList()));
        SourceSettings.Builder settings = SourceSettings.builder().syncDirectory(syncDirectory).git(gitOptions(console));
        if (!declared.resource().config().linkedRepo().isEmpty()) {
            existing.get().ifPresent(settings::repos);
        }
        settings.repos(declarations.declaration()); // a declared repo wins over an existing one of its name
        SyncSource source = SyncSource.of(declared.resource(), settings.build());
        if (git != null || branch != null || commit != null || !paths.isEmpty()) {
            if (!(source instanceof GitSource declaredGit)) {
                throw new Failure("resource sync '" + sync + "' reads no repository: --git, --branch, --commit and --path"
                        + " do not apply to it");
            }
            GitSource changed = new GitSource(git == null ? declaredGit.url() : git,
                    branch == null ? declaredGit.branch() : branch,
                    commit == null ? declaredGit.commit() : Optional.of(commit),
                    paths.isEmpty() ? declaredGit.resourcePaths() : paths, declaredGit.options());
            source = changed;
        }
        return new Loaded(source.load(loader), Optional.of(declared));
    }

    private GitOptions gitOptions(Console console) throws Failure {
        return access.gitOptions(console);
    }
}
