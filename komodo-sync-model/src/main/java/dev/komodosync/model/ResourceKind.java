package dev.komodosync.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.komodosync.model.meta.Union;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A kind of resource: what the parser, planner and renderers need to know about it, as data.
 * Built-in kinds are in {@link KomodoKinds}; further kinds come through
 * {@link dev.komodosync.model.spi.ResourceKindProvider}.
 *
 * <pre>{@code
 * ResourceKind<DnsRecordConfig> DNS_RECORD = ResourceKind.builder("dns_record", DnsRecordConfig.class)
 *         .displayName("DNS record")
 *         .applyOrder(15)
 *         .build();
 * }</pre>
 *
 * <p>Two kinds are equal when their keys are. Instances are immutable.
 *
 * @param <C> the config type: a record, or a sealed interface annotated {@link Union}
 */
public final class ResourceKind<C> {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private final String key;
    private final String pluralKey;
    private final String displayName;
    private final String variantName;
    private final Class<C> configClass;
    private final ValueType configType;
    private final int applyOrder;
    private final int exportOrder;
    private final boolean deployable;
    private final boolean deletesFirst;
    private final NameRule nameRule;
    private final Predicate<? super C> managedBySyncs;

    private ResourceKind(Builder<C> builder) {
        this.key = builder.key;
        this.pluralKey = builder.pluralKey != null ? builder.pluralKey : builder.key + "s";
        this.displayName = builder.displayName != null ? builder.displayName : builder.key;
        this.variantName = builder.variantName != null ? builder.variantName : pascalCase(builder.key);
        this.configClass = builder.configClass;
        // Describing the type checks it: a config the model cannot describe fails here, at registration.
        this.configType = describe(builder.key, builder.configClass);
        this.applyOrder = builder.applyOrder;
        this.exportOrder = builder.exportOrder != null ? builder.exportOrder : builder.applyOrder;
        this.deployable = builder.deployable;
        this.deletesFirst = builder.deletesFirst;
        this.nameRule = builder.nameRule;
        this.managedBySyncs = builder.managedBySyncs;
    }

    /**
     * A builder for a kind with TOML key {@code key} (lower snake case, e.g. {@code dns_record})
     * and config type {@code configClass}.
     */
    public static <C> Builder<C> builder(String key, Class<C> configClass) {
        return new Builder<>(key, configClass);
    }

    /** The singular TOML key, e.g. {@code deployment}: the {@code [[deployment]]} header, the plan's {@code kind}. */
    public String key() {
        return key;
    }

    /** The plural TOML key, e.g. {@code deployments}; also the kind's key in a snapshot. */
    public String pluralKey() {
        return pluralKey;
    }

    /** Both TOML spellings: singular, then plural. */
    public List<String> tomlKeys() {
        return List.of(key, pluralKey);
    }

    /** The name shown to people, e.g. {@code Deployment}. */
    public String displayName() {
        return displayName;
    }

    /** The name Komodo's API uses for the kind, e.g. {@code ResourceSync} ({@code ResourceTargetVariant}). */
    public String variantName() {
        return variantName;
    }

    /** The config's Java type. */
    public Class<C> configClass() {
        return configClass;
    }

    /** The config a declaration without a {@code config} table has. */
    public C defaults() {
        return configClass.cast(configType.zero());
    }

    /** The rank in which changes to this kind are applied (behaviour §4.7); ties by key. */
    public int applyOrder() {
        return applyOrder;
    }

    /** The rank in which this kind is exported (behaviour §11.3); ties by key. */
    public int exportOrder() {
        return exportOrder;
    }

    /** Whether declarations of this kind may {@code deploy} and order themselves with {@code after}. */
    public boolean deployable() {
        return deployable;
    }

    /**
     * Whether Komodo applies this kind's deletes before its updates and creates (procedures,
     * which may name procedures the same run creates, behaviour §4.7); otherwise creates, updates,
     * then deletes.
     */
    public boolean deletesFirst() {
        return deletesFirst;
    }

    /** How Komodo rewrites names of this kind on create. */
    public NameRule nameRule() {
        return nameRule;
    }

    /** Whether syncs create, update and delete a resource with this config (behaviour §2.11). */
    public boolean isManagedBySyncs(C config) {
        return managedBySyncs.test(config);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ResourceKind<?> that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** The key. */
    @Override
    public String toString() {
        return key;
    }

    private static ValueType describe(String key, Class<?> configClass) {
        try {
            ValueType type = ConfigTypes.of(configClass);
            // A plug-in's defaults are built now, so that a config they cannot be built for fails
            // at registration; the built-in configs' are checked by the model's tests and built on
            // first use (a plan of a few kinds need not build all eleven at start-up).
            if (!ConfigTypes.isBuiltIn(configClass)) {
                type.zero();
            }
            return type;
        } catch (IllegalArgumentException | IllegalStateException failure) {
            throw KindConfigException.describing(key, configClass, failure);
        }
    }

    private static String pascalCase(String key) {
        StringBuilder name = new StringBuilder();
        for (String part : key.split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /**
     * Builds a {@link ResourceKind}. Only the key and config type are required.
     *
     * @param <C> the config type
     */
    public static final class Builder<C> {
        private final String key;
        private final Class<C> configClass;
        private String pluralKey;
        private String displayName;
        private String variantName;
        private int applyOrder = 1000;
        private Integer exportOrder;
        private boolean deployable;
        private boolean deletesFirst;
        private NameRule nameRule = NameRule.GENERAL;
        private Predicate<? super C> managedBySyncs = Always.INSTANCE;

        private Builder(String key, Class<C> configClass) {
            requireNonNull(key, "key");
            requireNonNull(configClass, "configClass");
            checkArgument(KEY.matcher(key).matches(), "a kind key is lower snake case: %s", key);
            checkArgument(configClass.isRecord() || ConfigTypes.isUnion(configClass),
                    "a kind's config is a record or a sealed @Union interface: %s", configClass.getName());
            this.key = key;
            this.configClass = configClass;
        }

        /** The plural TOML key; default the key followed by {@code s}. */
        public Builder<C> pluralKey(String value) {
            checkArgument(KEY.matcher(value).matches(), "a kind key is lower snake case: %s", value);
            this.pluralKey = value;
            return this;
        }

        /** The name shown to people; default the key. */
        public Builder<C> displayName(String value) {
            checkArgument(!value.isBlank(), "display name must not be blank");
            this.displayName = value;
            return this;
        }

        /** Komodo's API name for the kind; default the key in PascalCase. */
        public Builder<C> variantName(String value) {
            checkArgument(!value.isBlank(), "variant name must not be blank");
            this.variantName = value;
            return this;
        }

        /** The apply rank (behaviour §4.7); default 1000, after every built-in kind. */
        public Builder<C> applyOrder(int value) {
            this.applyOrder = value;
            return this;
        }

        /** The export rank (behaviour §11.3); default the apply rank. */
        public Builder<C> exportOrder(int value) {
            this.exportOrder = value;
            return this;
        }

        /** Whether declarations may {@code deploy}; default false. */
        public Builder<C> deployable(boolean value) {
            this.deployable = value;
            return this;
        }

        /** Whether deletes apply before updates and creates; default false. */
        public Builder<C> deletesFirst(boolean value) {
            this.deletesFirst = value;
            return this;
        }

        /** How Komodo rewrites names on create; default {@link NameRule#GENERAL}. */
        public Builder<C> nameRule(NameRule value) {
            this.nameRule = requireNonNull(value, "nameRule");
            return this;
        }

        /** Which resources syncs manage (behaviour §2.11); default all. */
        public Builder<C> managedBySyncsWhen(Predicate<? super C> value) {
            this.managedBySyncs = requireNonNull(value, "managedBySyncs");
            return this;
        }

        /** The kind. */
        public ResourceKind<C> build() {
            ResourceKind<C> kind = new ResourceKind<>(this);
            checkState(!kind.key.equals(kind.pluralKey), "plural key equals key: %s", key);
            return kind;
        }
    }

    /** Every config is managed by syncs: the default; a named class, as a lambda links a call site at start. */
    private static final class Always implements Predicate<Object> {
        static final Always INSTANCE = new Always();

        @Override
        public boolean test(Object config) {
            return true;
        }
    }
}
