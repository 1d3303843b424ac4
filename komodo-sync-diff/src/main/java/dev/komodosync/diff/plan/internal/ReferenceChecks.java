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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks that what declarations refer to exists (a departure: Komodo fails at run time or drops
 * the reference silently). A reference by name to a resource neither declared nor existing is an
 * error at the reference; a name pattern that matches no resource is a warning. Every lookup
 * sees all declared and existing resources, whatever the plan's filters.
 */
final class ReferenceChecks {

    /** The fields this checks: references and name patterns. */
    private static final ConfigWalker.Selection CHECKED = ConfigWalker.Selection.of(
            field -> field.reference().isPresent() || field.pattern().isPresent());

    private final ResourceIndex index;
    private final List<Diagnostic> diagnostics;
    private final Map<String, List<NameMatcher>> compiled = new HashMap<>();
    private final Map<String, Boolean> matchesAny = new HashMap<>();

    ReferenceChecks(ResourceIndex index, List<Diagnostic> diagnostics) {
        this.index = index;
        this.diagnostics = diagnostics;
    }

    void check(DeclaredResource<?> resource) {
        ConfigWalker.walk(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), "config", CHECKED,
                field -> check(resource, field));
    }

    private void check(DeclaredResource<?> resource, FieldValue value) {
        FieldSpec field = value.field();
        if (field.reference().isPresent()) {
            Optional<ResourceKind<?>> kind = ConfigNormaliser.referencedKind(field, value.owner(), value.ownerValue(), index);
            if (kind.isPresent()) {
                List<String> names = names(value.value());
                for (int i = 0; i < names.size(); i++) {
                    int element = i;
                    // The path is written out only for a diagnostic: most references resolve.
                    Supplier<String> path = () -> value.value() instanceof List<?> ? value.path() + "[" + element + "]"
                            : value.path();
                    reference(resource, kind.get(), names.get(i), path, field.reference().get().kindFromField().isEmpty());
                }
            }
        }
        if (field.pattern().isPresent() && value.value() instanceof String text && !text.isEmpty()) {
            FieldSpec.PatternSpec spec = field.pattern().get();
            Optional<ResourceKind<?>> kind = spec.kind().isEmpty()
                    ? value.sibling(spec.kindFromField()).flatMap(v -> index.kindByVariant(
                            ((KomodoEnum) v).key()))
                    : index.kind(spec.kind());
            kind.ifPresent(k -> patterns(resource, k, text, spec.split(), value.path()));
        }
    }

    private void reference(DeclaredResource<?> resource, ResourceKind<?> kind, String name, Supplier<String> path,
            boolean fixedKind) {
        if (name.isEmpty()) {
            return;
        }
        String owner = resource.kind().key() + " `" + resource.name() + "`";
        if (index.known(kind, name)) {
            if (!fixedKind) {
                // behaviour §2.8: alerter targets are stored as written, and alerts are routed by id.
                diagnostics.add(Diagnostic.of(DiagnosticCode.ALERTER_TARGET_BY_NAME, owner + " names "
                                + kind.key() + " `" + name + "` by name; Komodo routes alerts by resource id, so the"
                                + " target never matches an alert")
                        .at(resource.sources().locate(path.get()))
                        .withHint("komodo-sync compares it by name; to filter alerts in Komodo, set it by id in the UI"));
            }
            return;
        }
        Optional<String> byId = index.existingById(kind, name).map(e -> e.name());
        if (byId.isPresent()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.REFERENCE_BY_ID, owner + " refers to " + kind.key() + " `"
                            + byId.get() + "` by its id `" + name + "`; this plan compares it by name, while Komodo"
                            + " v2.3.2 would plan an update of it on every run (and a redeploy, where it triggers one of"
                            + " a running deploy = true target)")
                    .at(resource.sources().locate(path.get()))
                    .withHint("write the name `" + byId.get() + "`"));
            return;
        }
        List<String> names = index.names(kind);
        Optional<String> closest = Suggestions.closest(name, names).map(s -> "did you mean `" + s + "`?");
        if (!index.existingKnown()) {
            diagnostics.add(undeclared(owner + ": " + kind.key() + " `" + name + "` is declared in no file",
                    resource.sources().locate(path.get()), closest));
            return;
        }
        diagnostics.add(Diagnostic.of(DiagnosticCode.UNRESOLVED_REFERENCE, owner + ": " + kind.key() + " `" + name
                        + "` is neither declared nor existing")
                .at(resource.sources().locate(path.get()))
                .withHint(closest.orElse(names.isEmpty() ? "no " + kind.key() + " is declared or exists"
                                : "declare [[" + kind.key() + "]] `" + name + "`, or name an existing one")));
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
        List<NameMatcher> matchers = compiled.computeIfAbsent((split ? "list:" : "one:") + text, key -> split
                ? NameMatcher.compileList(text).matchers()
                : NameMatcher.compile(text).matcher().map(List::of).orElse(List.of()));
        for (NameMatcher matcher : matchers) {
            if (!matchesAny.computeIfAbsent(kind.key() + "\u0000" + matcher.pattern(), key -> index.anyMatches(kind, matcher))) {
                if (!index.existingKnown()) {
                    diagnostics.add(undeclared(resource.kind().key() + " `" + resource.name() + "`: pattern `"
                            + matcher.pattern() + "` matches no declared " + kind.key(), resource.sources().locate(path),
                            Optional.empty()));
                    continue;
                }
                diagnostics.add(Diagnostic.of(DiagnosticCode.PATTERN_MATCHES_NOTHING, resource.kind().key() + " `"
                                + resource.name() + "`: pattern `" + matcher.pattern() + "` matches no declared or existing "
                                + kind.key())
                        .at(resource.sources().locate(path))
                        .withHint("check the spelling; a regex must be written between backslashes, \\^like-this.*\\"));
            }
        }
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
