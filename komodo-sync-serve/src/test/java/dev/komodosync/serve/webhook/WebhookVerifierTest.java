package dev.komodosync.serve.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookVerifierTest {

    /** GitHub's documented example ("Validating webhook deliveries"). */
    private static final Secret GITHUB_SECRET = Secret.of("It's a Secret to Everybody");
    private static final byte[] GITHUB_BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String GITHUB_SIGNATURE = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    @Test
    void githubSignatureMatchesGithubsDocumentedExample() {
        assertThat(WebhookVerifier.githubSignature(GITHUB_SECRET, GITHUB_BODY)).isEqualTo("sha256=" + GITHUB_SIGNATURE);
    }

    @ParameterizedTest
    @CsvSource({"sha256=", "''"})
    void githubSignatureIsAcceptedWithOrWithoutPrefix(String prefix) {
        assertThat(WebhookVerifier.verify(WebhookProvider.GITHUB, Optional.of(prefix + GITHUB_SIGNATURE), GITHUB_BODY,
                GITHUB_SECRET)).isEqualTo(new WebhookVerification.Accepted());
    }

    @Test
    void githubSignatureIsComparedCaseSensitivelyAsKomodoDoes() {
        assertThat(WebhookVerifier.verify(WebhookProvider.GITHUB, Optional.of(GITHUB_SIGNATURE.toUpperCase()),
                GITHUB_BODY, GITHUB_SECRET).accepted()).isFalse();
    }

    @Test
    void githubSignatureOverAnotherBodyIsRejected() {
        byte[] tampered = "Hello, World?".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookVerifier.verify(WebhookProvider.GITHUB, Optional.of(GITHUB_SIGNATURE), tampered, GITHUB_SECRET))
                .isEqualTo(new WebhookVerification.Rejected("Signature does not equal expected"));
    }

    @Test
    void missingGithubSignatureIsRejectedWithKomodosMessage() {
        assertThat(WebhookVerifier.verify(WebhookProvider.GITHUB, Optional.empty(), GITHUB_BODY, GITHUB_SECRET))
                .isEqualTo(new WebhookVerification.Rejected("No github signature in headers"));
    }

    @Test
    void emptySecretSignsWithAnEmptyKey() {
        String signature = WebhookVerifier.githubSignature(Secret.empty(), GITHUB_BODY);
        assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
        assertThat(WebhookVerifier.verify(WebhookProvider.GITHUB, Optional.of(signature), GITHUB_BODY, Secret.empty())
                .accepted()).isTrue();
        assertThat(WebhookVerifier.verify(WebhookProvider.GITHUB, Optional.of(signature), GITHUB_BODY, GITHUB_SECRET)
                .accepted()).isFalse();
    }

    @Test
    void gitlabTokenMustEqualTheSecret() {
        Secret secret = Secret.of("gl-token");
        assertThat(WebhookVerifier.verify(WebhookProvider.GITLAB, Optional.of("gl-token"), new byte[0], secret).accepted())
                .isTrue();
        assertThat(WebhookVerifier.verify(WebhookProvider.GITLAB, Optional.of("gl-token "), new byte[0], secret))
                .isEqualTo(new WebhookVerification.Rejected("Webhook secret does not match expected."));
        assertThat(WebhookVerifier.verify(WebhookProvider.GITLAB, Optional.empty(), new byte[0], secret))
                .isEqualTo(new WebhookVerification.Rejected("No gitlab token in headers"));
    }

    @Test
    void syncSecretWinsOverTheGlobalOneUnlessEmpty() {
        Secret global = Secret.of("global");
        assertThat(WebhookVerifier.effectiveSecret(Secret.of("own"), global).reveal()).isEqualTo("own");
        assertThat(WebhookVerifier.effectiveSecret(Secret.empty(), global).reveal()).isEqualTo("global");
    }

    @Test
    void rejectionNeverHoldsTheSecretOrTheSignature() {
        WebhookVerification rejected = WebhookVerifier.verify(WebhookProvider.GITHUB, Optional.of("sha256=abc"),
                GITHUB_BODY, GITHUB_SECRET);
        assertThat(rejected.toString()).doesNotContain(GITHUB_SECRET.reveal()).doesNotContain("abc").doesNotContain(
                GITHUB_SIGNATURE);
    }
}
