package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.spi.ResourceKindProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The resource kinds a parser and planner know, found through {@link ResourceKindProvider}s
 * and/or registered by hand. Immutable.
 *
 * <pre>{@code
 * ResourceKinds kinds = ResourceKinds.discover();              // built-ins and plug-ins
 * ResourceKinds only = ResourceKinds.builder().register(KomodoKinds.ALL).register(MY_KIND).build();
 * }</pre>
 */
public final class ResourceKinds {

    private final List<ResourceKind<?>> kinds;
    private final Map<String, ResourceKind<?>> byTomlKey;
    private final Map<String, ResourceKind<?>> byVariantName;

    private ResourceKinds(List<ResourceKind<?>> kinds) {
        this.kinds = kinds.stream()
                .sorted(Comparator.comparingInt((ResourceKind<?> k) -> k.applyOrder()).thenComparing(ResourceKind::key))
                .toList();
        Map<String, ResourceKind<?>> keys = new LinkedHashMap<>();
        Map<String, ResourceKind<?>> variants = new LinkedHashMap<>();
        for (ResourceKind<?> kind : this.kinds) {
            for (String key : kind.tomlKeys()) {
                keys.put(key, kind);
            }
            variants.put(kind.variantName(), kind);
        }
        this.byTomlKey = Map.copyOf(keys);
        this.byVariantName = Map.copyOf(variants);
    }

    /** The kinds every provider on the class path of this library's class loader contributes. */
    public static ResourceKinds discover() {
        return builder().discover(ResourceKinds.class.getClassLoader()).build();
    }

    /** The built-in kinds only ({@link KomodoKinds#ALL}). */
    public static ResourceKinds builtIn() {
        return builder().register(KomodoKinds.ALL).build();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every kind, in apply order (ties by key). */
    public List<ResourceKind<?>> all() {
        return kinds;
    }

    /** Every kind, in export order (ties by key). */
    public List<ResourceKind<?>> inExportOrder() {
        return kinds.stream()
                .sorted(Comparator.comparingInt((ResourceKind<?> k) -> k.exportOrder()).thenComparing(ResourceKind::key))
                .toList();
    }

    /** The kind with the singular or plural TOML key {@code key}. */
    public Optional<ResourceKind<?>> byTomlKey(String key) {
        return Optional.ofNullable(byTomlKey.get(key));
    }

    /** The kind Komodo's API calls {@code name} ({@code ResourceTargetVariant}), e.g. {@code ResourceSync}. */
    public Optional<ResourceKind<?>> byVariantName(String name) {
        return Optional.ofNullable(byVariantName.get(name));
    }

    @Override
    public String toString() {
        return "ResourceKinds" + kinds;
    }

    /** Collects kinds, rejecting two kinds that claim the same key or API name. */
    public static final class Builder {
        private final Map<String, ResourceKind<?>> claims = new LinkedHashMap<>();
        private final Map<String, String> claimedBy = new LinkedHashMap<>();
        private final List<ResourceKind<?>> kinds = new ArrayList<>();

        private Builder() {}

        /** Adds the kinds of every {@link ResourceKindProvider} {@code loader} finds. */
        public Builder discover(ClassLoader loader) {
            for (ResourceKindProvider provider : ServiceLoader.load(ResourceKindProvider.class, loader)) {
                for (ResourceKind<?> kind : provider.kinds()) {
                    add(kind, provider.getClass().getName());
                }
            }
            return this;
        }

        /** Adds kinds by hand. */
        public Builder register(List<? extends ResourceKind<?>> more) {
            more.forEach(kind -> add(kind, "register(...)"));
            return this;
        }

        /** Adds one kind by hand. */
        public Builder register(ResourceKind<?> kind) {
            add(kind, "register(...)");
            return this;
        }

        private void add(ResourceKind<?> kind, String source) {
            requireNonNull(kind, "kind");
            if (kinds.contains(kind) && claims.get(kind.key()) == kind) {
                return;
            }
            List<String> names = new ArrayList<>(kind.tomlKeys());
            names.add("variant:" + kind.variantName());
            for (String name : names) {
                if (claims.containsKey(name)) {
                    throw new IllegalStateException("two resource kinds claim `" + name.replace("variant:", "")
                            + "`: " + claims.get(name).key() + " from " + claimedBy.get(name)
                            + " and " + kind.key() + " from " + source);
                }
            }
            for (String name : names) {
                claims.put(name, kind);
                claimedBy.put(name, source);
            }
            kinds.add(kind);
        }

        /** The registry. */
        public ResourceKinds build() {
            return new ResourceKinds(kinds);
        }
    }
}
