package dev.komodosync.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An ssh server (Apache MINA sshd) on 127.0.0.1 and a free port that runs {@code git-upload-pack}
 * for one bare repository, in-process with JGit's {@link UploadPack}, for one public key. Serves
 * {@code ssh://git@127.0.0.1:<port>/repo.git}.
 */
public final class SshGitServer implements AutoCloseable {

    private static final String KEY_TYPE = KeyPairProvider.ECDSA_SHA2_NISTP256;

    private final SshServer server;
    private final KeyPair hostKey;

    private SshGitServer(Path repository, PublicKey allowed) throws IOException, GeneralSecurityException {
        hostKey = KeyUtils.generateKeyPair(KEY_TYPE, 256);
        server = SshServer.setUpDefaultServer();
        server.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, allowed));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, command) -> {
            if (!command.startsWith("git-upload-pack")) {
                throw new IOException("only git-upload-pack is served: " + command);
            }
            return new UploadPackCommand(repository);
        });
        server.start();
    }

    /** Serves {@code repository} to the holder of {@code allowed}'s private key. */
    public static SshGitServer start(Path repository, PublicKey allowed) throws IOException, GeneralSecurityException {
        return new SshGitServer(repository, allowed);
    }

    /** A new client key pair. */
    public static KeyPair newKey() throws GeneralSecurityException {
        return KeyUtils.generateKeyPair(KEY_TYPE, 256);
    }

    /** Writes {@code key}'s private half in OpenSSH format to {@code file}, encrypted with {@code passphrase} unless empty. */
    public static Path writePrivateKey(KeyPair key, String passphrase, Path file) throws IOException, GeneralSecurityException {
        OpenSSHKeyEncryptionContext encryption = null;
        if (!passphrase.isEmpty()) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setPassword(passphrase);
            encryption.setCipherName("AES");
            encryption.setCipherMode("CTR");
            encryption.setCipherType("256");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", encryption, out);
        }
        return file;
    }

    /** The server's address. */
    public String url() {
        return "ssh://git@127.0.0.1:" + server.getPort() + "/repo.git";
    }

    /** A {@code known_hosts} line for this server's host key. */
    public String knownHostsLine() {
        return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n";
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** {@code git-upload-pack} for the repository, on the channel's streams. */
    private static final class UploadPackCommand implements Command {
        private final Path repository;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        UploadPackCommand(Path repository) {
            this.repository = repository;
        }

        @Override
        public void setInputStream(InputStream value) {
            in = value;
        }

        @Override
        public void setOutputStream(OutputStream value) {
            out = value;
        }

        @Override
        public void setErrorStream(OutputStream value) {
            err = value;
        }

        @Override
        public void setExitCallback(ExitCallback value) {
            exit = value;
        }

        @Override
        public void start(ChannelSession channel, Environment environment) {
            Thread thread = new Thread(() -> {
                int code = 0;
                try (Repository repo = new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true).build()) {
                    new UploadPack(repo).upload(in, out, err);
                    out.flush();
                } catch (IOException e) {
                    code = 1;
                }
                exit.onExit(code);
            }, "test-upload-pack");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the upload ends with its streams
        }
    }
}
