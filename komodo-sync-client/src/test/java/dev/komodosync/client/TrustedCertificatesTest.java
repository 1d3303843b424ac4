package dev.komodosync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.komodosync.model.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS to a Core whose certificate no public authority signed: refused, unless its CA file is given. */
class TrustedCertificatesTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path folder;

    private HttpsServer server;
    private URI url;
    private Path caFile;

    @BeforeEach
    void start() throws Exception {
        Path keystore = folder.resolve("core.p12");
        caFile = folder.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "core", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD));
        keytool("-exportcert", "-rfc", "-alias", "core", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-file", caFile.toString());
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keystore)));
        server.createContext("/user", exchange -> {
            byte[] body = "{\"username\":\"admin\",\"admin\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        url = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anUnknownAuthorityIsRefused() {
        KomodoClient client = KomodoClient.builder(url).apiKey("K").apiSecret(Secret.of("S-secret"))
                .retryPolicy(RetryPolicy.never()).build();
        assertThatThrownBy(client::currentUser).isInstanceOfSatisfying(KomodoException.class, e -> {
            assertThat(e.problem()).isEqualTo(KomodoException.Problem.UNREACHABLE);
            assertThat(e.getMessage()).contains(url.toString()).doesNotContain("S-secret");
        });
    }

    @Test
    void theGivenCaIsTrusted() throws KomodoException {
        KomodoClient client = KomodoClient.builder(url).apiKey("K").apiSecret(Secret.of("S"))
                .trustedCertificates(caFile).build();
        assertThat(client.currentUser().path("username").asText()).isEqualTo("admin");
    }

    @Test
    void aFileWithoutCertificatesIsRefusedAtOnce() throws IOException {
        Path notPem = Files.writeString(folder.resolve("not.pem"), "hello");
        assertThatThrownBy(() -> KomodoClient.builder(url).trustedCertificates(notPem))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(notPem.toString());
        assertThatThrownBy(() -> KomodoClient.builder(url).trustedCertificates(folder.resolve("missing.pem")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read the CA file");
    }

    private static SSLContext serverContext(Path keystore) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as("keytool: " + output).isZero();
    }
}
