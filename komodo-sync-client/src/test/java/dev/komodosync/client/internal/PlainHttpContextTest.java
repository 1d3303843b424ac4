package dev.komodosync.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** The context of a plain-HTTP client: nothing of TLS, and TLS started with it fails. */
class PlainHttpContextTest {

    @Test
    void hasNoProtocolsAndNoCipherSuites() {
        SSLContext context = TrustedCertificates.forPlainHttp();

        assertThat(context.getDefaultSSLParameters().getProtocols()).isEmpty();
        assertThat(context.getDefaultSSLParameters().getCipherSuites()).isEmpty();
        assertThat(context.getSupportedSSLParameters().getProtocols()).isEmpty();
    }

    @Test
    void startingTlsWithItFailsSayingWhy() {
        SSLContext context = TrustedCertificates.forPlainHttp();

        assertThatThrownBy(context::createSSLEngine).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("http:// Core does not speak TLS");
        assertThatThrownBy(context::getSocketFactory).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theJdkClientIsMadeWithItAndKeepsIt() {
        SSLContext context = TrustedCertificates.forPlainHttp();

        HttpClient client = HttpClient.newBuilder().sslContext(context).build();

        assertThat(client.sslContext()).isSameAs(context);
        assertThat(client.sslParameters().getProtocols()).isEmpty();
    }
}
