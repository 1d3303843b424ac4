package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of {@link LoadOptions}, tested at small configured values: each exceeded is one
 * located KS110, and a file over a limit declares nothing.
 */
class LoadLimitsTest {

    @TempDir
    Path dir;

    private static Diagnostic onlyError(LoadResult result) {
        assertThat(result.errors()).hasSize(1);
        Diagnostic d = result.errors().get(0);
        assertThat(d.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
        return d;
    }

    @Test
    void theDefaultsAreDocumentedValues() {
        LoadOptions defaults = LoadOptions.defaults();
        assertThat(defaults.maxFileBytes()).isEqualTo(16L << 20);
        assertThat(defaults.maxStringLength()).isEqualTo(2 << 20);
        assertThat(defaults.maxSnapshotBytes()).isEqualTo(1L << 30);
    }

    @Test
    void aLimitThatIsNotPositiveIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> LoadOptions.builder().maxDepth(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be positive: 0");
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() throws IOException {
        Path file = Files.writeString(dir.resolve("big.toml"), "[[server]]\nname = \"" + "a".repeat(200) + "\"\n");
        Diagnostic d = onlyError(SyncLoader.create(LoadOptions.builder().maxFileBytes(100).build()).load(file));
        assertThat(d.location()).contains(new SourceLocation(file.toString(), 1, 1));
        assertThat(d.message()).contains("larger than 100");
    }

    @Test
    void aStringLongerThanTheLimitIsLocatedAtItsKey() {
        LoadResult result = SyncLoader.create(LoadOptions.builder().maxStringLength(10).build())
                .loadString("s.toml", "[[server]]\nname = \"s\"\nconfig.region = \"" + "r".repeat(11) + "\"\n");
        Diagnostic d = onlyError(result);
        assertThat(d.location()).contains(new SourceLocation("s.toml", 3, 1));
        assertThat(result.declaration().resources()).isEmpty();
    }

    @Test
    void aKeyLongerThanTheLimitIsAnError() {
        Diagnostic d = onlyError(SyncLoader.create(LoadOptions.builder().maxStringLength(10).build())
                .loadString("k.toml", "[[server]]\nname = \"s\"\n" + "k".repeat(11) + " = 1\n"));
        assertThat(d.message()).contains("a key of 11 characters");
    }

    @Test
    void anArrayLongerThanTheLimitIsOneErrorNotOnePerElement() {
        Diagnostic d = onlyError(SyncLoader.create(LoadOptions.builder().maxArrayLength(3).build())
                .loadString("a.toml", "[[server]]\nname = \"s\"\nconfig.links = [0, 1, 2, 3, 4, 5]\n"));
        assertThat(d.message()).contains("an array of 6 elements");
        assertThat(d.location()).contains(new SourceLocation("a.toml", 3, 1));
    }

    @Test
    void nestingDeeperThanTheLimitIsAnError() {
        Diagnostic d = onlyError(SyncLoader.create(LoadOptions.builder().maxDepth(4).build())
                .loadString("d.toml", "x = [[[[[[1]]]]]]\n"));
        assertThat(d.message()).contains("nesting deeper than 4");
    }

    @Test
    void moreFilesThanTheLimitAreNotRead() throws IOException {
        for (String name : new String[] {"a", "b", "c"}) {
            Files.writeString(dir.resolve(name + ".toml"), "[[server]]\nname = \"" + name + "\"\n");
        }
        LoadResult result = SyncLoader.create(LoadOptions.builder().maxFiles(2).build()).load(dir);
        Diagnostic d = onlyError(result);
        assertThat(d.location().orElseThrow().file()).endsWith("c.toml");
        assertThat(result.declaration().resources()).extracting(r -> r.name()).containsExactly("a", "b");
    }

    @Test
    void moreResourcesThanTheLimitAreAnErrorAtTheFirstOver() {
        Diagnostic d = onlyError(SyncLoader.create(LoadOptions.builder().maxResources(2).build())
                .loadString("r.toml", "[[server]]\nname = \"a\"\n[[server]]\nname = \"b\"\n[[server]]\nname = \"c\"\n"));
        assertThat(d.location()).contains(new SourceLocation("r.toml", 5, 1));
    }

    @Test
    void theDefaultsLetTheExamplesThrough() {
        assertThat(SyncLoader.create(LoadOptions.defaults()).load(Path.of("../examples/homelab/sync")).errors()).isEmpty();
    }

    @Test
    void tomlTooDeepForTheReaderIsLocatedAtTheBracketNotTheFilesStart() {
        LoadResult result = SyncLoader.create().loadString("deep.toml",
                "[[server]]\nname = \"s\"\nconfig.links = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.TOML_SYNTAX);
            assertThat(d.location()).contains(new SourceLocation("deep.toml", 3, 16 + 64));
        });
    }
}
