package dev.komodosync.apply.internal;

import dev.komodosync.apply.ApplyItem;
import dev.komodosync.apply.ApplyItem.Step;
import dev.komodosync.apply.ApplyListener;
import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.apply.ApplyReport;
import dev.komodosync.apply.ItemOutcome;
import dev.komodosync.apply.KomodoApi;
import dev.komodosync.apply.KomodoApiException;
import dev.komodosync.apply.MetaUpdate;
import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.UserGroupChange;
import dev.komodosync.diff.plan.VariableChange;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Variable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One apply, in Komodo's order (komodo-api §3.2; behaviour §4.7, §5.5): variables, user groups,
 * resources by kind (procedures with retry passes), then — a departure — user-group permissions
 * on single resources, then deploy rounds. Every call but a round's deploys is sequential. A
 * failed item is recorded and the run goes on, as Komodo's does; only a failed round stops the
 * deploys after it.
 */
public final class ApplyRun {

    /** Komodo retries procedures up to 10 times (sync/resources.rs). */
    static final int PROCEDURE_PASSES = 10;

    private final Plan plan;
    private final KomodoApi api;
    private final ApplyOptions options;
    private final ApplyListener listener;
    private final List<ItemOutcome> outcomes = new ArrayList<>();
    /** Resources whose change failed, by kind key and name: their deploys and permissions depend on them. */
    private final Set<String> failedResources = new java.util.HashSet<>();
    private final Set<String> failedGroups = new java.util.HashSet<>();

    private ApplyRun(Plan plan, KomodoApi api, ApplyOptions options, ApplyListener listener) {
        this.plan = plan;
        this.api = api;
        this.options = options;
        this.listener = listener;
    }

    /** Runs {@code plan} (already past the guard rails) and reports. */
    public static ApplyReport run(Plan plan, KomodoApi api, ApplyOptions options, ApplyListener listener) {
        List<String> refusals = GuardRails.refusals(plan, options);
        if (!refusals.isEmpty()) {
            return new ApplyReport(plan.fingerprint(), refusals, List.of());
        }
        ApplyRun run = new ApplyRun(plan, api, options, listener);
        run.variables();
        run.userGroups();
        run.permissions(true);
        run.resources();
        run.permissions(false);
        new DeployRounds(plan.deploys(), api, options, listener, run.outcomes, run.failedResources).run();
        return new ApplyReport(plan.fingerprint(), List.of(), run.outcomes);
    }

    static String resourceKey(String variant, String name) {
        return variant + "\u0000" + name;
    }

    /** A step of work that may fail with Komodo's error. */
    @FunctionalInterface
    interface Work {
        void run() throws KomodoApiException;
    }

    /** Runs one item, or skips it as cancelled; records and announces its outcome. */
    private ItemOutcome item(ApplyItem item, Work work) {
        if (options.cancellation().isCancelled()) {
            return record(ItemOutcome.skipped(item, "cancelled"), Duration.ZERO);
        }
        listener.started(item);
        long start = System.nanoTime();
        ItemOutcome outcome;
        try {
            work.run();
            outcome = ItemOutcome.done(item);
        } catch (KomodoApiException e) {
            outcome = ItemOutcome.failed(item, e.getMessage());
        }
        return record(outcome, Duration.ofNanos(System.nanoTime() - start));
    }

    private ItemOutcome record(ItemOutcome outcome, Duration took) {
        outcomes.add(outcome);
        listener.finished(outcome, took);
        return outcome;
    }

    // ---- variables: creates, updates, deletes (the plan's order) ----

    private void variables() {
        for (VariableChange change : plan.variables()) {
            ApplyItem item = new ApplyItem(Step.VARIABLES, "variable", change.name(), change.action().label());
            Variable variable = change.variable();
            item(item, () -> {
                switch (change.action()) {
                    case CREATE -> api.createVariable(variable);
                    case DELETE -> api.deleteVariable(change.name());
                    case UPDATE -> {
                        // komodo-api §3.1: value, description, is_secret, each only if it differs.
                        if (changed(change.changes(), "value")) {
                            api.updateVariableValue(change.name(), variable.value());
                        }
                        if (changed(change.changes(), "description")) {
                            api.updateVariableDescription(change.name(), variable.description());
                        }
                        if (changed(change.changes(), "is_secret")) {
                            api.updateVariableIsSecret(change.name(), variable.secret());
                        }
                    }
                }
            });
        }
    }

    private static boolean changed(List<FieldChange> changes, String path) {
        return changes.stream().anyMatch(c -> c.path().equals(path));
    }

    // ---- user groups (komodo-api §3.6); their permissions on single resources come later ----

    private void userGroups() {
        for (UserGroupChange change : plan.userGroups()) {
            ApplyItem item = new ApplyItem(Step.USER_GROUPS, "user_group", change.name(), change.action().label());
            ItemOutcome outcome = item(item, () -> {
                switch (change.action()) {
                    case CREATE -> {
                        var group = change.group().orElseThrow();
                        api.createUserGroup(change.name());
                        api.setUsersInUserGroup(change.name(), group.everyone() ? List.of()
                                : group.users().stream().sorted().toList());
                        api.setEveryoneUserGroup(change.name(), group.everyone());
                        for (var entry : group.all().entrySet()) {
                            api.updatePermissionOnResourceType(change.name(), entry.getKey(), entry.getValue());
                        }
                    }
                    case UPDATE -> {
                        var group = change.group().orElseThrow();
                        // The plan compares the members of an `everyone` group as none; when
                        // `everyone` is turned off, the stored members must become the declared ones.
                        boolean everyoneOff = changed(change.changes(), "everyone") && !group.everyone();
                        if (everyoneOff && !changed(change.changes(), "users")) {
                            api.setUsersInUserGroup(change.name(), group.users().stream().sorted().toList());
                        }
                        for (FieldChange field : change.changes()) {
                            if (field.path().equals("users")) {
                                api.setUsersInUserGroup(change.name(), castList(field.to()));
                            } else if (field.path().equals("everyone")) {
                                api.setEveryoneUserGroup(change.name(), group.everyone());
                            } else if (field.path().startsWith("all.")) {
                                String typeKey = field.path().substring("all.".length());
                                var type = java.util.Arrays.stream(dev.komodosync.model.config.ResourceTargetVariant.values())
                                        .filter(t -> t.key().equals(typeKey)).findFirst().orElseThrow();
                                api.updatePermissionOnResourceType(change.name(), type,
                                        (dev.komodosync.model.PermissionGrant) field.to());
                            }
                        }
                    }
                    case DELETE -> api.deleteUserGroup(change.name());
                }
            });
            if (outcome.status() == ItemOutcome.Status.FAILED) {
                failedGroups.add(change.name());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object value) {
        return (List<T>) value;
    }

    // ---- resources: by kind in Komodo's order (the plan's); procedures in retry passes ----

    private void resources() {
        List<ResourceChange> procedures = new ArrayList<>();
        for (ResourceChange change : plan.resources()) {
            if (change.kind().equals(KomodoKinds.PROCEDURE) && !(change instanceof ResourceChange.Delete)) {
                procedures.add(change);
                continue;
            }
            flushProcedures(procedures);
            ItemOutcome outcome = resource(change);
            if (outcome.status() == ItemOutcome.Status.FAILED) {
                failedResources.add(resourceKey(change.kind().variantName(), change.name()));
            }
        }
        flushProcedures(procedures);
    }

    private ItemOutcome resource(ResourceChange change) {
        ApplyItem item = new ApplyItem(Step.RESOURCES, change.kind().key(), change.name(), change.action().label());
        if (change instanceof ResourceChange.Delete delete) {
            Optional<String> protection = GuardRails.protection(delete, options);
            if (protection.isPresent()) {
                return record(ItemOutcome.skipped(item, protection.get()), Duration.ZERO);
            }
            return item(item, () -> api.deleteResource(change.kind(), change.name()));
        }
        return item(item, () -> createOrUpdate(change, new boolean[1]));
    }

    private void createOrUpdate(ResourceChange change, boolean[] created) throws KomodoApiException {
        if (change instanceof ResourceChange.Create create) {
            Resource<?> declared = create.declared().resource();
            if (!created[0]) {
                api.createResource(create.declared());
                created[0] = true;
            }
            api.updateResourceMeta(change.kind(), change.name(),
                    MetaUpdate.all(declared.description(), declared.template(), declared.tags()));
        } else if (change instanceof ResourceChange.Update update) {
            Resource<?> declared = update.declared().resource();
            MetaUpdate meta = new MetaUpdate(
                    ChangedFields.changes(update, "description") ? Optional.of(declared.description()) : Optional.empty(),
                    ChangedFields.changes(update, "template") ? Optional.of(declared.template()) : Optional.empty(),
                    ChangedFields.changes(update, "tags") ? Optional.of(declared.tags()) : Optional.empty());
            if (!meta.isEmpty()) {
                api.updateResourceMeta(change.kind(), change.name(), meta);
            }
            Set<String> fields = ChangedFields.config(update);
            if (!fields.isEmpty()) {
                api.updateResource(update.declared(), fields);
            }
        }
    }

    /**
     * Procedure updates then creates, retried in passes (komodo-api §3.2 step 4): a procedure may
     * name one created later. Stops early when a pass changed nothing, since a pass that changed
     * nothing leaves Core as it found it and the next would fail the same way.
     */
    private void flushProcedures(List<ResourceChange> procedures) {
        if (procedures.isEmpty()) {
            return;
        }
        List<ResourceChange> ordered = new ArrayList<>(procedures.stream().filter(p -> p.action() == ChangeAction.UPDATE).toList());
        ordered.addAll(procedures.stream().filter(p -> p.action() == ChangeAction.CREATE).toList());
        procedures.clear();
        Map<ResourceChange, boolean[]> created = new java.util.IdentityHashMap<>();
        Map<ResourceChange, String> errors = new java.util.LinkedHashMap<>();
        Map<ResourceChange, Long> nanos = new java.util.IdentityHashMap<>();
        List<ResourceChange> remaining = ordered;
        for (int pass = 0; pass < PROCEDURE_PASSES && !remaining.isEmpty(); pass++) {
            List<ResourceChange> next = new ArrayList<>();
            for (ResourceChange change : remaining) {
                if (options.cancellation().isCancelled()) {
                    next.add(change);
                    errors.remove(change);
                    continue;
                }
                ApplyItem item = new ApplyItem(Step.RESOURCES, change.kind().key(), change.name(), change.action().label());
                if (pass == 0) {
                    listener.started(item);
                }
                long start = System.nanoTime();
                try {
                    createOrUpdate(change, created.computeIfAbsent(change, c -> new boolean[1]));
                    errors.remove(change);
                    long spent = nanos.merge(change, System.nanoTime() - start, Long::sum);
                    record(ItemOutcome.done(item), Duration.ofNanos(spent));
                } catch (KomodoApiException e) {
                    errors.put(change, e.getMessage());
                    nanos.merge(change, System.nanoTime() - start, Long::sum);
                    next.add(change);
                }
            }
            boolean progress = next.size() < remaining.size();
            remaining = next;
            if (!progress) {
                break;
            }
        }
        for (ResourceChange change : remaining) {
            ApplyItem item = new ApplyItem(Step.RESOURCES, change.kind().key(), change.name(), change.action().label());
            String error = errors.get(change);
            record(error == null ? ItemOutcome.skipped(item, "cancelled") : ItemOutcome.failed(item, error),
                    Duration.ofNanos(nanos.getOrDefault(change, 0L)));
            if (error != null) {
                failedResources.add(resourceKey(change.kind().variantName(), change.name()));
            }
        }
    }

    // ---- permissions on single resources, after the resources exist (a departure, architecture.md) ----

    private void permissions(boolean onDeletedResources) {
        new PermissionStep(plan, api, this::item, this::record, failedGroups, failedResources).run(onDeletedResources);
    }

    /** Runs an item through the run's bookkeeping. */
    interface ItemRunner {
        ItemOutcome run(ApplyItem item, Work work);
    }

    /** Records an outcome reached without running. */
    interface Recorder {
        ItemOutcome record(ItemOutcome outcome, Duration took);
    }
}
