package dev.komodosync.parser.internal;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredUserGroup;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Severity;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.SourceMap;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ConfigWalker;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.FieldValue;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.internal.pattern.NameMatcher;
import dev.komodosync.parser.internal.text.KeyValueListParser;
import dev.komodosync.parser.internal.text.VariableInterpolator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks over a whole declaration once every file is bound: duplicate names (an error, a
 * departure from Komodo, which merges them), names Komodo rewrites on create, and, for every field
 * the metadata marks, malformed key/value text, bad {@code [[VARIABLE]]} syntax and invalid name
 * patterns.
 */
public final class DeclarationChecks {

    /** The fields {@link #check(FieldValue, SourceMap, List)} reports on; the walk skips the rest. */
    private static final ConfigWalker.Selection CHECKED = ConfigWalker.Selection.of(new Checked());

    // Named classes rather than lambdas: each lambda links a call site the first time it runs,
    // which a cold plan pays for (docs/architecture.md, "Start-up path").

    /** Whether a field is one {@link #CHECKED} reports on. */
    private static final class Checked implements Predicate<FieldSpec> {
        @Override
        public boolean test(FieldSpec field) {
            return field.keyValueForm().isPresent() || field.interpolated() || field.pattern().isPresent();
        }
    }

    /** {@link #fieldsOf}, as a function. */
    private static final class FieldsOf implements Function<DeclaredResource<?>, List<Diagnostic>> {
        @Override
        public List<Diagnostic> apply(DeclaredResource<?> resource) {
            return fieldsOf(resource);
        }
    }

    /** Checks each field of a walk into {@code diagnostics}. */
    private static final class FieldCheck implements Consumer<FieldValue> {
        private final SourceMap sources;
        private final List<Diagnostic> diagnostics;

        FieldCheck(SourceMap sources, List<Diagnostic> diagnostics) {
            this.sources = sources;
            this.diagnostics = diagnostics;
        }

        @Override
        public void accept(FieldValue value) {
            check(value, sources, diagnostics);
        }
    }

    /** Where a field is, located on first use only: most fields have nothing to report. */
    private static final class Where {
        private final SourceMap sources;
        private final FieldValue value;
        private Optional<SourceLocation> location;

        Where(SourceMap sources, FieldValue value) {
            this.sources = sources;
            this.value = value;
        }

        Optional<SourceLocation> get() {
            if (location == null) {
                location = sources.locate(value.path());
            }
            return location;
        }
    }

    private DeclarationChecks() {}

    /** Every problem of {@code declaration}, in no particular order. */
    public static List<Diagnostic> check(Declaration declaration) {
        return check(declaration, new FieldsOf());
    }

    /**
     * Every problem of {@code declaration}, with the problems of each resource's own fields given
     * by {@code resourceFields} (the loader works them out per file, on several cores, with
     * {@link #fieldsOf}); in the order {@link #check(Declaration)} gives them.
     */
    public static List<Diagnostic> check(Declaration declaration,
            Function<DeclaredResource<?>, List<Diagnostic>> resourceFields) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, DeclaredResource<?>> firstByName = new LinkedHashMap<>();
        for (DeclaredResource<?> resource : declaration.resources()) {
            String key = resource.kind().key() + "\u0000" + resource.name();
            DeclaredResource<?> first = firstByName.putIfAbsent(key, resource);
            if (first != null) {
                diagnostics.add(duplicate(resource.kind().displayName().toLowerCase(Locale.ROOT),
                        resource.name(), first.sources(), resource.sources()));
            }
            String stored = resource.kind().nameRule().apply(resource.name());
            if (!stored.equals(resource.name())) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.NAME_NORMALISED, "Komodo stores " + resource.kind().key()
                                + " `" + resource.name() + "` as `" + stored + "`, so this declaration never matches it")
                        .at(resource.sources().locate("name"))
                        .withHint(stored.isEmpty() ? "use letters or digits in the name" : "name it `" + stored + "`"));
            }
            diagnostics.addAll(resourceFields.apply(resource));
        }
        Map<String, SourceMap> variables = new LinkedHashMap<>();
        for (DeclaredVariable v : declaration.variables()) {
            SourceMap first = variables.putIfAbsent(v.name(), v.sources());
            if (first != null) {
                diagnostics.add(duplicate("variable", v.name(), first, v.sources()));
            }
            fields(RecordType.of(Variable.class), v.variable(), "", v.sources(), diagnostics);
        }
        Map<String, SourceMap> groups = new LinkedHashMap<>();
        for (DeclaredUserGroup g : declaration.userGroups()) {
            SourceMap first = groups.putIfAbsent(g.name(), g.sources());
            if (first != null) {
                diagnostics.add(duplicate("user group", g.name(), first, g.sources()));
            }
            fields(RecordType.of(UserGroup.class), g.group(), "", g.sources(), diagnostics);
        }
        return diagnostics;
    }

    /** The problems of one resource's config fields: key/value text, {@code [[VARIABLE]]} syntax, name patterns. */
    public static List<Diagnostic> fieldsOf(DeclaredResource<?> resource) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        fields(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), "config", resource.sources(), diagnostics);
        return diagnostics;
    }

    private static Diagnostic duplicate(String what, String name, SourceMap first, SourceMap second) {
        String firstAt = first.root().map(SourceLocation::toString).orElse("code");
        return Diagnostic.of(DiagnosticCode.DUPLICATE_NAME, what + " `" + name + "` is declared twice; first at " + firstAt)
                .at(second.locate("name"))
                .withHint("Komodo would apply both declarations one after the other; keep one");
    }

    private static void fields(ValueType type, Object value, String prefix, SourceMap sources,
            List<Diagnostic> diagnostics) {
        ConfigWalker.walk(type, value, prefix, CHECKED, new FieldCheck(sources, diagnostics));
    }

    private static void check(FieldValue value, SourceMap sources, List<Diagnostic> diagnostics) {
        FieldSpec field = value.field();
        // Located only when there is something to report: most fields have nothing.
        Where where = new Where(sources, value);
        List<String> texts = FieldTexts.of(value.value());
        if (field.keyValueForm().isPresent()) {
            for (String text : texts) {
                for (KeyValueListParser.Problem problem : KeyValueListParser.problems(text)) {
                    Diagnostic diagnostic = Diagnostic.of(DiagnosticCode.MALFORMED_KEY_VALUE, "`" + field.key()
                                    + "`: line " + (problem.line() + 1) + " of the value has no `=` or `:`")
                            .at(where.get())
                            .withHint("write one `KEY = value` or `key: value` per line");
                    diagnostics.add(field.keyValueForm().get().validated()
                            ? diagnostic.withSeverity(Severity.ERROR)
                                    .withHint("Komodo rejects the create or update: write one `KEY = value` per line")
                            : diagnostic);
                }
            }
        }
        if (field.interpolated()) {
            for (String text : texts) {
                var error = VariableInterpolator.error(text);
                if (error.isPresent()) {
                    diagnostics.add(Diagnostic.of(DiagnosticCode.INTERPOLATION_SYNTAX, "`" + field.key() + "`: "
                                    + error.get().message() + "; Komodo fails when it interpolates this value")
                            .at(where.get())
                            .withHint("write [[NAME]] for a variable, [[[NAME]]] for the literal text [[NAME]]"));
                }
            }
        }
        if (field.pattern().isPresent()) {
            for (String text : texts) {
                if (field.pattern().get().split()) {
                    NameMatcher.PatternList list = NameMatcher.compileList(text);
                    // A regex cut at a comma (behaviour §7.2) is a warning: Komodo accepts the text, and
                    // the invalid pieces are its consequence, so only the rest of the list is checked.
                    NameMatcher.PatternList rest = list.splitWarnings().isEmpty() ? list
                            : NameMatcher.compileList(withoutSplitRegexes(text));
                    for (var error : rest.errors()) {
                        diagnostics.add(invalidPattern(field, error, where.get()));
                    }
                    for (var warning : list.splitWarnings()) {
                        diagnostics.add(Diagnostic.of(DiagnosticCode.PATTERN_SPLIT, "`" + field.key() + "`: " + warning)
                                .at(where.get())
                                .withHint("a regex in a pattern list must not contain `,`: use a second pattern"));
                    }
                } else {
                    var error = NameMatcher.compile(text).error();
                    if (error.isPresent()) {
                        diagnostics.add(invalidPattern(field, error.get(), where.get()));
                    }
                }
            }
        }
    }

    /**
     * The lines of a pattern list (cut as {@link String#lines()} cuts them) without those that
     * hold a regex Komodo splits apart. A loop, not a stream: {@link #check} has this compiled
     * into it, and a stream there would have it compiled again once the JDK loads another stream
     * class (issue 19).
     */
    static String withoutSplitRegexes(String text) {
        List<String> kept = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            String trimmed = RustText.trim(line);
            boolean regex = trimmed.length() >= 2 && trimmed.startsWith("\\") && trimmed.endsWith("\\");
            if (!(regex && (trimmed.contains(",") || trimmed.contains(" #")))) {
                kept.add(line);
            }
            start = end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return String.join("\n", kept);
    }

    private static Diagnostic invalidPattern(FieldSpec field, String error, Optional<SourceLocation> at) {
        return Diagnostic.of(DiagnosticCode.INVALID_PATTERN, "`" + field.key() + "`: invalid name pattern: " + error)
                .at(at)
                .withHint("a pattern is a name, a wildcard such as app-*, or a regex between backslashes such as \\^app-.*$\\");
    }
}
