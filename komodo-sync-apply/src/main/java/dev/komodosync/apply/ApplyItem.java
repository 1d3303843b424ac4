package dev.komodosync.apply;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One thing an apply does: a variable, user-group or resource change, a group's permission on
 * one resource, or a deploy.
 *
 * @param step the step it belongs to
 * @param kind the resource kind's TOML key ({@code deployment}); {@code variable},
 *     {@code user_group}; for a permission, the target's kind
 * @param name what it acts on; for a permission {@code <group> -> <resource>}
 * @param action {@code create}, {@code update}, {@code delete}, {@code set} (a permission) or {@code deploy}
 */
public record ApplyItem(Step step, String kind, String name, String action) {

    /** Checks the arguments. */
    public ApplyItem {
        requireNonNull(step, "step");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(action, "action");
    }

    /** {@code create deployment 'api'}. */
    public String describe() {
        return action + " " + kind + " '" + name + "'";
    }

    /** The steps of an apply, in the order they run. */
    public enum Step {
        /** Variables: creates, updates, deletes. */
        VARIABLES,
        /** User groups: creates, updates, deletes; their {@code all} levels and members. */
        USER_GROUPS,
        /** Resources by kind in Komodo's order; procedures with retry passes. */
        RESOURCES,
        /** User-group permissions on single resources, after the resources exist (a departure). */
        PERMISSIONS,
        /** Deploy rounds. */
        DEPLOYS;

        /** {@code variables}, {@code user_groups}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
