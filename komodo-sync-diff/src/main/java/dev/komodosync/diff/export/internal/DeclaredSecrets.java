package dev.komodosync.diff.export.internal;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
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
 * resource's secret-bearing fields replaced by what the sync files declare for them (or nothing,
 * for a resource no file declares). So a write-back never adds, changes or removes a secret, and
 * no value from the Core ever reaches a file. Not API.
 */
public final class DeclaredSecrets {

    private DeclaredSecrets() {}

    /** {@code snapshot} with the secrets of {@code declaration}; what was left out is added to {@code leftOut}. */
    public static Snapshot keep(Snapshot snapshot, Declaration declaration, List<String> leftOut) {
        Map<String, DeclaredResource<?>> declared = new HashMap<>();
        declaration.resources().forEach(r -> declared.putIfAbsent(r.kind().key() + "\u0000" + r.name(), r));
        List<ExistingResource<?>> resources = new ArrayList<>(snapshot.resources().size());
        for (ExistingResource<?> existing : snapshot.resources()) {
            resources.add(keep(existing, declared.get(existing.kind().key() + "\u0000" + existing.name()), leftOut));
        }
        return new Snapshot(snapshot.komodoVersion(), snapshot.tags(), resources, snapshot.variables(),
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
