package dev.komodosync.diff.export;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Declaration;
import java.util.List;

/**
 * What an export writes (behaviour §11): resources, variables, user groups, only resources
 * carrying every given tag, and whether the values of secret variables are written. Immutable;
 * build with {@link #builder()}.
 *
 * @param includeResources whether resources are exported
 * @param includeVariables whether variables are exported
 * @param includeUserGroups whether user groups are exported
 * @param includeSecrets whether secret values are written: secret variables' values and every
 *     secret-bearing field of a resource ({@code passkey}, {@code webhook_secret},
 *     {@code secret_args}, git and registry {@code token}s, alerter endpoint URLs); without, a
 *     secret variable is declared without a value, which komodo-sync plans as "keep the existing
 *     value", and a resource's secret field is left out
 * @param matchTags tags every exported resource must carry
 * @param existing the sync files as they are, whose {@code deploy} and {@code after} an export of
 *     a snapshot keeps (Komodo does not store them)
 */
public record ExportOptions(
        boolean includeResources,
        boolean includeVariables,
        boolean includeUserGroups,
        boolean includeSecrets,
        List<String> matchTags,
        Declaration existing) {

    /** Checks and copies the arguments. */
    public ExportOptions {
        matchTags = List.copyOf(matchTags);
        requireNonNull(existing, "existing");
    }

    /** Resources only, no secrets. */
    public static ExportOptions defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ExportOptions}. */
    public static final class Builder {
        private boolean includeResources = true;
        private boolean includeVariables;
        private boolean includeUserGroups;
        private boolean includeSecrets;
        private List<String> matchTags = List.of();
        private Declaration existing = Declaration.empty();

        private Builder() {}

        /** Whether resources are exported; default true. */
        public Builder includeResources(boolean value) {
            this.includeResources = value;
            return this;
        }

        /** Whether variables are exported. */
        public Builder includeVariables(boolean value) {
            this.includeVariables = value;
            return this;
        }

        /** Whether user groups are exported. */
        public Builder includeUserGroups(boolean value) {
            this.includeUserGroups = value;
            return this;
        }

        /** Whether secret values (of variables and of resources' secret fields) are written; default false. */
        public Builder includeSecrets(boolean value) {
            this.includeSecrets = value;
            return this;
        }

        /** Tags every exported resource must carry. */
        public Builder matchTags(List<String> value) {
            this.matchTags = List.copyOf(value);
            return this;
        }

        /** The sync files as they are, for {@code deploy} and {@code after}. */
        public Builder existing(Declaration value) {
            this.existing = requireNonNull(value, "existing");
            return this;
        }

        /** The options. */
        public ExportOptions build() {
            return new ExportOptions(includeResources, includeVariables, includeUserGroups, includeSecrets, matchTags,
                    existing);
        }
    }
}
