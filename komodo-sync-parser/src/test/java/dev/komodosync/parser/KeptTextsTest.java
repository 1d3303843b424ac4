package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SyncLoader.Builder.keepTexts}: the texts a load parsed, for echoing diagnostics from them; never in a toString. */
class KeptTextsTest {

    private static final String SECRET = "hunter2-secret-value";

    @Test
    void filesOnDiskKeepTheirTextsInReadOrderOnlyWhenAsked(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("b.toml"), "[[server]]\nname = \"b\"\n");
        Files.writeString(folder.resolve("a.toml"), "[[server]]\nname = \"a\"\n");
        Files.createDirectories(folder.resolve("c.toml"));

        LoadResult kept = SyncLoader.builder().keepTexts(true).build().load(folder);
        LoadResult plain = SyncLoader.create().load(folder);

        assertThat(kept.texts()).extracting(SourceText::name).containsExactlyElementsOf(kept.files());
        assertThat(kept.texts()).extracting(SourceText::text)
                .containsExactly("[[server]]\nname = \"a\"\n", "[[server]]\nname = \"b\"\n");
        assertThat(plain.texts()).isEmpty();
        assertThat(kept.declaration()).isEqualTo(plain.declaration());
        assertThat(kept.diagnostics()).isEqualTo(plain.diagnostics());
    }

    @Test
    void aFileThatCannotBeReadOrIsTooLargeHasNoText(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("big.toml"), "[[server]]\nname = \"" + "x".repeat(200) + "\"\n");
        Files.writeString(folder.resolve("small.toml"), "[[server]]\nname = \"s\"\n");

        LoadResult result = SyncLoader.builder().keepTexts(true).options(LoadOptions.builder().maxFileBytes(100).build())
                .build().load(folder);

        assertThat(result.files()).hasSize(2);
        assertThat(result.texts()).extracting(SourceText::name).containsExactly(folder.resolve("small.toml").toString());
    }

    @Test
    void textsInMemoryAndAStringAreKeptAsGivenAndAnOriginKeepsThem() {
        List<SourceText> given = List.of(new SourceText("sync/a.toml", "[[server]]\nname = \"a\"\n"),
                new SourceText("sync/b.toml", "[[server]]\nname = \"b\"\n"));
        SyncLoader loader = SyncLoader.builder().keepTexts(true).build();

        LoadResult texts = loader.loadTexts(given).withOrigin(SourceOrigin.git("https://h/r.git", "main", "0123abcd", "m"));
        LoadResult string = loader.loadString("inline.toml", "[[server]]\nname = \"i\"\n");

        assertThat(texts.texts()).isEqualTo(given);
        assertThat(string.texts()).containsExactly(new SourceText("inline.toml", "[[server]]\nname = \"i\"\n"));
        assertThat(SyncLoader.create().loadTexts(given).texts()).isEmpty();
    }

    @Test
    void neitherAKeptTextNorALoadResultShowsTheTextInItsToString() {
        SourceText file = new SourceText("sync/vars.toml",
                "[[variable]]\nname = \"TOKEN\"\nvalue = \"" + SECRET + "\"\nis_secret = true\n");

        LoadResult result = SyncLoader.builder().keepTexts(true).build().loadTexts(List.of(file));

        assertThat(result.texts()).containsExactly(file);
        assertThat(file.toString()).doesNotContain(SECRET).contains("sync/vars.toml");
        assertThat(result.toString()).doesNotContain(SECRET).contains("texts=1 kept");
    }
}
