package dev.komodosync.diff.export.internal;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a write-back without {@code --include-secrets} writes from: the snapshot with each
 * resource's secret-bearing fields, and each secret variable's value, replaced by what the sync
 * files declare for them (or nothing, for what no file declares). So a write-back never adds, changes or removes a secret, and
 * no value from the Core ever reaches a file. Not API.
 */
public final class DeclaredSecrets {

    private DeclaredSecrets() {}

    /**
     * {@code snapshot} with the secrets of {@code declaration}; what was left out is added to
     * {@code leftOut} (variables only when {@code variablesToo}: a write-back without variables
     * leaves them all alone).
     */
    public static Snapshot keep(Snapshot snapshot, Declaration declaration, boolean variablesToo, List<String> leftOut) {
        Map<String, DeclaredResource<?>> declared = new HashMap<>();
        declaration.resources().forEach(r -> declared.putIfAbsent(r.kind().key() + "\u0000" + r.name(), r));
        List<ExistingResource<?>> resources = new ArrayList<>(snapshot.resources().size());
        for (ExistingResource<?> existing : snapshot.resources()) {
            resources.add(keep(existing, declared.get(existing.kind().key() + "\u0000" + existing.name()), leftOut));
        }
        Map<String, Variable> declaredVariables = new HashMap<>();
        declaration.variables().forEach(v -> declaredVariables.putIfAbsent(v.variable().name(), v.variable()));
        List<Variable> variables = new ArrayList<>(snapshot.variables().size());
        for (Variable variable : snapshot.variables()) {
            if (!variable.secret()) {
                variables.add(variable);
                continue;
            }
            Variable inFiles = declaredVariables.get(variable.name());
            Secret kept = inFiles == null ? Secret.empty() : inFiles.value();
            if (variablesToo && !variable.value().isEmpty() && !variable.value().equals(kept)) {
                leftOut.add("variable " + TomlText.basic(variable.name()) + ": value");
            }
            variables.add(new Variable(variable.name(), kept, variable.description(), variable.secret()));
        }
        return new Snapshot(snapshot.komodoVersion(), snapshot.tags(), resources, variables,
                snapshot.userGroups(), snapshot.permissions(), snapshot.users(), snapshot.runtime());
    }

    private static <C> ExistingResource<C> keep(ExistingResource<C> existing, DeclaredResource<?> declared,
            List<String> leftOut) {
        Resource<C> resource = existing.resource();
        ValueType type = ConfigTypes.of(resource.kind().configClass());
        Map<String, Secret> kept = declared == null ? Map.of()
                : SecretFields.secrets(type, declared.resource().config(), "config");
        Set<String> paths = new TreeSet<>();
        @SuppressWarnings("unchecked")
        C config = (C) SecretFields.replace(type, resource.config(), "config", paths,
                (path, secret) -> kept.getOrDefault(path, Secret.empty()));
        if (paths.isEmpty()) {
            return existing;
        }
        paths.forEach(path -> leftOut.add(resource.kind().key() + " " + TomlText.basic(resource.name()) + ": " + path));
        return new ExistingResource<>(existing.id(), resource.withConfig(config));
    }
}
