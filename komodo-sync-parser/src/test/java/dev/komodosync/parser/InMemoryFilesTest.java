package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code SyncLoader.loadTexts}: files held in memory load as files on disk do; a load result's origin. */
class InMemoryFilesTest {

    @Test
    void filesInMemoryAreCheckedTogetherAndNamedAsGiven() {
        LoadResult result = SyncLoader.create().loadTexts(List.of(
                new SourceText("sync/a.toml", "[[server]]\nname = \"nas\"\n"),
                new SourceText("sync/b.toml", "[[server]]\nname = \"nas\"\n")));

        assertThat(result.files()).containsExactly("sync/a.toml", "sync/b.toml");
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.DUPLICATE_NAME);
        assertThat(result.errors().get(0).location().orElseThrow().file()).isEqualTo("sync/b.toml");
        assertThat(result.origin()).isEmpty();
    }

    @Test
    void aSyntaxErrorNamesItsFileAndLine() {
        LoadResult result = SyncLoader.create().loadTexts(List.of(new SourceText("x/broken.toml", "\n[[stack]]\nname = \n")));

        assertThat(result.errors()).extracting(d -> d.location().map(l -> l.file() + ":" + l.line()).orElse(""))
                .containsExactly("x/broken.toml:3");
    }

    @Test
    void aResultCanSayWhereItsFilesCameFrom() {
        SourceOrigin origin = SourceOrigin.git("https://h/r.git", "main", "0123456789abcdef", "Fix");

        LoadResult result = SyncLoader.create().loadTexts(List.of()).withOrigin(origin);

        assertThat(result.origin()).isEqualTo(Optional.of(origin));
        assertThat(origin.describe()).isEqualTo("git https://h/r.git main @ 0123456789ab: Fix");
        assertThat(SourceOrigin.folder("sync").describe()).isEqualTo("folder sync");
        assertThat(SourceOrigin.Type.INLINE.key()).isEqualTo("inline");
    }
}
