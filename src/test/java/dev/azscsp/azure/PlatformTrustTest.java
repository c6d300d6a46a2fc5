package dev.azscsp.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.azscsp.azure.fake.FakeArm;

/**
 * The OS's certificate store is trusted in addition to the runtime's: a server whose certificate only the "OS store"
 * holds (as a corporate TLS-inspecting proxy's CA, installed by IT) is reached over a real TLS connection, and one that
 * neither holds is still refused.
 */
class PlatformTrustTest {
    @RegisterExtension static final FakeArm arm = FakeArm.start();

    private static int get(SSLContext ctx) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(ctx).connectTimeout(Duration.ofSeconds(5))
                .proxy(HttpClient.Builder.NO_PROXY).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(arm.endpoint() + "subscriptions?api-version=2022-12-01"))
                .timeout(Duration.ofSeconds(10)).build();
        return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static KeyStore osStoreHolding(java.security.cert.X509Certificate cert) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("corporate-ca", cert);
        return ks;
    }

    @Test
    void aCertificateOnlyTheOsStoreHoldsIsTrusted() throws Exception {
        SSLContext ctx = PlatformTrust.build(List.of(osStoreHolding(arm.certificate().certificate())));
        assertThat(get(ctx)).isBetween(200, 499);
    }

    @Test
    void aCertificateNoStoreHoldsIsRefused() {
        SSLContext runtimeOnly = PlatformTrust.build(List.of());
        assertThatThrownBy(() -> get(runtimeOnly)).hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class)
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theRuntimesOwnRootsStayTrusted() throws Exception {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init((KeyStore) null);
        int runtimeRoots = ((X509TrustManager) f.getTrustManagers()[0]).getAcceptedIssuers().length;
        var union = new PlatformTrust.AnyOf(List.of(
                (javax.net.ssl.X509ExtendedTrustManager) f.getTrustManagers()[0]));
        assertThat(runtimeRoots).isGreaterThan(50);
        assertThat(union.getAcceptedIssuers()).hasSize(runtimeRoots);
    }

    @Test
    void eachOsNamesItsOwnStores() {
        assertThat(PlatformTrust.osStoreTypes("Windows 11")).containsExactly("Windows-ROOT");
        assertThat(PlatformTrust.osStoreTypes("Mac OS X")).containsExactly("KeychainStore", "KeychainStore-ROOT");
        assertThat(PlatformTrust.osStoreTypes("Linux")).isEmpty();
    }

    @Test
    void aStoreThisRuntimeLacksIsLeftOut() {
        // Windows-ROOT exists only in a Windows runtime: elsewhere it is skipped, not an error.
        List<KeyStore> stores = PlatformTrust.osStores(List.of("Windows-ROOT-nonexistent", "PKCS12"));
        assertThat(stores).extracting(KeyStore::getType).containsExactly("PKCS12");
    }
}
