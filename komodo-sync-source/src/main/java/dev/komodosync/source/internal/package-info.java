/**
 * The implementation of the sync sources: the git cache (its lock and its repair), fetching with
 * JGit, reading files from a commit, and scrubbing credentials from JGit's messages. Not API: it
 * may change in any release.
 */
package dev.komodosync.source.internal;
