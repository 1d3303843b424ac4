package dev.komodosync.diff.plan.internal;

import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.ConfigWalker;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Puts both sides of a comparison into the same form: references by name (behaviour §4.3), and
 * {@code \n} line endings (a departure: {@code \r\n} against {@code \n} never makes a diff).
 */
final class ConfigNormaliser {

    /** The fields that are references, or hold some at any depth. */
    private static final ConfigWalker.Selection REFERENCES = ConfigWalker.Selection.of(new IsReference());

    // Named classes rather than lambdas: each lambda links a call site the first time it runs,
    // which a cold plan pays for (docs/architecture.md, "Start-up path").

    /** Whether a field is a reference. */
    private static final class IsReference implements Predicate<FieldSpec> {
        @Override
        public boolean test(FieldSpec field) {
            return field.reference().isPresent();
        }
    }

    /** {@link #storedLeaf}. */
    private static final class StoredLeaf implements ValueRewriter.Leaf {
        private final ResourceIndex index;

        StoredLeaf(ResourceIndex index) {
            this.index = index;
        }

        @Override
        public Object rewrite(FieldSpec field, Object value, RecordType owner, Object ownerValue) {
            // One pass: the name a reference stands for, then its line endings, as two passes would give.
            Optional<ResourceKind<?>> kind = referencedKind(field, owner, ownerValue, index);
            return lineEnding(kind.isPresent() ? index.nameOfStored(kind.get(), (String) value) : value);
        }

        @Override
        public Object rewrite(FieldSpec field, Object value, RecordType owner, Object ownerValue, Object likely) {
            // The declared side's name, when the stored id stands for it: the id table compares
            // the name's characters where the name string itself, at 100k resources, is a read
            // from memory (BENCHMARKS.md, issue 19 round 11).
            Optional<ResourceKind<?>> kind = referencedKind(field, owner, ownerValue, index);
            if (kind.isPresent() && likely instanceof String name && index.storedIdNames(kind.get(), (String) value, name)) {
                return likely;
            }
            return lineEnding(kind.isPresent() ? index.nameOfStored(kind.get(), (String) value) : value);
        }
    }

    /** {@link #declaredLeaf}. */
    private static final class DeclaredLeaf implements ValueRewriter.Leaf {
        private final ResourceIndex index;

        DeclaredLeaf(ResourceIndex index) {
            this.index = index;
        }

        @Override
        public Object rewrite(FieldSpec field, Object value, RecordType owner, Object ownerValue) {
            Optional<ResourceKind<?>> kind = referencedKind(field, owner, ownerValue, index);
            if (kind.isPresent()) {
                // The id table first: a name is mostly not an id there, and a lookup that finds
                // nothing reads no stored name, which in a large sync is out of the cache.
                String byId = index.nameById(kind.get(), (String) value);
                if (byId != null && !index.known(kind.get(), (String) value)) {
                    return lineEnding(byId);
                }
            }
            return lineEnding(value);
        }
    }

    private ConfigNormaliser() {}

    /** A stored config with every id in a reference field replaced by the name it stands for; line endings normalised. */
    static Object storedToNames(ValueType type, Object config, ResourceIndex index) {
        return ValueRewriter.rewrite(type, config, storedLeaf(index));
    }

    /**
     * A declared config with references written by an existing resource's id replaced by its name
     * (Komodo accepts ids, and then shows a change on every run); line endings normalised.
     */
    static Object declaredToNames(ValueType type, Object config, ResourceIndex index) {
        return ValueRewriter.rewrite(type, config, declaredLeaf(index));
    }

    /** How {@link #storedToNames} rewrites one leaf. */
    static ValueRewriter.Leaf storedLeaf(ResourceIndex index) {
        return new StoredLeaf(index);
    }

    /** How {@link #declaredToNames} rewrites one leaf. */
    static ValueRewriter.Leaf declaredLeaf(ResourceIndex index) {
        return new DeclaredLeaf(index);
    }

    /** The value of {@code field} of {@code config} (of {@code type}), rewritten as a rewrite of the whole config by {@code leaf} gives it. */
    static Object field(RecordType type, Object config, FieldSpec field, ValueRewriter.Leaf leaf) {
        return ValueRewriter.rewrite(field.type(), type.get(config, field), field, type, config, leaf);
    }

    /**
     * Whether field {@code index} of {@code type} is a reference or can hold one: only such a
     * field can differ once rewritten while being the same as written and stored.
     */
    static boolean mayHoldReference(RecordType type, int index) {
        return REFERENCES.reaches(type, index);
    }

    /** {@link #mayHoldReference} for every field of {@code type}: for a loop over its fields. */
    static ConfigWalker.Selection.Reach mayHoldReference(RecordType type) {
        return REFERENCES.reach(type);
    }

    /** {@code \r\n} → {@code \n} in a string or secret. */
    private static Object lineEnding(Object leaf) {
        if (leaf instanceof String text && text.indexOf('\r') >= 0) {
            return text.replace("\r\n", "\n");
        }
        if (leaf instanceof Secret secret && secret.reveal().indexOf('\r') >= 0) {
            return Secret.of(secret.reveal().replace("\r\n", "\n"));
        }
        return leaf;
    }

    /** The kind a reference field (or one element of it) points to, if the field is a reference. */
    static Optional<ResourceKind<?>> referencedKind(FieldSpec field, RecordType owner, Object ownerValue,
            ResourceIndex index) {
        if (field.reference().isEmpty()) {
            return Optional.empty();
        }
        FieldSpec.ReferenceSpec reference = field.reference().get();
        if (!reference.kind().isEmpty()) {
            return index.kind(reference.kind());
        }
        Optional<FieldSpec> kindField = owner.field(reference.kindFromField());
        if (kindField.isEmpty()) {
            return Optional.empty();
        }
        Object variant = owner.get(ownerValue, kindField.get());
        return variant instanceof KomodoEnum named ? index.kindByVariant(named.key()) : Optional.empty();
    }
}
