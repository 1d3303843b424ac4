package dev.komodosync.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.source.GitSource;
import dev.komodosync.source.SourceSettings;
import org.junit.jupiter.api.Test;

class SyncDefinitionTest {

    @Test
    void declaredRepoIsReadFromItsProviderOnItsBranch() throws Exception {
        SyncDefinition sync = SyncDefinition.of(Fixture.declared("homelab", "branch = \"prod\""), SourceSettings.defaults());

        assertThat(sync.source()).isInstanceOfSatisfying(GitSource.class, git -> {
            assertThat(git.url()).isEqualTo("https://github.com/acme/homelab.git");
            assertThat(git.branch()).isEqualTo("prod");
        });
        assertThat(sync.branch()).isEqualTo("prod");
        assertThat(sync.execute()).isFalse();
    }

    @Test
    void plansWithTheSyncsOwnOptionsAsKomodoRunsIt() {
        SyncDefinition sync = new SyncDefinition("homelab", Fixture.declared("homelab",
                "managed = true\nmatch_tags = [\"edge\"]\ninclude_variables = true").resource().config(),
                dev.komodosync.source.SyncSource.inline("x", ""), false);

        SyncOptions options = sync.planOptions();

        assertThat(options.managed()).isTrue();
        assertThat(options.matchTags()).containsExactly("edge");
        assertThat(options.includeVariables()).isTrue();
        assertThat(options.selfSync()).contains("homelab");
    }

    @Test
    void textNeverShowsTheWebhookSecret() throws Exception {
        SyncDefinition sync = SyncDefinition.of(Fixture.declared("homelab", "webhook_secret = \"s3cr3t-value\""),
                SourceSettings.defaults());

        assertThat(sync.toString()).doesNotContain("s3cr3t-value");
        assertThat(sync.config().webhookSecret().reveal()).isEqualTo("s3cr3t-value");
    }
}
