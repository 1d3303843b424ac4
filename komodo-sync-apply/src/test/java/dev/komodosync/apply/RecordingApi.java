package dev.komodosync.apply;

import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Variable;
import dev.komodosync.model.config.ResourceTargetVariant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An in-memory {@link KomodoApi} that records each call as one line ({@code CreateDeployment api})
 * and fails the calls it is told to.
 */
final class RecordingApi implements KomodoApi {

    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final Map<String, Predicate<List<String>>> failUnless = new LinkedHashMap<>();
    private final Map<String, String> deployFailures = new LinkedHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    /** Secret values revealed, to prove they reach the API and nothing else. */
    final List<String> revealed = new ArrayList<>();

    /** Every call whose line equals {@code call} fails with {@code error}. */
    RecordingApi fail(String call, String error) {
        failures.put(call, error);
        return this;
    }

    /** {@code call} fails until {@code condition} holds over the calls made so far. */
    RecordingApi failUnless(String call, Predicate<List<String>> condition) {
        failUnless.put(call, condition);
        return this;
    }

    /** The deploy of {@code name} completes with a failed log. */
    RecordingApi failDeploy(String name, String message) {
        deployFailures.put(name, message);
        return this;
    }

    private void call(String line) throws KomodoApiException {
        String error = failures.get(line);
        Predicate<List<String>> condition = failUnless.get(line);
        if (condition != null && !condition.test(List.copyOf(calls))) {
            error = "not yet";
        }
        calls.add(line);
        if (error != null) {
            throw new KomodoApiException(error);
        }
    }

    @Override
    public void createResource(DeclaredResource<?> declared) throws KomodoApiException {
        call("Create" + declared.kind().variantName() + " " + declared.name());
    }

    @Override
    public void updateResourceMeta(ResourceKind<?> kind, String name, MetaUpdate meta) throws KomodoApiException {
        List<String> members = new ArrayList<>();
        meta.description().ifPresent(d -> members.add("description=" + d));
        meta.template().ifPresent(t -> members.add("template=" + t));
        meta.tags().ifPresent(t -> members.add("tags=" + t));
        call("UpdateResourceMeta " + kind.variantName() + " " + name + " " + members);
    }

    @Override
    public void updateResource(DeclaredResource<?> declared, Set<String> fields) throws KomodoApiException {
        call("Update" + declared.kind().variantName() + " " + declared.name() + " " + fields);
    }

    @Override
    public void deleteResource(ResourceKind<?> kind, String name) throws KomodoApiException {
        call("Delete" + kind.variantName() + " " + name);
    }

    @Override
    public void createVariable(Variable variable) throws KomodoApiException {
        revealed.add(variable.value().reveal());
        call("CreateVariable " + variable.name());
    }

    @Override
    public void updateVariableValue(String name, Secret value) throws KomodoApiException {
        revealed.add(value.reveal());
        call("UpdateVariableValue " + name);
    }

    @Override
    public void updateVariableDescription(String name, String description) throws KomodoApiException {
        call("UpdateVariableDescription " + name);
    }

    @Override
    public void updateVariableIsSecret(String name, boolean secret) throws KomodoApiException {
        call("UpdateVariableIsSecret " + name + " " + secret);
    }

    @Override
    public void deleteVariable(String name) throws KomodoApiException {
        call("DeleteVariable " + name);
    }

    @Override
    public void createUserGroup(String name) throws KomodoApiException {
        call("CreateUserGroup " + name);
    }

    @Override
    public void setUsersInUserGroup(String group, List<String> users) throws KomodoApiException {
        call("SetUsersInUserGroup " + group + " " + users);
    }

    @Override
    public void setEveryoneUserGroup(String group, boolean everyone) throws KomodoApiException {
        call("SetEveryoneUserGroup " + group + " " + everyone);
    }

    @Override
    public void updatePermissionOnResourceType(String group, ResourceTargetVariant type, PermissionGrant grant)
            throws KomodoApiException {
        call("UpdatePermissionOnResourceType " + group + " " + type.key() + " " + grant.level().key());
    }

    @Override
    public void updatePermissionOnTarget(String group, ResourceTargetVariant type, String resource, PermissionGrant grant)
            throws KomodoApiException {
        call("UpdatePermissionOnTarget " + group + " " + type.key() + " " + resource + " " + grant.level().key());
    }

    @Override
    public void deleteUserGroup(String name) throws KomodoApiException {
        call("DeleteUserGroup " + name);
    }

    @Override
    public DeployOutcome deploy(ResourceKind<?> kind, String name) throws KomodoApiException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            call("Deploy" + (kind.variantName().equals("Stack") ? "Stack" : "") + " " + name);
        } finally {
            inFlight.decrementAndGet();
        }
        String failure = deployFailures.get(name);
        return failure == null ? DeployOutcome.deployed() : DeployOutcome.failed(failure);
    }
}
