package dev.komodosync.diff.plan.internal;

import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ConfigWalker;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.FieldValue;
import dev.komodosync.parser.internal.Suggestions;
import dev.komodosync.parser.internal.pattern.NameMatcher;
import dev.komodosync.parser.internal.text.VariableReferences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Checks that what declarations refer to exists (a departure: Komodo fails at run time or drops
 * the reference silently). A reference by name to a resource neither declared nor existing is an
 * error at the reference; a name pattern that matches no resource is a warning. Every lookup
 * sees all declared and existing resources, whatever the plan's filters.
 */
final class ReferenceChecks {

    /** The fields this checks: references and name patterns. */
    private static final ConfigWalker.Selection CHECKED = ConfigWalker.Selection.of(new Checked());

    // Named classes rather than lambdas: each lambda links a call site the first time it runs,
    // which a cold plan pays for (docs/architecture.md, "Start-up path").

    /** Whether a field is a reference or a name pattern. */
    private static final class Checked implements Predicate<FieldSpec> {
        @Override
        public boolean test(FieldSpec field) {
            return field.reference().isPresent() || field.pattern().isPresent();
        }
    }

    /** The fields of a check that also finds placeholders ({@link #check(DeclaredResource, Consumer)}). */
    private static final ConfigWalker.Selection CHECKED_OR_INTERPOLATED = ConfigWalker.Selection.of(
            new CheckedOrInterpolated());
    /** The fields that can hold placeholders. */
    private static final ConfigWalker.Selection INTERPOLATED = ConfigWalker.Selection.of(new Interpolated());

    /** Whether a field is a reference, a name pattern or interpolated. */
    private static final class CheckedOrInterpolated implements Predicate<FieldSpec> {
        @Override
        public boolean test(FieldSpec field) {
            return field.reference().isPresent() || field.pattern().isPresent() || VariableReferences.interpolated(field);
        }
    }

    /** Whether a field is interpolated. */
    private static final class Interpolated implements Predicate<FieldSpec> {
        @Override
        public boolean test(FieldSpec field) {
            return VariableReferences.interpolated(field);
        }
    }

    /** Checks each field of one declaration and gives each to a finder of placeholders. */
    private final class FieldCheckAndPlaceholders implements Consumer<FieldValue> {
        private final DeclaredResource<?> resource;
        private final Consumer<FieldValue> placeholders;

        FieldCheckAndPlaceholders(DeclaredResource<?> resource, Consumer<FieldValue> placeholders) {
            this.resource = resource;
            this.placeholders = placeholders;
        }

        @Override
        public void accept(FieldValue value) {
            placeholders.accept(value);
            FieldSpec field = value.field();
            if (field.reference().isPresent() || field.pattern().isPresent()) {
                check(resource, value);
            }
        }
    }

    /** Checks each field of one declaration. */
    private final class FieldCheck implements Consumer<FieldValue> {
        private final DeclaredResource<?> resource;

        FieldCheck(DeclaredResource<?> resource) {
            this.resource = resource;
        }

        @Override
        public void accept(FieldValue value) {
            check(resource, value);
        }
    }

    private final ResourceIndex index;
    private final List<Diagnostic> diagnostics;
    private final Map<String, List<NameMatcher>> compiled = new HashMap<>();
    private final Map<String, Boolean> matchesAny = new HashMap<>();
    /** Patterns whose kind's names were not sorted yet when met: tried in {@link #finish()}. */
    private final List<PendingPattern> pending = new ArrayList<>();

    /** A pattern of a declaration, tried once its kind's names are sorted. */
    private record PendingPattern(DeclaredResource<?> resource, ResourceKind<?> kind, NameMatcher matcher, String path) {}

    ReferenceChecks(ResourceIndex index, List<Diagnostic> diagnostics) {
        this.index = index;
        this.diagnostics = diagnostics;
    }

    void check(DeclaredResource<?> resource) {
        ConfigWalker.walk(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), "config", CHECKED,
                new FieldCheck(resource));
    }

    /**
     * Checks {@code resource} as {@link #check(DeclaredResource)} does and, in the same walk of its
     * config, gives each interpolated field to {@code placeholders} (a finder of {@code
     * VariableReferences}): one read of the config where two walks would each read it from memory.
     */
    void check(DeclaredResource<?> resource, Consumer<FieldValue> placeholders) {
        ConfigWalker.walk(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), "config",
                CHECKED_OR_INTERPOLATED, new FieldCheckAndPlaceholders(resource, placeholders));
    }

    /** Gives each interpolated field of {@code resource} to {@code placeholders}, checking nothing. */
    static void placeholders(DeclaredResource<?> resource, Consumer<FieldValue> placeholders) {
        ConfigWalker.walk(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), "config",
                INTERPOLATED, placeholders);
    }

    private void check(DeclaredResource<?> resource, FieldValue value) {
        FieldSpec field = value.field();
        if (field.reference().isPresent()) {
            Optional<ResourceKind<?>> kind = ConfigNormaliser.referencedKind(field, value.owner(), value.ownerValue(), index);
            if (kind.isPresent()) {
                List<String> names = names(value.value());
                for (int i = 0; i < names.size(); i++) {
                    reference(resource, kind.get(), names.get(i), value, i, field.reference().get().kindFromField().isEmpty());
                }
            }
        }
        if (field.pattern().isPresent() && value.value() instanceof String text && !text.isEmpty()) {
            FieldSpec.PatternSpec spec = field.pattern().get();
            Optional<ResourceKind<?>> kind;
            if (spec.kind().isEmpty()) {
                Optional<Object> variant = value.sibling(spec.kindFromField());
                kind = variant.isPresent() ? index.kindByVariant(((KomodoEnum) variant.get()).key()) : Optional.empty();
            } else {
                kind = index.kind(spec.kind());
            }
            if (kind.isPresent()) {
                patterns(resource, kind.get(), text, spec.split(), value.path());
            }
        }
    }

    /** The path of {@code value}'s {@code element}; written out only for a diagnostic, as most references resolve. */
    private static String path(FieldValue value, int element) {
        return value.value() instanceof List<?> ? value.path() + "[" + element + "]" : value.path();
    }

    private void reference(DeclaredResource<?> resource, ResourceKind<?> kind, String name, FieldValue value,
            int element, boolean fixedKind) {
        if (name.isEmpty()) {
            return;
        }
        if (index.known(kind, name)) {
            if (!fixedKind) {
                targetByName(resource, kind, name, value, element);
            }
            return;
        }
        unresolved(resource, kind, name, value, element);
    }

    /** Reports an alerter target given by name (behaviour §2.8: stored as written, alerts routed by id). */
    private void targetByName(DeclaredResource<?> resource, ResourceKind<?> kind, String name, FieldValue value,
            int element) {
        diagnostics.add(Diagnostic.of(DiagnosticCode.ALERTER_TARGET_BY_NAME, owner(resource) + " names "
                        + kind.key() + " `" + name + "` by name; Komodo routes alerts by resource id, so the"
                        + " target never matches an alert")
                .at(resource.sources().locate(path(value, element)))
                .withHint("komodo-sync compares it by name; to filter alerts in Komodo, set it by id in the UI"));
    }

    /**
     * Reports a reference that names no declared or existing resource: by its id, misspelt, or
     * missing. Apart from {@link #reference}, which runs for every reference: most resolve, and the
     * messages compiled into it cost every run's compiler.
     */
    private void unresolved(DeclaredResource<?> resource, ResourceKind<?> kind, String name, FieldValue value,
            int element) {
        String owner = owner(resource);
        String byId = index.nameById(kind, name);
        if (byId != null) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.REFERENCE_BY_ID, owner + " refers to " + kind.key() + " `"
                            + byId + "` by its id `" + name + "`; this plan compares it by name, while Komodo"
                            + " v2.3.2 would plan an update of it on every run (and a redeploy, where it triggers one of"
                            + " a running deploy = true target)")
                    .at(resource.sources().locate(path(value, element)))
                    .withHint("write the name `" + byId + "`"));
            return;
        }
        List<String> names = index.names(kind);
        Optional<String> closest = Suggestions.closest(name, names).map(s -> "did you mean `" + s + "`?");
        if (!index.existingKnown()) {
            diagnostics.add(undeclared(owner + ": " + kind.key() + " `" + name + "` is declared in no file",
                    resource.sources().locate(path(value, element)), closest));
            return;
        }
        diagnostics.add(Diagnostic.of(DiagnosticCode.UNRESOLVED_REFERENCE, owner + ": " + kind.key() + " `" + name
                        + "` is neither declared nor existing")
                .at(resource.sources().locate(path(value, element)))
                .withHint(closest.orElse(names.isEmpty() ? "no " + kind.key() + " is declared or exists"
                                : "declare [[" + kind.key() + "]] `" + name + "`, or name an existing one")));
    }

    /** How a diagnostic names the declaration it is about. */
    private static String owner(DeclaredResource<?> resource) {
        return resource.kind().key() + " `" + resource.name() + "`";
    }

    /**
     * KS420, for a check without a snapshot: what {@code message} says no file declares may exist
     * in Komodo; a likely misspelling is hinted first.
     */
    static Diagnostic undeclared(String message, Optional<SourceLocation> at, Optional<String> closest) {
        return Diagnostic.of(DiagnosticCode.UNDECLARED_REFERENCE, message + "; it must exist in Komodo")
                .at(at)
                .withHint(closest.map(s -> s + " Or c").orElse("C")
                        + "heck it against what exists: validate or plan with --state <snapshot> or --url <core>");
    }

    private void patterns(DeclaredResource<?> resource, ResourceKind<?> kind, String text, boolean split, String path) {
        // Many procedures batch with the same patterns: each is compiled and tried once per run.
        String compiledKey = (split ? "list:" : "one:") + text;
        List<NameMatcher> matchers = compiled.get(compiledKey);
        if (matchers == null) {
            if (split) {
                matchers = NameMatcher.compileList(text).matchers();
            } else {
                Optional<NameMatcher> one = NameMatcher.compile(text).matcher();
                matchers = one.isPresent() ? List.of(one.get()) : List.of();
            }
            compiled.put(compiledKey, matchers);
        }
        for (NameMatcher matcher : matchers) {
            String matchKey = kind.key() + "\u0000" + matcher.pattern();
            Boolean any = matchesAny.get(matchKey);
            if (any == null) {
                // A kind's names are sorted once, by the first check that needs them; another check
                // meeting them half sorted goes on with its declarations rather than wait (at 100k
                // resources the sort takes milliseconds), and tries the pattern in finish().
                any = index.anyMatchesIfSorted(kind, matcher);
                if (any == null) {
                    pending.add(new PendingPattern(resource, kind, matcher, path));
                    continue;
                }
                matchesAny.put(matchKey, any);
            }
            if (!any) {
                reportNoMatch(resource, kind, matcher, path);
            }
        }
    }

    /**
     * Tries the patterns put off while their kind's names were being sorted (sorting them here if
     * no other check has): call once after the last {@link #check}. Their diagnostics come after
     * the others of this instance; a plan sorts all diagnostics at its end.
     */
    void finish() {
        for (PendingPattern pattern : pending) {
            String matchKey = pattern.kind().key() + "\u0000" + pattern.matcher().pattern();
            Boolean any = matchesAny.get(matchKey);
            if (any == null) {
                any = index.anyMatches(pattern.kind(), pattern.matcher());
                matchesAny.put(matchKey, any);
            }
            if (!any) {
                reportNoMatch(pattern.resource(), pattern.kind(), pattern.matcher(), pattern.path());
            }
        }
        pending.clear();
    }

    private void reportNoMatch(DeclaredResource<?> resource, ResourceKind<?> kind, NameMatcher matcher, String path) {
        if (!index.existingKnown()) {
            diagnostics.add(undeclared(resource.kind().key() + " `" + resource.name() + "`: pattern `"
                    + matcher.pattern() + "` matches no declared " + kind.key(), resource.sources().locate(path),
                    Optional.empty()));
            return;
        }
        diagnostics.add(Diagnostic.of(DiagnosticCode.PATTERN_MATCHES_NOTHING, resource.kind().key() + " `"
                        + resource.name() + "`: pattern `" + matcher.pattern() + "` matches no declared or existing "
                        + kind.key())
                .at(resource.sources().locate(path))
                .withHint("check the spelling; a regex must be written between backslashes, \\^like-this.*\\"));
    }

    private static List<String> names(Object value) {
        if (value instanceof String name) {
            return List.of(name);
        }
        if (value instanceof List<?> list) {
            List<String> names = new ArrayList<>(list.size());
            for (Object element : list) {
                if (element instanceof String name) {
                    names.add(name);
                }
            }
            return names;
        }
        return List.of();
    }
}
