/**
 * Where a Resource Sync's files come from (behaviour §1.6, §1.8): a {@link
 * dev.komodosync.source.HostFolder folder on the host}, a {@link dev.komodosync.source.GitSource git
 * repository} read with JGit (cloned once into a cache, then fetched), or {@link
 * dev.komodosync.source.InlineSource inline contents}. {@link
 * dev.komodosync.source.SyncSource#of(String, dev.komodosync.model.config.ResourceSyncConfig,
 * dev.komodosync.source.SourceSettings)} gives the source a declared {@code [[resource_sync]]}
 * describes.
 *
 * <pre>{@code
 * GitSource source = GitSource.of("https://github.com/acme/komodo-sync.git")
 *         .withBranch("main")
 *         .withResourcePaths(List.of("sync"))
 *         .withOptions(GitOptions.builder().credentials(GitCredentials.token(token)).build());
 * LoadResult files = source.load(SyncLoader.create());   // files.origin(): the commit read
 * }</pre>
 *
 * <p>Credentials never appear in an exception, a diagnostic, a log line or a {@code toString()}.
 * Classes in {@code dev.komodosync.source.internal} are not API.
 */
package dev.komodosync.source;
