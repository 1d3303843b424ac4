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
        // the reader stops at the first element over the limit, before it reads or builds the rest
        assertThat(d.message()).startsWith("an array of more than 3 elements");
        assertThat(d.location()).contains(new SourceLocation("a.toml", 3, 1));
    }

    @Test
    void anArrayOfTablesLongerThanTheLimitIsOneErrorAtItsFirstHeader() {
        StringBuilder servers = new StringBuilder("# servers\n");
        for (int i = 0; i < 5; i++) {
            servers.append("[[server]]\nname = \"s").append(i).append("\"\n");
        }
        String text = servers.toString();
        Diagnostic d = onlyError(SyncLoader.create(LoadOptions.builder().maxArrayLength(3).build())
                .loadString("tables.toml", text));
        assertThat(d.message()).startsWith("an array of more than 3 elements");
        assertThat(d.location()).contains(new SourceLocation("tables.toml", 2, 1));
        assertThat(SyncLoader.create(LoadOptions.builder().maxArrayLength(5).build()).loadString("tables.toml", text)
                .errors()).isEmpty();
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
    void nestingDeeperThanTheDefaultLimitStopsTheReaderAtTheFirstBracketOver() {
        LoadResult result = SyncLoader.create().loadString("deep.toml",
                "[[server]]\nname = \"s\"\nconfig.links = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
            assertThat(d.message()).startsWith("nesting deeper than 64 levels");
            // server[0].config.links is at depth 4: its 61st inner bracket is the 65th level
            assertThat(d.location()).contains(new SourceLocation("deep.toml", 3, 16 + 61));
            assertThat(d.hint().orElseThrow()).contains("--max-depth").contains("LoadOptions.maxDepth");
        });
    }

    @Test
    void tomlTooDeepForTheReaderIsLocatedAtTheBracketNotTheFilesStart() {
        LoadResult result = SyncLoader.create(LoadOptions.builder().maxDepth(100_000).build()).loadString("deep.toml",
                "[[server]]\nname = \"s\"\nconfig.links = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.TOML_SYNTAX);
            assertThat(d.location()).contains(new SourceLocation("deep.toml", 3, 16 + 64));
        });
    }

    // ---- the limits are kept while reading, on both of the reader's paths ----

    private static final LoadOptions SMALL = LoadOptions.builder().maxStringLength(10).maxArrayLength(3).maxDepth(8).build();

    @Test
    void theReaderStopsAtTheFirstValueOverALimit() {
        // the unclosed string after it is never reached: the read stopped at the limit
        LoadResult result = SyncLoader.create(SMALL).loadString("s.toml",
                "[[server]]\nname = \"s\"\nconfig.region = \"" + "r".repeat(11) + "\"\nconfig.address = \"unclosed\n");
        Diagnostic d = onlyError(result);
        assertThat(d.message()).startsWith("a string of more than 10 characters");
        assertThat(d.location()).contains(new SourceLocation("s.toml", 3, 1));
        assertThat(d.hint().orElseThrow()).contains("--max-string-length").contains("LoadOptions.maxStringLength");
    }

    @Test
    void aQuotedKeyOverTheLimitIsLocatedAtItsQuote() {
        Diagnostic d = onlyError(SyncLoader.create(SMALL).loadString("k.toml",
                "[[server]]\nname = \"s\"\nconfig.\"" + "k".repeat(11) + "\" = 1\n"));
        assertThat(d.message()).startsWith("a key of more than 10 characters");
        assertThat(d.location()).contains(new SourceLocation("k.toml", 3, 8));
    }

    @Test
    void aMultiLineStringOverTheLimitIsAnError() {
        Diagnostic d = onlyError(SyncLoader.create(SMALL).loadString("m.toml",
                "[[server]]\nname = \"s\"\nconfig.region = \"\"\"\n" + "r\n".repeat(6) + "\"\"\"\n"));
        assertThat(d.message()).startsWith("a string of more than 10 characters");
        assertThat(d.location()).contains(new SourceLocation("m.toml", 3, 1));
    }

    /** A file with a syntax error is read by tomlj, which builds the whole tree: the limits are checked on the text first. */
    @Test
    void aFileWithASyntaxErrorIsCheckedAgainstTheLimitsBeforeTomljReadsIt() {
        // the syntax error comes first: the one-pass reader gives up there, before the values over the limits
        String broken = "broken = = 1\n";
        assertThat(onlyError(SyncLoader.create(SMALL).loadString("s.toml", broken
                + "[[server]]\nname = \"s\"\nconfig.region = \"\"\"\n" + "r\n".repeat(6) + "\"\"\"\n")).message())
                .startsWith("a string of more than 10 characters");
        Diagnostic array = onlyError(SyncLoader.create(SMALL).loadString("a.toml", broken
                + "[[server]]\nname = \"s\"\nconfig.links = [\n  \"a\",\n  \"b\",\n  \"c\",\n  \"d\",\n]\n"));
        assertThat(array.message()).startsWith("an array of more than 3 elements");
        assertThat(array.location()).contains(new SourceLocation("a.toml", 4, 16));
        Diagnostic key = onlyError(SyncLoader.create(SMALL).loadString("k.toml", broken
                + "[[server]]\nname = \"s\"\nconfig." + "k".repeat(11) + " = 1\n"));
        assertThat(key.message()).startsWith("a key of 11 characters");
        assertThat(key.location()).contains(new SourceLocation("k.toml", 4, 8));
        Diagnostic deep = onlyError(SyncLoader.create(LoadOptions.builder().maxDepth(100).build()).loadString("d.toml",
                broken + "x = " + "[".repeat(200) + "]".repeat(200) + "\n"));
        assertThat(deep.message()).startsWith("nesting deeper than 100 levels");
        assertThat(deep.location()).contains(new SourceLocation("d.toml", 2, 5 + 100));
    }

    @Test
    void textGivenAsAStringIsHeldToTheFileSizeLimit() {
        Diagnostic d = onlyError(SyncLoader.create(LoadOptions.builder().maxFileBytes(100).build())
                .loadString("big.toml", "[[server]]\nname = \"" + "a".repeat(200) + "\"\n"));
        assertThat(d.message()).contains("larger than 100");
        assertThat(d.hint().orElseThrow()).contains("--max-file-bytes").contains("LoadOptions.maxFileBytes");
    }
}
