package dev.komodosync.source;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.config.RepoConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link SyncSource#of(String, dev.komodosync.model.config.ResourceSyncConfig, SourceSettings)}
 * needs besides the sync's own configuration: Core's sync directory (for {@code files_on_host}),
 * the repos a {@code linked_repo} may name, and the git options.
 *
 * @param syncDirectory Core's {@code sync_directory} (Komodo's default: {@code /syncs})
 * @param repos repos by name — and, for existing ones, by id, as a stored {@code linked_repo} holds an id
 * @param git how git sources are read
 */
public record SourceSettings(Path syncDirectory, Map<String, RepoConfig> repos, GitOptions git) {

    /** Checks and copies the arguments. */
    public SourceSettings {
        requireNonNull(syncDirectory, "syncDirectory");
        repos = Map.copyOf(repos);
        requireNonNull(git, "git");
    }

    /** The defaults: {@code /syncs}, no repos, {@link GitOptions#defaults()}. */
    public static SourceSettings defaults() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The repo {@code nameOrId} names. */
    public Optional<RepoConfig> repo(String nameOrId) {
        return Optional.ofNullable(repos.get(nameOrId));
    }

    /** Configures {@link SourceSettings}. */
    public static final class Builder {
        private Path syncDirectory = Path.of("/syncs");
        private final Map<String, RepoConfig> repos = new LinkedHashMap<>();
        private GitOptions git = GitOptions.defaults();

        private Builder() {}

        /** Core's {@code sync_directory}. */
        public Builder syncDirectory(Path value) {
            this.syncDirectory = requireNonNull(value, "syncDirectory");
            return this;
        }

        /** A repo a {@code linked_repo} may name. */
        public Builder repo(String name, RepoConfig config) {
            repos.put(requireNonNull(name, "name"), requireNonNull(config, "config"));
            return this;
        }

        /** The existing repos, by id and by name (declared repos given later win on a name). */
        public Builder repos(Snapshot snapshot) {
            for (ExistingResource<RepoConfig> repo : snapshot.resources(KomodoKinds.REPO)) {
                repos.put(repo.id(), repo.resource().config());
                repos.put(repo.name(), repo.resource().config());
            }
            return this;
        }

        /** The declared repos, by name. */
        public Builder repos(Declaration declaration) {
            for (DeclaredResource<RepoConfig> repo : declaration.resources(KomodoKinds.REPO)) {
                repos.put(repo.name(), repo.resource().config());
            }
            return this;
        }

        /** How git sources are read. */
        public Builder git(GitOptions value) {
            this.git = requireNonNull(value, "git");
            return this;
        }

        /** The settings. */
        public SourceSettings build() {
            return new SourceSettings(syncDirectory, repos, git);
        }
    }
}
