package dev.komodosync.model.execution;

import dev.komodosync.model.meta.NamePattern;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.List;

/**
 * Executions on repos (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface RepoExecution extends Execution
        permits RepoExecution.CloneRepo,
                RepoExecution.BatchCloneRepo,
                RepoExecution.PullRepo,
                RepoExecution.BatchPullRepo,
                RepoExecution.BuildRepo,
                RepoExecution.BatchBuildRepo,
                RepoExecution.CancelRepoBuild {

    /**
     * Clones a repo.
     */
    record CloneRepo(@Required @Reference("repo") String repo) implements RepoExecution {}

    /**
     * Clones every repo whose name matches.
     */
    record BatchCloneRepo(
            @Required @NamePattern(value = "repo", split = true) String pattern,
            List<String> tags) implements RepoExecution {

        /** Copies the collections. */
        public BatchCloneRepo {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Pulls a repo.
     */
    record PullRepo(@Required @Reference("repo") String repo) implements RepoExecution {}

    /**
     * Pulls every repo whose name matches.
     */
    record BatchPullRepo(
            @Required @NamePattern(value = "repo", split = true) String pattern,
            List<String> tags) implements RepoExecution {

        /** Copies the collections. */
        public BatchPullRepo {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Clones a repo on its builder.
     */
    record BuildRepo(@Required @Reference("repo") String repo) implements RepoExecution {}

    /**
     * Builds every repo whose name matches.
     */
    record BatchBuildRepo(
            @Required @NamePattern(value = "repo", split = true) String pattern,
            List<String> tags) implements RepoExecution {

        /** Copies the collections. */
        public BatchBuildRepo {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Cancels a running repo build.
     */
    record CancelRepoBuild(@Required @Reference("repo") String repo) implements RepoExecution {}
}
