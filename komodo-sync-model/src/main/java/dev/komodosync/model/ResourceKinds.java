package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.spi.ResourceKindProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

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
        List<ResourceKind<?>> sorted = new ArrayList<>(kinds);
        sorted.sort(new KindOrder(true));
        this.kinds = Collections.unmodifiableList(sorted);
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

    /**
     * The kinds every provider contributes that this library's class loader finds, or the current
     * thread's context class loader when it sees this library (a program that loads plug-in jars
     * at run time, as {@code komodo-sync --plugins} does, makes their loader the context class
     * loader).
     *
     * @throws KindRegistrationException when a plug-in cannot be loaded or its kinds registered:
     *     its message names the plug-in class and what to fix
     */
    public static ResourceKinds discover() {
        Builder builder = builder().discover(ResourceKinds.class.getClassLoader());
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != ResourceKinds.class.getClassLoader() && seesThisLibrary(context)) {
            builder.discover(context);
        }
        return builder.build();
    }

    /** Whether {@code loader} resolves the SPI to this library's copy (else its providers could not be used). */
    private static boolean seesThisLibrary(ClassLoader loader) {
        try {
            return Class.forName(ResourceKindProvider.class.getName(), false, loader) == ResourceKindProvider.class;
        } catch (ClassNotFoundException | LinkageError unrelated) {
            return false;
        }
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
        List<ResourceKind<?>> sorted = new ArrayList<>(kinds);
        sorted.sort(new KindOrder(false));
        return Collections.unmodifiableList(sorted);
    }

    /**
     * Kinds in apply or export order, ties by key; a named class, as comparator combinators link a
     * call site per lambda at their first use, on every cold plan (docs/architecture.md).
     */
    private static final class KindOrder implements Comparator<ResourceKind<?>> {
        private final boolean apply;

        KindOrder(boolean apply) {
            this.apply = apply;
        }

        @Override
        public int compare(ResourceKind<?> a, ResourceKind<?> b) {
            int byOrder = apply ? Integer.compare(a.applyOrder(), b.applyOrder())
                    : Integer.compare(a.exportOrder(), b.exportOrder());
            return byOrder != 0 ? byOrder : a.key().compareTo(b.key());
        }
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

    /**
     * Collects kinds, rejecting two kinds that claim the same key or API name, and plug-ins that
     * cannot be loaded, with a {@link KindRegistrationException} that names the plug-in.
     */
    public static final class Builder {
        private final Map<String, ResourceKind<?>> claims = new LinkedHashMap<>();
        private final Map<String, String> claimedBy = new LinkedHashMap<>();
        private final List<ResourceKind<?>> kinds = new ArrayList<>();
        private final Set<Class<?>> providers = new HashSet<>();

        private Builder() {}

        /**
         * Adds the kinds of every {@link ResourceKindProvider} {@code loader} finds; a provider class
         * already added (found again through a child loader) is skipped.
         *
         * @throws KindRegistrationException when a provider cannot be loaded or created, its
         *     {@code kinds()} fails, or one of its kinds claims a key or API name already claimed
         */
        public Builder discover(ClassLoader loader) {
            Iterator<ResourceKindProvider> found = ServiceLoader.load(ResourceKindProvider.class, loader).iterator();
            while (true) {
                ResourceKindProvider provider;
                try {
                    if (!found.hasNext()) {
                        return this;
                    }
                    provider = found.next();
                } catch (ServiceConfigurationError | LinkageError failure) {
                    throw PluginFailures.loading(failure);
                }
                if (providers.add(provider.getClass())) {
                    String name = provider.getClass().getName();
                    for (ResourceKind<?> kind : PluginFailures.kindsOf(provider)) {
                        add(kind, name);
                    }
                }
            }
        }

        /** Adds kinds by hand. */
        public Builder register(List<? extends ResourceKind<?>> more) {
            for (ResourceKind<?> kind : more) {
                add(kind, KindRegistrationException.REGISTERED_BY_HAND);
            }
            return this;
        }

        /** Adds one kind by hand. */
        public Builder register(ResourceKind<?> kind) {
            add(kind, KindRegistrationException.REGISTERED_BY_HAND);
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
                    throw PluginFailures.claimedTwice(name.replace("variant:", ""), claims.get(name), claimedBy.get(name),
                            kind, source);
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
