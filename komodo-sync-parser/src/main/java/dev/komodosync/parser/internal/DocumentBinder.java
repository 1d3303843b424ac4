package dev.komodosync.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredUserGroup;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.SourceMap;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ResourceFields;
import dev.komodosync.model.meta.internal.UnionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Binds one parsed file to declarations (behaviour §1.1–§1.4): every {@code [[kind]]} in either
 * spelling, {@code [[variable]]}, {@code [[user_group]]}; warns about what Komodo silently
 * ignores (unknown tables, {@code server_template}, misplaced keys).
 */
public final class DocumentBinder {

    private static final String VARIABLE = "variable";
    private static final String USER_GROUP = "user_group";
    private static final String REMOVED = KomodoKinds.REMOVED_SERVER_TEMPLATE;

    private final ResourceKinds kinds;
    /**
     * One instance of each canonical path: every stack's source map holds {@code config.environment},
     * and a big sync would otherwise keep a copy per stack. Shared by the files bound in parallel.
     */
    private final Map<String, String> paths = new ConcurrentHashMap<>();
    /** The canonical paths binders make, one string each across the run's files. */
    private final CanonicalPaths canonicalPaths = new CanonicalPaths();

    /** A binder for the given kinds. */
    public DocumentBinder(ResourceKinds kinds) {
        this.kinds = kinds;
    }

    /**
     * What one file declares.
     *
     * @param resources the resources, in file order
     * @param variables the variables, in file order
     * @param userGroups the user groups, in file order
     * @param diagnostics the problems found while binding
     */
    public record FileDeclarations(
            List<DeclaredResource<?>> resources,
            List<DeclaredVariable> variables,
            List<DeclaredUserGroup> userGroups,
            List<Diagnostic> diagnostics) {}

    /** Binds {@code document}, which has no syntax errors. */
    public FileDeclarations bind(ParsedDocument document) {
        List<DeclaredResource<?>> resources = new ArrayList<>();
        List<DeclaredVariable> variables = new ArrayList<>();
        List<DeclaredUserGroup> userGroups = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, String> spellings = new LinkedHashMap<>();
        List<String> unknownKeys = new ArrayList<>();
        List<Diagnostic> unknownTables = new ArrayList<>();
        boolean declaresSomething = false;
        for (Map.Entry<String, JsonNode> entry : document.root().properties()) {
            String key = entry.getKey();
            RawPath at = RawPath.root().key(key);
            Optional<ResourceKind<?>> kind = kinds.byTomlKey(key);
            String canonical = kind.isPresent() ? kind.get().key() : singular(key);
            boolean known = kind.isPresent() || canonical.equals(VARIABLE) || canonical.equals(USER_GROUP);
            if (!known) {
                unknownKeys.add(key);
                unknownTables.add(unknownTable(document, key, at));
                continue;
            }
            declaresSomething = true;
            String earlier = spellings.putIfAbsent(canonical, key);
            if (earlier != null) {
                diagnostics.add(locate(document, new BindProblem(DiagnosticCode.DUPLICATE_FIELD, "[[" + earlier
                        + "]] and [[" + key + "]] in one file: Komodo rejects the file (duplicate field)", at,
                        Optional.of("use one spelling per file; across files both are fine"))));
            }
            List<ObjectNode> items = items(document, entry.getValue(), key, at, diagnostics);
            for (int i = 0; i < items.size(); i++) {
                RawPath itemPath = at.index(i);
                if (kind.isPresent()) {
                    bindResource(document, kind.get(), items.get(i), itemPath, resources, diagnostics);
                } else if (canonical.equals(VARIABLE)) {
                    bindVariable(document, items.get(i), itemPath, variables, diagnostics);
                } else {
                    bindUserGroup(document, items.get(i), itemPath, userGroups, diagnostics);
                }
            }
        }
        boolean foreign = !declaresSomething && !unknownTables.isEmpty()
                && unknownTables.stream().allMatch(d -> d.code() == DiagnosticCode.UNKNOWN_KIND && d.hint().isPresent()
                        && !d.hint().get().startsWith("did you mean"));
        if (foreign) {
            // Another program's TOML (Komodo's own config, say): one warning for the file, not one per table.
            diagnostics.add(Diagnostic.of(DiagnosticCode.NOTHING_DECLARED, "`" + document.file()
                            + "` declares no resource, variable or user group (it has "
                            + String.join(", ", unknownKeys.stream().map(k -> "`" + k + "`").toList()) + ")")
                    .at(new SourceLocation(document.file(), 1, 1))
                    .withHint("Komodo reads every .toml file under a sync's paths; keep other TOML files elsewhere"));
        } else {
            diagnostics.addAll(unknownTables);
        }
        return new FileDeclarations(resources, variables, userGroups, diagnostics);
    }

    private static String singular(String key) {
        return switch (key) {
            case "variables" -> VARIABLE;
            case "user_groups" -> USER_GROUP;
            default -> key;
        };
    }

    private Diagnostic unknownTable(ParsedDocument document, String key, RawPath at) {
        if (key.equals(REMOVED) || key.equals(REMOVED + "s")) {
            return locate(document, new BindProblem(DiagnosticCode.REMOVED_KIND, "[[" + key
                    + "]] was removed in Komodo 1.17.5; Komodo ignores it", at,
                    Optional.of("server templates no longer exist: declare servers with [[server]]")));
        }
        List<String> known = new ArrayList<>();
        kinds.all().forEach(k -> known.addAll(k.tomlKeys()));
        known.addAll(List.of(VARIABLE, "variables", USER_GROUP, "user_groups"));
        Optional<String> suggestion = Suggestions.closest(key, known);
        return locate(document, new BindProblem(DiagnosticCode.UNKNOWN_KIND, "unknown table `" + key
                + "`; Komodo ignores it", at, Optional.of(suggestion.map(s -> "did you mean `" + s + "`?")
                .orElse("sync files declare " + String.join(", ", known.stream().filter(k -> !k.endsWith("s")).toList())))));
    }

    private List<ObjectNode> items(ParsedDocument document, JsonNode value, String key, RawPath at,
            List<Diagnostic> diagnostics) {
        if (value.isObject()) {
            diagnostics.add(locate(document, new BindProblem(DiagnosticCode.WRONG_TYPE, "`" + key
                    + "` must be an array of tables, found a table", at, Optional.of("write [[" + key + "]], not ["
                    + key + "]"))));
            return List.of();
        }
        if (!value.isArray()) {
            diagnostics.add(locate(document, new BindProblem(DiagnosticCode.WRONG_TYPE, "`" + key
                    + "` must be an array of tables, found " + BindProblems.describe(value), at,
                    Optional.of("write [[" + key + "]] followed by its keys"))));
            return List.of();
        }
        List<ObjectNode> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isObject()) {
                items.add((ObjectNode) element);
            } else {
                diagnostics.add(locate(document, new BindProblem(DiagnosticCode.WRONG_TYPE, "element " + (i + 1)
                        + " of `" + key + "` must be a table, found " + BindProblems.describe(element), at.index(i),
                        Optional.empty())));
            }
        }
        return items;
    }

    private <C> void bindResource(ParsedDocument document, ResourceKind<C> kind, ObjectNode node, RawPath at,
            List<DeclaredResource<?>> into, List<Diagnostic> diagnostics) {
        Binder binder = new Binder(Binder.Mode.DECLARATION, new Positions(document), canonicalPaths);
        RecordType configType = ConfigTypes.of(kind.configClass()) instanceof RecordType record ? record : null;
        ResourceFields fields = (ResourceFields) binder.bindRecord(RecordType.of(ResourceFields.class), node, at, "",
                Set.of(ResourceFields.CONFIG_KEY), new ConfigKeyAdvisor(kind, configType));
        JsonNode configNode = node.get(ResourceFields.CONFIG_KEY);
        Object config;
        if (configNode == null) {
            config = kind.defaults();
        } else {
            config = binder.bind(ConfigTypes.of(kind.configClass()), configNode, at.key(ResourceFields.CONFIG_KEY), ResourceFields.CONFIG_KEY);
        }
        if (!kind.deployable() && (fields.deploy() || !fields.after().isEmpty())) {
            binder.report(DiagnosticCode.INEFFECTIVE_FIELD, (fields.deploy() ? "`deploy`" : "`after`")
                    + " has no effect on a " + kind.displayName().toLowerCase(Locale.ROOT),
                    at.key(fields.deploy() ? "deploy" : "after"), "only deployments and stacks deploy");
        }
        diagnostics.addAll(locateAll(document, binder));
        if (fields.name().isEmpty() && node.get("name") == null) {
            return;
        }
        Resource<C> resource = new Resource<>(kind, fields.name(), fields.description(), fields.template(), fields.tags(),
                kind.configClass().cast(config));
        into.add(new DeclaredResource<>(resource, fields.deploy(), fields.after(), sources(document, at, binder)));
    }

    // Named classes rather than lambdas and method references: each links a call site the first
    // time it runs, which a cold plan pays for (docs/architecture.md, "Start-up path").

    /** Where a path of {@code document} was written. */
    private static final class Positions implements Function<RawPath, Optional<SourceLocation>> {
        private final ParsedDocument document;

        Positions(ParsedDocument document) {
            this.document = document;
        }

        @Override
        public Optional<SourceLocation> apply(RawPath path) {
            return document.locate(path);
        }
    }

    /** A key of a resource's config written beside its name. */
    private static final class ConfigKeyAdvisor implements Binder.UnknownKeyAdvisor {
        private final ResourceKind<?> kind;
        private final RecordType configType;

        ConfigKeyAdvisor(ResourceKind<?> kind, RecordType configType) {
            this.kind = kind;
            this.configType = configType;
        }

        @Override
        public Optional<BindProblem> advise(RecordType owner, String key, RawPath at) {
            return configKeyOutsideConfig(kind, configType, key, at);
        }
    }

    /** Puts each bound path that has a position into a source map. */
    private final class SourcePaths implements BiConsumer<String, RawPath> {
        private final ParsedDocument document;
        private final SourceMap.Builder sources;

        SourcePaths(ParsedDocument document, SourceMap.Builder sources) {
            this.document = document;
            this.sources = sources;
        }

        @Override
        public void accept(String canonical, RawPath raw) {
            SourceLocation location = document.positions().get(raw);
            if (location != null) {
                // One string per canonical path across a run's files.
                String shared = paths.putIfAbsent(canonical, canonical);
                sources.put(shared != null ? shared : canonical, location);
            }
        }
    }

    private static Optional<BindProblem> configKeyOutsideConfig(ResourceKind<?> kind, RecordType configType, String key,
            RawPath at) {
        boolean configField = configType != null ? configType.field(key).isPresent()
                : ConfigTypes.of(kind.configClass()) instanceof UnionType union
                        && (key.equals(union.tagKey()) || key.equals(union.contentKey()));
        if (!configField) {
            return Optional.empty();
        }
        return Optional.of(new BindProblem(DiagnosticCode.CONFIG_KEY_OUTSIDE_CONFIG, "`" + key + "` belongs in ["
                + kind.key() + ".config], not beside `name`: Komodo ignores it here", at,
                Optional.of("move it under [" + kind.key() + ".config], or write config." + key + " = ...")));
    }

    private void bindVariable(ParsedDocument document, ObjectNode node, RawPath at, List<DeclaredVariable> into,
            List<Diagnostic> diagnostics) {
        Binder binder = new Binder(Binder.Mode.DECLARATION, new Positions(document), canonicalPaths);
        Variable variable = (Variable) binder.bind(RecordType.of(Variable.class), node, at, "");
        diagnostics.addAll(locateAll(document, binder));
        if (node.get("name") != null) {
            into.add(new DeclaredVariable(variable, node.get("value") != null, sources(document, at, binder)));
        }
    }

    private void bindUserGroup(ParsedDocument document, ObjectNode node, RawPath at, List<DeclaredUserGroup> into,
            List<Diagnostic> diagnostics) {
        Binder binder = new Binder(Binder.Mode.DECLARATION, new Positions(document), canonicalPaths);
        UserGroup group = (UserGroup) binder.bind(RecordType.of(UserGroup.class), node, at, "");
        diagnostics.addAll(locateAll(document, binder));
        if (node.get("name") != null) {
            into.add(new DeclaredUserGroup(group, sources(document, at, binder)));
        }
    }

    private SourceMap sources(ParsedDocument document, RawPath item, Binder binder) {
        Optional<SourceLocation> exact = document.exact(item);
        SourceMap.Builder sources = SourceMap.builder(exact.isPresent() ? exact : document.locate(item));
        binder.forEachBoundPath(new SourcePaths(document, sources));
        return sources.build();
    }

    private static List<Diagnostic> locateAll(ParsedDocument document, Binder binder) {
        List<BindProblem> problems = binder.problems();
        List<Diagnostic> located = new ArrayList<>(problems.size());
        for (BindProblem problem : problems) {
            located.add(locate(document, problem));
        }
        return located;
    }

    static Diagnostic locate(ParsedDocument document, BindProblem problem) {
        Diagnostic diagnostic = Diagnostic.of(problem.code(), problem.message()).at(document.locate(problem.at()));
        return problem.hint().isPresent() ? diagnostic.withHint(problem.hint().get()) : diagnostic;
    }
}
