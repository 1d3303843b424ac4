package dev.komodosync.apply.internal;

import dev.komodosync.apply.ApplyItem;
import dev.komodosync.apply.ApplyItem.Step;
import dev.komodosync.apply.ItemOutcome;
import dev.komodosync.apply.KomodoApi;
import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.ResolvedPermission;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.UserGroupChange;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.config.PermissionLevel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * User-group permissions on single resources (komodo-api §3.6), run after every resource create
 * and update — a departure from Komodo, which sets them with the group and so drops those on
 * resources the same run creates (architecture.md). One item per {@code UpdatePermissionOnTarget}:
 * for a new group every permission above {@code None}; for a changed group each new or changed
 * one, and {@code None} for each stored one no longer declared.
 *
 * <p>A permission on a resource the same run deletes is sent before the resources step, where
 * Komodo sends it (with the group's other calls): after the delete its target is gone.
 */
final class PermissionStep {

    private final Plan plan;
    private final KomodoApi api;
    private final ApplyRun.ItemRunner runner;
    private final ApplyRun.Recorder recorder;
    private final Set<String> failedGroups;
    private final Set<String> failedResources;
    private final Set<String> created = new HashSet<>();
    private final Set<String> deleted = new HashSet<>();

    PermissionStep(Plan plan, KomodoApi api, ApplyRun.ItemRunner runner, ApplyRun.Recorder recorder,
            Set<String> failedGroups, Set<String> failedResources) {
        this.plan = plan;
        this.api = api;
        this.runner = runner;
        this.recorder = recorder;
        this.failedGroups = failedGroups;
        this.failedResources = failedResources;
        for (ResourceChange change : plan.resources()) {
            if (change instanceof ResourceChange.Create) {
                created.add(ApplyRun.resourceKey(change.kind().variantName(), change.name()));
            } else if (change instanceof ResourceChange.Delete) {
                deleted.add(ApplyRun.resourceKey(change.kind().variantName(), change.name()));
            }
        }
    }

    /**
     * Sends the permissions on resources this run deletes ({@code beforeResources}), or every
     * other one.
     */
    void run(boolean beforeResources) {
        for (UserGroupChange change : plan.userGroups()) {
            if (change.action() == ChangeAction.DELETE) {
                continue;
            }
            for (ResolvedPermission permission : calls(change)) {
                if (deleted.contains(ApplyRun.resourceKey(permission.type().key(), permission.name())) != beforeResources) {
                    continue;
                }
                ApplyItem item = new ApplyItem(Step.PERMISSIONS, "permission",
                        change.name() + " -> " + permission.type().key() + " '" + permission.name() + "'", "set");
                if (failedGroups.contains(change.name())) {
                    recorder.record(ItemOutcome.skipped(item, "the " + change.action().label() + " of user group '"
                            + change.name() + "' failed"), Duration.ZERO);
                    continue;
                }
                String key = ApplyRun.resourceKey(permission.type().key(), permission.name());
                if (created.contains(key) && failedResources.contains(key)) {
                    recorder.record(ItemOutcome.failed(item, permission.type().key() + " '" + permission.name()
                            + "' does not exist: its create failed"), Duration.ZERO);
                    continue;
                }
                runner.run(item, () -> api.updatePermissionOnTarget(change.name(), permission.type(), permission.name(),
                        new PermissionGrant(permission.level(), permission.specific())));
            }
        }
    }

    /** The permissions to send, in order; a reset is a permission at level {@code None}. */
    private static List<ResolvedPermission> calls(UserGroupChange change) {
        if (change.action() == ChangeAction.CREATE) {
            return change.permissions().stream().filter(p -> p.level() != PermissionLevel.NONE).toList();
        }
        for (FieldChange field : change.changes()) {
            if (!field.path().equals("permissions")) {
                continue;
            }
            List<ResolvedPermission> current = cast(field.from());
            List<ResolvedPermission> wanted = cast(field.to());
            Map<String, ResolvedPermission> currentByTarget = current.stream()
                    .collect(Collectors.toMap(PermissionStep::target, Function.identity(), (a, b) -> b));
            Set<String> wantedTargets = wanted.stream().map(PermissionStep::target).collect(Collectors.toSet());
            List<ResolvedPermission> calls = new ArrayList<>();
            for (ResolvedPermission permission : wanted) {
                if (!permission.equals(currentByTarget.get(target(permission)))) {
                    calls.add(permission);
                }
            }
            for (ResolvedPermission permission : current) {
                if (!wantedTargets.contains(target(permission))) {
                    calls.add(new ResolvedPermission(permission.type(), permission.name(), PermissionLevel.NONE, List.of()));
                }
            }
            return calls;
        }
        return List.of();
    }

    private static String target(ResolvedPermission permission) {
        return permission.type().key() + "\u0000" + permission.name();
    }

    @SuppressWarnings("unchecked")
    private static List<ResolvedPermission> cast(Object value) {
        return (List<ResolvedPermission>) value;
    }
}
