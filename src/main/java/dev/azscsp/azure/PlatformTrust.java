package dev.azscsp.azure;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates the app trusts for ARM and sign-in: the runtime's own (its {@code cacerts}, or the store named by
 * {@code -Djavax.net.ssl.trustStore}) and, in addition, the operating system's: the Windows certificate store
 * ({@code Windows-ROOT}) and the macOS keychains. Corporate networks that inspect TLS present certificates issued by
 * their own CA, which IT installs in the system's store; with this the app trusts them as the browser does, without
 * any setting. A chain is accepted when either side accepts it, with full checks on each side; nothing is ever
 * trusted without a check.
 */
public final class PlatformTrust {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformTrust.class);

    private PlatformTrust() {}

    /** The key store types that hold the OS's trusted roots, in the order they are consulted. */
    static List<String> osStoreTypes(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) return List.of("Windows-ROOT");
        // KeychainStore: the user's and the system's keychains with their trust settings; KeychainStore-ROOT (JDK 23
        // and later): the system's root certificates.
        if (os.startsWith("mac") || os.contains("darwin")) return List.of("KeychainStore", "KeychainStore-ROOT");
        return List.of();   // Linux: the runtime's cacerts, as the README's steps extend it
    }

    /** The app's TLS context: the runtime's trust and this OS's stores. */
    public static SSLContext sslContext() {
        return Holder.CONTEXT;
    }

    private static final class Holder {
        static final SSLContext CONTEXT = build(osStores(osStoreTypes(System.getProperty("os.name", ""))));
    }

    /** The OS stores that exist on this machine and runtime; one that cannot be read is left out (and logged). */
    static List<KeyStore> osStores(List<String> types) {
        List<KeyStore> stores = new ArrayList<>();
        for (String type : types) {
            try {
                KeyStore ks = KeyStore.getInstance(type);
                ks.load(null, null);
                stores.add(ks);
            } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
                LOG.debug("Certificate store {} not used: {}", type, e.toString());
            }
        }
        return stores;
    }

    /** A context that trusts what the runtime's default trust manager trusts, or what one of {@code extra} holds. */
    static SSLContext build(List<KeyStore> extra) {
        try {
            List<X509ExtendedTrustManager> managers = new ArrayList<>();
            managers.add(trustManager(null));   // null: the runtime's default store, system properties honoured
            for (KeyStore ks : extra) managers.add(trustManager(ks));
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new AnyOf(managers)}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    private static X509ExtendedTrustManager trustManager(KeyStore ks) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(ks);
        for (TrustManager tm : f.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) return x;
        }
        throw new GeneralSecurityException("no X.509 trust manager for " + (ks == null ? "the default store" : ks.getType()));
    }

    /** Accepts a chain when one of its managers does; otherwise fails with the first manager's reason. */
    static final class AnyOf extends X509ExtendedTrustManager {
        private final List<X509ExtendedTrustManager> managers;

        AnyOf(List<X509ExtendedTrustManager> managers) { this.managers = List.copyOf(managers); }

        private interface Check { void on(X509ExtendedTrustManager tm) throws CertificateException; }

        private void any(Check check) throws CertificateException {
            CertificateException first = null;
            for (X509ExtendedTrustManager tm : managers) {
                try {
                    check.on(tm);
                    return;
                } catch (CertificateException e) {
                    if (first == null) first = e;
                }
            }
            throw first != null ? first : new CertificateException("no trust manager");
        }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            any(tm -> tm.checkServerTrusted(chain, authType));
        }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            any(tm -> tm.checkServerTrusted(chain, authType, socket));
        }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            any(tm -> tm.checkServerTrusted(chain, authType, engine));
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            any(tm -> tm.checkClientTrusted(chain, authType));
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            any(tm -> tm.checkClientTrusted(chain, authType, socket));
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            any(tm -> tm.checkClientTrusted(chain, authType, engine));
        }

        @Override public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(tm -> Arrays.stream(tm.getAcceptedIssuers())).toArray(X509Certificate[]::new);
        }
    }
}
