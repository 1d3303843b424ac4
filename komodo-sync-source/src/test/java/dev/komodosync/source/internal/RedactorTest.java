package dev.komodosync.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://user:tok@github.com/a/b.git | https://***@github.com/a/b.git",
        "https://tok@github.com/a/b.git      | https://***@github.com/a/b.git",
        "http://u:p@127.0.0.1:8080/r.git     | http://***@127.0.0.1:8080/r.git",
        "ssh://git@host:22/r.git             | ssh://git@host:22/r.git",
        "ssh://git:pw@host/r.git             | ssh://***@host/r.git",
        "file:///srv/git/r.git               | file:///srv/git/r.git",
        "fetch from https://x:y@h/r failed   | fetch from https://***@h/r failed",
    })
    void userInformationIsRemovedFromUrls(String text, String expected) {
        assertThat(Redactor.withoutUserInfo(text)).isEqualTo(expected);
    }

    @Test
    void secretValuesAreRemovedWherevereTheyAppear() {
        Redactor redactor = new Redactor(List.of("s3cret", "", "s3cret-longer"));

        assertThat(redactor.scrub("a s3cret-longer and s3cret\nnext")).isEqualTo("a *** and ***\nnext");
    }

    @Test
    void theMessagesOfACauseChainAreScrubbedOnOneLine() {
        Exception failure = new IllegalStateException("outer s3cret", new java.io.IOException("inner\nhttps://u:s3cret@h/r"));

        assertThat(new Redactor(List.of("s3cret")).messages(failure)).isEqualTo("outer ***: inner; https://***@h/r");
    }

    @Test
    void aScrubbedCopyKeepsTheStackButNotTheSecret() {
        Exception failure = new IllegalStateException("token s3cret", new RuntimeException("again s3cret"));

        Throwable copy = new Redactor(List.of("s3cret")).scrubbedCopy(failure);

        assertThat(copy).hasMessage("java.lang.IllegalStateException: token ***");
        assertThat(copy.getCause()).hasMessage("java.lang.RuntimeException: again ***");
        assertThat(copy.getStackTrace()).isEqualTo(failure.getStackTrace());
    }
}
