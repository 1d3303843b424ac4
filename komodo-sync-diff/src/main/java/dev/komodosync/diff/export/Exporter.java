package dev.komodosync.diff.export;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.export.internal.SecretFields;
import dev.komodosync.diff.export.internal.TomlBlocks;
import dev.komodosync.diff.export.internal.TomlText;
import dev.komodosync.diff.plan.internal.StoredNames;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredUserGroup;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ConfigTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes sync TOML in Komodo's export layout (behaviour §11): blocks by kind in Komodo's export
 * order (then variables and user groups), each resource's config minimised against its defaults
 * with nested tables as dotted keys and references by name.
 *
 * <p>Unlike Komodo's export, every value reads back identically: empty strings whose default is
 * not empty are written, a swarm's {@code send_unhealthy_alerts = false} is written, strings TOML
 * cannot hold raw are escaped, procedure params are never lost. Exporting a snapshot with
 * {@link ExportOptions#includeSecrets()} and planning the result against that snapshot plans
 * nothing.
 *
 * <p>Without {@code includeSecrets}, no secret value is written: every secret-bearing field (those
 * plans mask: {@code passkey}, {@code webhook_secret}, {@code secret_args}, git and registry
 * {@code token}s, alerter endpoint URLs) and every secret variable's value is left out, the text
 * opens with a comment that lists what was left out (never the values), and
 * {@link ExportResult#secretsLeftOut()} lists it too. The round trip is then exact except for those
 * fields.
 */
public final class Exporter {

    private static final String SEPARATOR = "\n##\n\n";

    private Exporter() {}

    /** The sync TOML of what exists: references and members by name, deploy settings from {@code options.existing()}. */
    public static ExportResult export(Snapshot snapshot, ExportOptions options) {
        requireNonNull(snapshot, "snapshot");
        requireNonNull(options, "options");
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> knownTags = snapshot.tags().stream().map(Snapshot.Tag::name).collect(Collectors.toSet());
        for (String tag : options.matchTags()) {
            if (!knownTags.contains(tag)) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.EXPORT_UNKNOWN_TAG, "no tag is named `" + tag + "`")
                        .withHint("tags: " + String.join(", ", knownTags.stream().sorted().toList())));
            }
        }
        StoredNames names = new StoredNames(snapshot, ResourceKinds.discover());
        Map<String, DeclaredResource<?>> existing = new LinkedHashMap<>();
        options.existing().resources().forEach(r -> existing.putIfAbsent(r.kind().key() + "\u0000" + r.name(), r));
        List<String> blocks = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        if (options.includeResources()) {
            for (ResourceKind<?> kind : kindsInExportOrder(snapshot.resources().stream().<ResourceKind<?>>map(ExistingResource::kind).toList())) {
                snapshot.resources(kind).stream()
                        .filter(r -> r.resource().tags().containsAll(options.matchTags()))
                        .filter(r -> isManaged(r.resource()))
                        .sorted(Comparator.comparing(ExistingResource::name))
                        .forEach(r -> {
                            Resource<?> named = names.resource(r);
                            if (!options.includeSecrets()) {
                                named = withoutSecrets(named, leftOut);
                            }
                            DeclaredResource<?> declared = existing.get(kind.key() + "\u0000" + r.name());
                            blocks.add(TomlBlocks.resource(named, declared != null && declared.deploy(),
                                    declared == null ? List.of() : declared.after()));
                        });
            }
        }
        if (options.includeVariables()) {
            snapshot.variables().stream().sorted(Comparator.comparing(Variable::name)).forEach(v -> {
                if (v.secret() && !v.value().isEmpty() && !options.includeSecrets()) {
                    leftOut.add("variable " + TomlText.basic(v.name()) + ": value");
                }
                blocks.add(TomlBlocks.variable(v, options.includeSecrets()));
            });
        }
        if (options.includeUserGroups()) {
            snapshot.userGroups().stream().sorted(Comparator.comparing(Snapshot.ExistingUserGroup::name))
                    .forEach(g -> blocks.add(TomlBlocks.userGroup(names.userGroup(g))));
        }
        String toml = String.join(SEPARATOR, blocks);
        if (!leftOut.isEmpty()) {
            toml = leftOutComment(leftOut) + toml;
        }
        return new ExportResult(toml, diagnostics, leftOut);
    }

    /** The sync TOML of a declaration: each kind's resources in declaration order, kinds in export order. */
    public static String export(Declaration declaration, ExportOptions options) {
        requireNonNull(declaration, "declaration");
        requireNonNull(options, "options");
        List<String> blocks = new ArrayList<>();
        if (options.includeResources()) {
            for (ResourceKind<?> kind : kindsInExportOrder(declaration.resources().stream().<ResourceKind<?>>map(DeclaredResource::kind).toList())) {
                declaration.resources(kind).stream()
                        .filter(r -> r.resource().tags().containsAll(options.matchTags()))
                        .forEach(r -> blocks.add(TomlBlocks.resource(r.resource(), r.deploy(), r.after())));
            }
        }
        if (options.includeVariables()) {
            declaration.variables().stream().map(DeclaredVariable::variable)
                    .forEach(v -> blocks.add(TomlBlocks.variable(v, options.includeSecrets())));
        }
        if (options.includeUserGroups()) {
            declaration.userGroups().stream().map(DeclaredUserGroup::group)
                    .forEach(g -> blocks.add(TomlBlocks.userGroup(g)));
        }
        return String.join(SEPARATOR, blocks);
    }

    /** One resource's block, as {@code export} writes it. */
    public static String block(Resource<?> resource, boolean deploy, List<String> after) {
        return TomlBlocks.resource(resource, deploy, after);
    }

    /** One variable's block, as {@code export} writes it. */
    public static String block(Variable variable, boolean includeSecret) {
        return TomlBlocks.variable(variable, includeSecret);
    }

    /** One user group's block, as {@code export} writes it. */
    public static String block(UserGroup group) {
        return TomlBlocks.userGroup(group);
    }

    /** {@code resource} with its secret-bearing fields emptied; what held a value is added to {@code leftOut}. */
    private static <C> Resource<C> withoutSecrets(Resource<C> resource, List<String> leftOut) {
        Set<String> paths = new java.util.TreeSet<>();
        @SuppressWarnings("unchecked")
        C config = (C) SecretFields.strip(ConfigTypes.of(resource.kind().configClass()), resource.config(), "config", paths);
        paths.forEach(path -> leftOut.add(resource.kind().key() + " " + TomlText.basic(resource.name()) + ": " + path));
        return paths.isEmpty() ? resource : resource.withConfig(config);
    }

    /** The comment that opens an export which left secrets out: what, never the values. */
    private static String leftOutComment(List<String> leftOut) {
        StringBuilder comment = new StringBuilder("# komodo-sync export left out ").append(leftOut.size())
                .append(leftOut.size() == 1 ? " secret value" : " secret values")
                .append(" (export with --include-secrets to write them):\n");
        leftOut.forEach(what -> comment.append("#   ").append(what).append('\n'));
        return comment.append('\n').toString();
    }

    private static <C> boolean isManaged(Resource<C> resource) {
        return resource.kind().isManagedBySyncs(resource.config());
    }

    private static List<ResourceKind<?>> kindsInExportOrder(List<ResourceKind<?>> kinds) {
        return kinds.stream().distinct()
                .sorted(Comparator.comparingInt((ResourceKind<?> k) -> k.exportOrder()).thenComparing(ResourceKind::key))
                .toList();
    }
}
