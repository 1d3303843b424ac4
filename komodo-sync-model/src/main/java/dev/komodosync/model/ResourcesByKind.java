package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The immutable list of a snapshot's resources, indexed by kind when made, so that the resources
 * of one kind cost a map lookup rather than a pass over every resource. Not API: a
 * {@link Snapshot} holds one as its {@code resources}.
 */
final class ResourcesByKind extends AbstractList<ExistingResource<?>> implements RandomAccess {

    private final ExistingResource<?>[] all;
    private final Map<ResourceKind<?>, List<ExistingResource<?>>> byKind;

    private ResourcesByKind(ExistingResource<?>[] all) {
        this.all = all;
        Map<ResourceKind<?>, List<ExistingResource<?>>> index = new HashMap<>();
        for (ExistingResource<?> resource : all) {
            List<ExistingResource<?>> ofKind = index.get(resource.kind());
            if (ofKind == null) {
                ofKind = new ArrayList<>();
                index.put(resource.kind(), ofKind);
            }
            ofKind.add(resource);
        }
        for (Map.Entry<ResourceKind<?>, List<ExistingResource<?>>> entry : index.entrySet()) {
            entry.setValue(Collections.unmodifiableList(entry.getValue()));
        }
        this.byKind = index;
    }

    /** {@code resources} as such a list: itself if it is one, else a copy (no nulls). */
    static ResourcesByKind copyOf(List<? extends ExistingResource<?>> resources) {
        if (resources instanceof ResourcesByKind indexed) {
            return indexed;
        }
        ExistingResource<?>[] all = resources.toArray(new ExistingResource<?>[0]);
        for (ExistingResource<?> resource : all) {
            requireNonNull(resource, "resource");
        }
        return new ResourcesByKind(all);
    }

    /** The resources of {@code kind}, in list order. */
    List<ExistingResource<?>> ofKind(ResourceKind<?> kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    @Override
    public ExistingResource<?> get(int index) {
        return all[index];
    }

    @Override
    public int size() {
        return all.length;
    }
}
