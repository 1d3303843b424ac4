package dev.komodosync.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS that trusts the JDK's certificate authorities and, besides them, those of a PEM or DER file —
 * a homelab Core's own CA. Not API.
 */
public final class TrustedCertificates {

    private TrustedCertificates() {}

    /**
     * An SSL context trusting the JDK's authorities and every certificate in {@code caFile}; throws
     * {@link IllegalArgumentException} naming the file when it cannot be read or holds none.
     */
    public static SSLContext context(Path caFile) {
        List<X509Certificate> extra = read(caFile);
        try {
            X509TrustManager jdk = trustManager(null);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < extra.size(); i++) {
                store.setCertificateEntry("trusted-" + i, extra.get(i));
            }
            X509TrustManager own = trustManager(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(jdk, own)}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the JDK cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * An SSL context for a client that only ever speaks plain HTTP (an {@code http://} Core, with
     * redirects off): it has no protocols and trusts nothing, so that making the JDK's HTTP client
     * loads neither the JDK's trust store nor its TLS provider for TLS that will not happen; TLS
     * started with it fails.
     */
    public static SSLContext forPlainHttp() {
        return new PlainHttpContext();
    }

    private static List<X509Certificate> read(Path caFile) {
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> x509 = new ArrayList<>();
            for (Certificate certificate : certificates) {
                if (certificate instanceof X509Certificate one) {
                    x509.add(one);
                }
            }
            if (x509.isEmpty()) {
                throw new IllegalArgumentException("no certificate in " + caFile + ": give a PEM or DER file of the CA");
            }
            return x509;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CA file " + caFile + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a certificate file: " + caFile + " (give a PEM or DER file of the CA)", e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a server chain that either manager trusts. */
    private static final class EitherTrustManager implements X509TrustManager {
        private final X509TrustManager first;
        private final X509TrustManager second;

        EitherTrustManager(X509TrustManager first, X509TrustManager second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            first.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException notByTheJdk) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = new X509Certificate[a.length + b.length];
            System.arraycopy(a, 0, all, 0, a.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
