package dev.komodosync.parser.internal.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.parser.internal.pattern.NameMatcher.PatternList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Batch execution patterns (behaviour §7.2). Java escaping doubles every backslash. */
class PatternListTest {

    @Test
    void entriesAreSplitLikeAStringList() {
        PatternList list = NameMatcher.compileList("web-*, api # the api\n# comment\n\\^db-\\");

        assertThat(list.matchers()).extracting(NameMatcher::pattern).containsExactly("web-*", "api", "\\^db-\\");
        assertThat(list.errors()).isEmpty();
        assertThat(list.splitWarnings()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"web-1, true", "api, true", "db-main, true", "my-db-main, false", "api-2, false"})
    void nameMatchingAnyEntryIsSelected(String name, boolean selected) {
        PatternList list = NameMatcher.compileList("web-*, api\n\\^db-\\");

        assertThat(list.matchesAny(name)).isEqualTo(selected);
    }

    @Test
    void invalidEntriesAreReportedAndTheOthersKept() {
        PatternList list = NameMatcher.compileList("ok-*, a\\b, \\(x\\");

        assertThat(list.matchers()).extracting(NameMatcher::pattern).containsExactly("ok-*");
        assertThat(list.errors()).hasSize(2);
        assertThat(list.errors().get(0)).contains("invalid escape");
        assertThat(list.errors().get(1)).contains("invalid regex");
    }

    @Test
    void emptyTextSelectsNothing() {
        PatternList list = NameMatcher.compileList("");

        assertThat(list.matchers()).isEmpty();
        assertThat(list.matchesAny("")).isFalse();
    }

    @Test
    void regexWithACommaIsCutIntoBrokenWildcardsAndWarned() {
        PatternList list = NameMatcher.compileList("web-*\n\\^app-[0-9]{1,3}$\\");

        assertThat(list.matchers()).extracting(NameMatcher::pattern).containsExactly("web-*");
        assertThat(list.errors()).hasSize(2);
        assertThat(list.splitWarnings()).singleElement().satisfies(warning -> assertThat(warning)
                .contains("line 2 '\\^app-[0-9]{1,3}$\\'")
                .contains("splits batch patterns at commas")
                .contains("the patterns '\\^app-[0-9]{1' and '3}$\\'")
                .contains("character-class")
                .contains("second pattern"));
    }

    @Test
    void regexWithSpaceHashIsCutAsACommentAndWarned() {
        PatternList list = NameMatcher.compileList("\\^a #b$\\");

        assertThat(list.splitWarnings()).singleElement().satisfies(warning -> assertThat(warning)
                .contains("line 1")
                .contains("cuts everything from ' #' as a comment")
                .contains("the pattern '\\^a'")
                .contains("[ ]"));
    }

    @Test
    void commaInsideTheCutOffCommentIsNotBlamed() {
        PatternList list = NameMatcher.compileList("\\^a #b,c$\\");

        assertThat(list.splitWarnings()).singleElement()
                .satisfies(warning -> assertThat(warning).contains("cuts everything").doesNotContain("commas"));
    }

    @Test
    void regexWithACommaBeforeARealCommentIsWarned() {
        PatternList list = NameMatcher.compileList("\\^a{1,2}$\\ # one or two");

        assertThat(list.splitWarnings()).singleElement()
                .satisfies(warning -> assertThat(warning).contains("commas").doesNotContain("cuts everything"));
    }

    @ParameterizedTest(name = "\"{0}\" is not warned")
    @ValueSource(strings = {"a,b", "\\^a-[0-9]+$\\", "# \\a,b\\", "x, \\^a$\\", "\\^a$\\ # plain, comment"})
    void linesThatAreNotCutRegexesAreNotWarned(String text) {
        assertThat(NameMatcher.compileList(text).splitWarnings()).isEmpty();
    }
}
