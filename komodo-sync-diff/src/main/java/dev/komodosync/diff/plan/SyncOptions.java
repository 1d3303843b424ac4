package dev.komodosync.diff.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.komodosync.model.config.ResourceSyncConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a plan is made: the planning options of a Komodo resource sync (behaviour §3), a
 * restriction to some resources (Komodo's "execute single resource/type", §3.8, applied to
 * declared and existing resources alike), the name of the sync that reads these files, and
 * whether warnings are errors. Immutable; build with {@link #builder()}, or mirror a sync with
 * {@link #of(ResourceSyncConfig)}.
 *
 * @param delete whether undeclared resources in scope are deleted
 * @param managed whether the sync is managed, which implies delete (behaviour §3.2)
 * @param includeResources whether resources (and their deploys) are planned
 * @param includeVariables whether variables are planned
 * @param includeUserGroups whether user groups are planned
 * @param matchTags tags every planned resource must carry (all of them)
 * @param only the resources a restricted run covers; empty means all
 * @param selfSync the resource sync that reads these files, so that the plan can flag changes to it
 * @param strict whether warnings are errors
 * @param allowEmpty whether a run that declares no resource may still delete: without it, that is an
 *     error (a wrong path or a folder whose files are missing would otherwise delete everything)
 */
public record SyncOptions(
        boolean delete,
        boolean managed,
        boolean includeResources,
        boolean includeVariables,
        boolean includeUserGroups,
        List<String> matchTags,
        List<Restriction> only,
        Optional<String> selfSync,
        boolean strict,
        boolean allowEmpty) {

    /** Checks and copies the arguments. */
    public SyncOptions {
        matchTags = List.copyOf(matchTags);
        only = List.copyOf(only);
        requireNonNull(selfSync, "selfSync");
    }

    /** Komodo's defaults for a new sync: resources only, no deletes, no restriction. */
    public static SyncOptions defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The planning options of a Komodo resource sync. */
    public static SyncOptions of(ResourceSyncConfig sync) {
        return builder()
                .delete(sync.delete())
                .managed(sync.managed())
                .includeResources(sync.includeResources())
                .includeVariables(sync.includeVariables())
                .includeUserGroups(sync.includeUserGroups())
                .matchTags(sync.matchTags())
                .build();
    }

    /** Whether undeclared resources are deleted: {@code delete || managed} (behaviour §3.1). */
    public boolean deletes() {
        return delete || managed;
    }

    /** Whether the run is restricted to some resources. */
    public boolean restricted() {
        return !only.isEmpty();
    }

    /**
     * One entry of a restricted run: every resource of a kind, or one resource by name.
     *
     * @param kind the kind's TOML key
     * @param name the resource's name, or empty for every resource of the kind
     */
    public record Restriction(String kind, Optional<String> name) {

        /** Checks the arguments. */
        public Restriction {
            requireNonNull(kind, "kind");
            requireNonNull(name, "name");
        }

        /**
         * Reads {@code kind} or {@code kind:name}, as the command line's {@code --only} takes it.
         *
         * @throws IllegalArgumentException when the kind is empty
         */
        public static Restriction parse(String text) {
            int colon = text.indexOf(':');
            String kind = colon < 0 ? text : text.substring(0, colon);
            checkArgument(!kind.isBlank(), "a restriction names a kind: `%s`", text);
            return new Restriction(kind, colon < 0 ? Optional.empty() : Optional.of(text.substring(colon + 1)));
        }

        /** Whether this entry covers {@code name} of kind {@code kindKey}. */
        public boolean covers(String kindKey, String resourceName) {
            return kind.equals(kindKey) && name.map(resourceName::equals).orElse(true);
        }

        /** {@code kind} or {@code kind:name}. */
        @Override
        public String toString() {
            return name.map(n -> kind + ":" + n).orElse(kind);
        }
    }

    /** Builds {@link SyncOptions}. */
    public static final class Builder {
        private boolean delete;
        private boolean managed;
        private boolean includeResources = true;
        private boolean includeVariables;
        private boolean includeUserGroups;
        private List<String> matchTags = List.of();
        private final List<Restriction> only = new ArrayList<>();
        private Optional<String> selfSync = Optional.empty();
        private boolean strict;
        private boolean allowEmpty;

        private Builder() {}

        /** Whether undeclared resources are deleted. */
        public Builder delete(boolean value) {
            this.delete = value;
            return this;
        }

        /** Whether the sync is managed (implies delete). */
        public Builder managed(boolean value) {
            this.managed = value;
            return this;
        }

        /** Whether resources are planned; default true. */
        public Builder includeResources(boolean value) {
            this.includeResources = value;
            return this;
        }

        /** Whether variables are planned. */
        public Builder includeVariables(boolean value) {
            this.includeVariables = value;
            return this;
        }

        /** Whether user groups are planned. */
        public Builder includeUserGroups(boolean value) {
            this.includeUserGroups = value;
            return this;
        }

        /** Tags every planned resource must carry. */
        public Builder matchTags(List<String> value) {
            this.matchTags = List.copyOf(value);
            return this;
        }

        /** Restricts the run to a kind, or to one resource. */
        public Builder only(Restriction value) {
            this.only.add(requireNonNull(value, "restriction"));
            return this;
        }

        /** The resource sync that reads these files. */
        public Builder selfSync(String name) {
            this.selfSync = Optional.of(requireNonNull(name, "name"));
            return this;
        }

        /** Whether warnings are errors. */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /** Whether a run that declares no resource may still delete (false by default). */
        public Builder allowEmpty(boolean value) {
            this.allowEmpty = value;
            return this;
        }

        /** The options. */
        public SyncOptions build() {
            return new SyncOptions(delete, managed, includeResources, includeVariables, includeUserGroups, matchTags, only,
                    selfSync, strict, allowEmpty);
        }
    }
}
