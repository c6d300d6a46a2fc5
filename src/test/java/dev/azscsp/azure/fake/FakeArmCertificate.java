package dev.azscsp.azure.fake;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A self-signed EC certificate for {@code localhost} and {@code 127.0.0.1}, made once per JVM with the JDK's own
 * keytool (about half a second) and kept in memory only. {@link #clientContext()} trusts this certificate and
 * nothing else, so a test client cannot reach anything real by mistake.
 */
public final class FakeArmCertificate {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final String ALIAS = "fake-arm";
    private static volatile FakeArmCertificate shared;

    private final SSLContext serverContext;
    private final SSLContext clientContext;
    private final X509Certificate certificate;

    private FakeArmCertificate(KeyStore keyStore) throws GeneralSecurityException, IOException {
        certificate = (X509Certificate) keyStore.getCertificate(ALIAS);

        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, PASSWORD);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);
    }

    /** The JVM-wide certificate, made on first use. */
    public static FakeArmCertificate get() {
        FakeArmCertificate c = shared;
        if (c == null) {
            synchronized (FakeArmCertificate.class) {
                if (shared == null) shared = generate();
                c = shared;
            }
        }
        return c;
    }

    public SSLContext serverContext() { return serverContext; }
    /** Trusts only this certificate. */
    public SSLContext clientContext() { return clientContext; }
    public X509Certificate certificate() { return certificate; }

    private static FakeArmCertificate generate() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fake-arm-cert");
            Path store = dir.resolve("fake-arm.p12");
            String keytool = Path.of(System.getProperty("java.home"), "bin",
                    System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool").toString();
            Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", ALIAS,
                    "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                ks.load(in, PASSWORD);
            }
            return new FakeArmCertificate(ks);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the fake ARM certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the fake ARM certificate", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
