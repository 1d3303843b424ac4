package dev.komodosync.parser;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a load's files came from — a folder on the host, a git commit, or a sync's inline
 * contents — so that a plan can say what it was made from (the plan JSON's {@code source}).
 * It never holds a credential: a git location is the repository's address without them.
 *
 * @param type the kind of source
 * @param location the folder, the repository's address, or the inline contents' name
 * @param branch the git branch, for a git source
 * @param commit the full hash of the commit read, for a git source
 * @param message the first line of that commit's message, for a git source
 */
public record SourceOrigin(
        Type type, String location, Optional<String> branch, Optional<String> commit, Optional<String> message) {

    /** The kinds of source. */
    public enum Type {
        /** Files and folders on the host. */
        FOLDER,
        /** A commit of a git repository. */
        GIT,
        /** Contents given as text (a sync defined in Komodo's UI). */
        INLINE;

        /** The lower-case name the plan JSON writes ({@code folder}, {@code git}, {@code inline}). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the arguments. */
    public SourceOrigin {
        requireNonNull(type, "type");
        requireNonNull(location, "location");
        requireNonNull(branch, "branch");
        requireNonNull(commit, "commit");
        requireNonNull(message, "message");
    }

    /** Files read from {@code folder} on the host. */
    public static SourceOrigin folder(String folder) {
        return new SourceOrigin(Type.FOLDER, folder, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Files read from commit {@code commit} (its message's first line {@code message}) of {@code branch} of {@code repository}. */
    public static SourceOrigin git(String repository, String branch, String commit, String message) {
        return new SourceOrigin(Type.GIT, repository, Optional.of(branch), Optional.of(commit), Optional.of(message));
    }

    /** Contents given as text, named {@code name}. */
    public static SourceOrigin inline(String name) {
        return new SourceOrigin(Type.INLINE, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** One line for people: {@code git https://example.com/ops/sync.git main @ 1a2b3c4d5e6f: Add immich}. */
    public String describe() {
        StringBuilder text = new StringBuilder(type.key()).append(' ').append(location);
        branch.ifPresent(b -> text.append(' ').append(b));
        commit.ifPresent(c -> text.append(" @ ").append(c, 0, Math.min(12, c.length())));
        message.filter(m -> !m.isEmpty()).ifPresent(m -> text.append(": ").append(m));
        return text.toString();
    }
}
