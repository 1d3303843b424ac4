package dev.komodosync.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Git's smart-HTTP protocol (fetch only) for one bare repository, on 127.0.0.1 and a free port:
 * JGit's {@link UploadPack} behind the JDK's HTTP server, every request requiring Basic
 * authentication with one user name and token. It records the {@code Authorization} headers it
 * received. Serves {@code http://127.0.0.1:<port>/repo.git}.
 */
public final class SmartHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final Path repository;
    private final String expectedAuthorization;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private SmartHttpServer(Path repository, String user, String token) throws IOException {
        this.repository = repository;
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/repo.git/", this::handle);
        server.start();
    }

    /** Serves {@code repository} to {@code user} with {@code token}. */
    public static SmartHttpServer start(Path repository, String user, String token) throws IOException {
        return new SmartHttpServer(repository, user, token);
    }

    /** The repository's address. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/repo.git";
    }

    /** Every {@code Authorization} header received, in order. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            if (!expectedAuthorization.equals(authorization)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            try (Repository repo = new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true).build()) {
                if (path.endsWith("/info/refs") && "service=git-upload-pack".equals(exchange.getRequestURI().getQuery())) {
                    advertise(exchange, repo);
                } else if (path.endsWith("/git-upload-pack") && exchange.getRequestMethod().equals("POST")) {
                    upload(exchange, repo);
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        }
    }

    private static void advertise(HttpExchange exchange, Repository repo) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        PacketLineOut out = new PacketLineOut(body);
        out.writeString("# service=git-upload-pack\n");
        out.end();
        UploadPack pack = new UploadPack(repo);
        pack.setBiDirectionalPipe(false);
        pack.sendAdvertisedRefs(new RefAdvertiser.PacketLineOutRefAdvertiser(out));
        exchange.getResponseHeaders().add("Content-Type", "application/x-git-upload-pack-advertisement");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, body.size());
        try (OutputStream response = exchange.getResponseBody()) {
            body.writeTo(response);
        }
    }

    private static void upload(HttpExchange exchange, Repository repo) throws IOException {
        InputStream request = exchange.getRequestBody();
        if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            request = new GZIPInputStream(request);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        UploadPack pack = new UploadPack(repo);
        pack.setBiDirectionalPipe(false);
        pack.upload(request, body, null);
        exchange.getResponseHeaders().add("Content-Type", "application/x-git-upload-pack-result");
        exchange.sendResponseHeaders(200, body.size());
        try (OutputStream response = exchange.getResponseBody()) {
            body.writeTo(response);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
