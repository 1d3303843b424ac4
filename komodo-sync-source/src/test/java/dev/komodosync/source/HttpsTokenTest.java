package dev.komodosync.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.komodosync.model.Secret;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A token over smart HTTP, against a server on 127.0.0.1: sent, and never in an error, a log or a toString. */
class HttpsTokenTest {

    private static final String TOKEN = "ghp_s3cretT0kenValue";

    @TempDir
    Path folder;

    private GitRemote remote;
    private SmartHttpServer server;
    private RevCommit commit;

    @BeforeEach
    void serve() throws Exception {
        remote = GitRemote.create(folder);
        commit = remote.commit("main", "one", Map.of("sync/a.toml", "[[variable]]\nname = \"A\"\nvalue = \"1\"\n"));
        server = SmartHttpServer.start(remote.bare(), "ops-bot", TOKEN);
    }

    @AfterEach
    void stop() {
        server.close();
        remote.close();
    }

    private GitSource source(GitCredentials credentials) {
        return GitSource.of(server.url()).withOptions(GitOptions.builder()
                .cacheDirectory(folder.resolve("cache")).credentials(credentials).build());
    }

    @Test
    void theTokenIsSentAsTheAccountsPassword() throws Exception {
        SourceFiles files = source(GitCredentials.token("ops-bot", Secret.of(TOKEN))).read();

        assertThat(files.origin().commit()).contains(commit.name());
        assertThat(server.authorizations()).contains("Basic " + Base64.getEncoder()
                .encodeToString(("ops-bot:" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        // JGit logged (at DEBUG and TRACE, all captured), and never the token.
        assertThat(CapturedLogs.lines()).anyMatch(line -> line.contains("org.eclipse.jgit"))
                .noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void aWrongTokenIsAnAuthenticationErrorThatNeverShowsIt() {
        String wrong = "ghp_wr0ngT0kenValue";
        GitSource source = source(GitCredentials.token("ops-bot", Secret.of(wrong)));

        SourceException failure = catchThrowableOfType(SourceException.class, source::read);

        assertThat(failure).hasMessageStartingWith("repo " + server.url() + " (branch 'main'): authentication failed");
        assertThat(server.authorizations()).isNotEmpty();
        assertThat(stackTrace(failure)).doesNotContain(wrong);
        assertThat(source.toString()).doesNotContain(wrong).contains("***");
        assertThat(CapturedLogs.lines()).noneMatch(line -> line.contains(wrong));
    }

    @Test
    void aTokenWrittenIntoTheUrlNeverShowsEither() {
        String url = server.url().replace("http://", "http://ops-bot:" + TOKEN + "x@");
        GitSource source = GitSource.of(url).withOptions(GitOptions.builder().cacheDirectory(folder.resolve("cache")).build());

        SourceException failure = catchThrowableOfType(SourceException.class, source::read);

        assertThat(failure).hasMessageStartingWith("repo http://***@127.0.0.1:");
        assertThat(stackTrace(failure)).doesNotContain(TOKEN);
        assertThat(source.toString()).doesNotContain(TOKEN);
    }

    @Test
    void withoutCredentialsThePrivateRepositoryRefusesTheFetch() {
        SourceException failure = catchThrowableOfType(SourceException.class, source(GitCredentials.none())::read);

        assertThat(failure).hasMessageContaining("(branch 'main')").hasMessageContaining("authentication failed");
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
