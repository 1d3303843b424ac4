package dev.komodosync.serve.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookRouteTest {

    @ParameterizedTest
    @CsvSource({
        "/listener/github/sync/homelab/refresh, GITHUB, homelab, REFRESH",
        "/listener/gitlab/sync/homelab/sync, GITLAB, homelab, SYNC",
        "/listener/github/sync/home%20lab/sync, GITHUB, home lab, SYNC",
        "/listener/github/sync/a+b/sync, GITHUB, a+b, SYNC",
        "/listener/github/sync/67a0c0ffee0123456789abcd/sync, GITHUB, 67a0c0ffee0123456789abcd, SYNC",
    })
    void readsProviderSyncAndAction(String path, WebhookProvider provider, String sync, WebhookAction action) {
        assertThat(WebhookRoute.parse(path)).contains(new WebhookRoute(provider, sync, action));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/listener/bitbucket/sync/x/sync", "/listener/github/sync/x/run", "/listener/github/stack/x/sync",
        "/listener/github/sync//sync", "/listener/github/sync/x/sync/", "/listener/github/sync/x", "/syncs/x",
        "/listener/github/sync/%zz/sync",
    })
    void refusesAnyOtherPath(String path) {
        assertThat(WebhookRoute.parse(path)).isEmpty();
    }

    @Test
    void pathEncodesTheNameAndReadsBack() {
        WebhookRoute route = new WebhookRoute(WebhookProvider.GITHUB, "home lab/ü", WebhookAction.SYNC);
        assertThat(route.path()).isEqualTo("/listener/github/sync/home%20lab%2F%C3%BC/sync");
        assertThat(WebhookRoute.parse(route.path())).contains(route);
    }
}
