package dev.komodosync.parser.internal.text;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ConfigWalker;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.FieldValue;
import dev.komodosync.parser.internal.FieldTexts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The {@code [[VARIABLE]]} placeholders that declared resources use in their interpolated fields
 * (behaviour §6.4), and a check for those that name no variable.
 *
 * <p>Komodo interpolates when a resource runs, not when it syncs, and leaves unknown names as they
 * are; names may also be secrets from Core's or Periphery's own configuration, which a sync cannot
 * see. A placeholder naming no declared or existing variable is therefore only an {@code info}.
 * Text between {@code [[ }and {@code ]]} with spaces in it (a shell test such as
 * {@code [[ -f x ]]}) is not taken for a placeholder.
 */
public final class VariableReferences {

    private static final ConfigWalker.Selection INTERPOLATED = ConfigWalker.Selection.of(new Interpolated());

    /** Whether a field is interpolated; a named class, as a method reference links a call site at start. */
    private static final class Interpolated implements Predicate<FieldSpec> {
        @Override
        public boolean test(FieldSpec field) {
            return field.interpolated();
        }
    }

    private VariableReferences() {}

    /**
     * One placeholder in one field of one declared resource.
     *
     * @param name the variable's name
     * @param kind the resource's kind
     * @param resource the resource's name
     * @param path the field's canonical path, e.g. {@code config.environment}
     * @param location where the field was written
     */
    public record Reference(String name, String kind, String resource, String path, Optional<SourceLocation> location) {}

    /** Every placeholder of every interpolated field, in declaration order. */
    public static List<Reference> find(Declaration declaration) {
        List<Reference> references = new ArrayList<>();
        each(declaration, null, references);
        return references;
    }

    /**
     * An {@code info} for each placeholder that names neither a declared variable nor one of
     * {@code existingNames} (the variables that exist in Komodo).
     */
    public static List<Diagnostic> unknown(Declaration declaration, Collection<String> existingNames) {
        requireNonNull(existingNames, "existingNames");
        return undeclared(declaration).unknown(existingNames);
    }

    /**
     * The placeholders of {@code declaration} that name none of its own variables, which
     * {@link Undeclared#unknown} narrows down to those naming no existing variable either: the part
     * of {@link #unknown} that needs no snapshot, to be done while one is read.
     */
    public static Undeclared undeclared(Declaration declaration) {
        List<Reference> references = new ArrayList<>();
        // Only the placeholders naming no declared variable are made into references, and located.
        each(declaration, declaredNames(declaration), references);
        return new Undeclared(references);
    }

    /** The names of the variables {@code declaration} declares. */
    public static Set<String> declaredNames(Declaration declaration) {
        Set<String> declared = new HashSet<>();
        for (DeclaredVariable variable : declaration.variables()) {
            declared.add(variable.name());
        }
        return declared;
    }

    /** Whether {@code field} is interpolated: whether its texts can hold placeholders. */
    public static boolean interpolated(FieldSpec field) {
        return field.interpolated();
    }

    /**
     * A visitor of one resource's fields, for a walk that visits other fields besides (a check of
     * references walking the same config once): adds to {@code into} each placeholder of an
     * {@linkplain #interpolated interpolated} field that names none of {@code declaredNames},
     * in the order {@link #undeclared} gives them. Other fields are passed over.
     */
    public static Consumer<FieldValue> undeclaredIn(DeclaredResource<?> resource, Set<String> declaredNames,
            List<Reference> into) {
        return new Placeholders(resource, requireNonNull(declaredNames, "declaredNames"), into);
    }

    /**
     * The placeholders of a declaration that name none of its own variables, in declaration order.
     *
     * @param references the placeholders
     */
    public record Undeclared(List<Reference> references) {

        /** The placeholders; the list is copied. */
        public Undeclared {
            references = List.copyOf(references);
        }

        /**
         * An {@code info} for each of the placeholders that names none of {@code existingNames}
         * either (the variables that exist in Komodo), in declaration order.
         */
        public List<Diagnostic> unknown(Collection<String> existingNames) {
            Set<String> existing = new HashSet<>(existingNames);
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (Reference reference : references) {
                if (existing.contains(reference.name())) {
                    continue;
                }
                diagnostics.add(Diagnostic.of(DiagnosticCode.UNKNOWN_VARIABLE, reference.kind() + " `"
                                + reference.resource() + "` uses [[" + reference.name() + "]] in `" + reference.path()
                                + "`, which is neither declared nor an existing variable")
                        .at(reference.location())
                        .withHint("fine if it is a secret of Komodo Core or Periphery; otherwise declare [[variable]] `"
                                + reference.name() + "`"));
            }
            return diagnostics;
        }
    }

    /**
     * Gives each placeholder of an interpolated field whose name is not in {@code skipped} (all
     * when null), in declaration order.
     */
    private static void each(Declaration declaration, Set<String> skipped, List<Reference> into) {
        for (DeclaredResource<?> resource : declaration.resources()) {
            ConfigWalker.walk(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), "config",
                    INTERPOLATED, new Placeholders(resource, skipped, into));
        }
    }

    /**
     * The placeholders of each field of one resource; a named class, as a lambda links a call site
     * at start. Every field of every resource passes here: the texts and placeholders are walked by
     * index and told one by one, so that a large sync's check allocates little beyond what it reports.
     */
    private static final class Placeholders implements Consumer<FieldValue>, VariableInterpolator.PlaceholderSink {
        private final DeclaredResource<?> resource;
        private final Set<String> skipped;
        private final List<Reference> into;
        private FieldValue field;

        Placeholders(DeclaredResource<?> resource, Set<String> skipped, List<Reference> into) {
            this.resource = resource;
            this.skipped = skipped;
            this.into = into;
        }

        @Override
        public void accept(FieldValue value) {
            if (!value.field().interpolated()) {
                return;
            }
            field = value;
            Object held = value.value();
            if (held instanceof String text) {
                VariableInterpolator.eachPlaceholder(text, this);
            } else if (held instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String text) {
                        VariableInterpolator.eachPlaceholder(text, this);
                    }
                }
            } else {
                List<String> texts = FieldTexts.of(held);
                for (int i = 0; i < texts.size(); i++) {
                    VariableInterpolator.eachPlaceholder(texts.get(i), this);
                }
            }
        }

        @Override
        public void placeholder(String name, int offset) {
            if (isName(name) && (skipped == null || !skipped.contains(name))) {
                into.add(new Reference(name, resource.kind().key(), resource.name(), field.path(),
                        resource.sources().locate(field.path())));
            }
        }
    }

    /** Whether {@code text} can be a variable's name: letters, digits, {@code _ . -}, at least one. */
    private static boolean isName(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
