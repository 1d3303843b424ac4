package dev.komodosync.client.internal;

import java.security.KeyManagementException;
import java.security.Provider;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The SSL context of a client that only ever speaks plain HTTP (an {@code http://} Core, redirects
 * off). The JDK's HTTP client wants a context when it is made, and asks it for its default
 * parameters; a context of the JDK's TLS provider sets up its protocols and cipher suites for that
 * (a few hundred milliseconds cold, on the path to the first call). This one is made of nothing:
 * it has no protocols or cipher suites, and anything that would start TLS with it fails.
 */
final class PlainHttpContext extends SSLContext {

    private static final String NO_TLS = "komodo-sync's client of an http:// Core does not speak TLS";

    PlainHttpContext() {
        super(new NoTls(), new NoProvider(), "TLS");
    }

    /** A provider that provides nothing: a context must name one. */
    private static final class NoProvider extends Provider {
        private static final long serialVersionUID = 1L;

        NoProvider() {
            super("komodo-sync-plain-http", "1", "no TLS: the context of a client of an http:// Core");
        }
    }

    private static final class NoTls extends SSLContextSpi {

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) throws KeyManagementException {
            // nothing to set up
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return new SSLParameters(new String[0], new String[0]);
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return new SSLParameters(new String[0], new String[0]);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw new UnsupportedOperationException(NO_TLS);
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw new UnsupportedOperationException(NO_TLS);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw new UnsupportedOperationException(NO_TLS);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw new UnsupportedOperationException(NO_TLS);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw new UnsupportedOperationException(NO_TLS);
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw new UnsupportedOperationException(NO_TLS);
        }
    }
}
