package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.FileText;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.StringList;
import java.util.List;

/**
 * A resource sync's configuration (behaviour §2.11, §3): where its TOML comes from and how it is
 * planned.
 *
 * <p>A sync is only managed by other syncs when {@link #isManagedBySyncs()}: Komodo leaves syncs
 * defined in its UI, or with no source, alone.
 *
 * @param linkedRepo a Komodo repo holding the files
 * @param gitProvider the git provider's domain
 * @param gitHttps whether to clone over HTTPS
 * @param repo the repository, {@code namespace/name}
 * @param branch the branch
 * @param commit a commit to pin
 * @param gitAccount the account to clone with
 * @param webhookEnabled whether the git webhook is accepted
 * @param webhookSecret the git webhook's secret
 * @param filesOnHost whether the files are on Core's host
 * @param resourcePath the files and folders read, relative to the source's root
 * @param managed whether the sync also writes Komodo's state back (implies delete)
 * @param delete whether undeclared resources are deleted
 * @param includeResources whether resources are synced
 * @param matchTags tags every synced resource must carry
 * @param includeVariables whether variables are synced
 * @param includeUserGroups whether user groups are synced
 * @param pendingAlert whether pending changes are alerted
 * @param fileContents the TOML, for syncs defined in Komodo's UI
 */
public record ResourceSyncConfig(
        @Reference("repo") String linkedRepo,
        @Default("github.com") String gitProvider,
        @Default("true") boolean gitHttps,
        String repo,
        @Default("main") String branch,
        String commit,
        String gitAccount,
        @Default("true") boolean webhookEnabled,
        Secret webhookSecret,
        boolean filesOnHost,
        @StringList List<String> resourcePath,
        boolean managed,
        boolean delete,
        @Default("true") boolean includeResources,
        @StringList List<String> matchTags,
        boolean includeVariables,
        boolean includeUserGroups,
        @Default("true") boolean pendingAlert,
        @FileText String fileContents) {

    /** Copies the lists. */
    public ResourceSyncConfig {
        resourcePath = List.copyOf(resourcePath);
        matchTags = List.copyOf(matchTags);
    }

    /**
     * Whether syncs create, update and delete this sync (behaviour §2.11): only when it has no
     * {@code file_contents} and reads its files from the host, a repository or a linked repo.
     */
    public boolean isManagedBySyncs() {
        return fileContents.isEmpty() && (filesOnHost || !repo.isEmpty() || !linkedRepo.isEmpty());
    }
}
