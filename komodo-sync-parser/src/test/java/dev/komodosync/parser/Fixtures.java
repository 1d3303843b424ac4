package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.ResourceKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Shared helpers of the parser tests. */
public final class Fixtures {

    private Fixtures() {}

    /** A test resource as a path. */
    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads TOML text as the file {@code test.toml}. */
    public static LoadResult load(String toml) {
        return SyncLoader.create().loadString("test.toml", toml);
    }

    /** Loads TOML text that must give no error, and returns its declaration. */
    public static Declaration declaration(String toml) {
        LoadResult result = load(toml);
        assertThat(result.errors()).as("errors").isEmpty();
        return result.declaration();
    }

    /** The config of the only resource of {@code kind}. */
    public static <C> C only(Declaration declaration, ResourceKind<C> kind) {
        List<DeclaredResource<C>> resources = declaration.resources(kind);
        assertThat(resources).hasSize(1);
        return resources.get(0).resource().config();
    }

    /** The declared resource of {@code kind} named {@code name}. */
    public static <C> DeclaredResource<C> named(Declaration declaration, ResourceKind<C> kind, String name) {
        return declaration.resources(kind).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** {@code file:line:col code} of each diagnostic, for compact exact assertions. */
    public static List<String> summary(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.location().map(l -> l.line() + ":" + l.column() + " ").orElse("") + d.code().code())
                .toList();
    }
}
