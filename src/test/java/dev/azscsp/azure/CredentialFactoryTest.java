package dev.azscsp.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.HttpClient;
import com.azure.identity.AzureCliCredential;
import com.azure.identity.ClientCertificateCredential;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.DeviceCodeCredential;
import com.azure.identity.InteractiveBrowserCredential;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Building credentials needs no network; the persistent token cache is used only where it works. */
class CredentialFactoryTest {
    private static final HttpClient NO_NETWORK = request -> Mono.error(new IllegalStateException("no network in this test"));
    private static final TokenRequestContext ARM = new TokenRequestContext().addScopes("https://management.core.windows.net//.default");

    @Test
    void each_sign_in_method_builds_its_credential() {
        AzureOptions.Builder base = AzureOptions.builder().tenantId("contoso.onmicrosoft.com");

        assertThat(create(base.signInMethod(SignInMethod.BROWSER).build())).isInstanceOfAny(InteractiveBrowserCredential.class, CacheFallbackCredential.class);
        assertThat(create(base.signInMethod(SignInMethod.DEVICE_CODE).build())).isInstanceOfAny(DeviceCodeCredential.class, CacheFallbackCredential.class);
        assertThat(create(base.signInMethod(SignInMethod.AZURE_CLI).build())).isInstanceOf(AzureCliCredential.class);
        assertThat(create(base.signInMethod(SignInMethod.SERVICE_PRINCIPAL).clientId("app").clientSecret("s".toCharArray()).build()))
                .isInstanceOf(ClientSecretCredential.class);
        assertThat(create(base.signInMethod(SignInMethod.SERVICE_PRINCIPAL).clientSecret(null).certificate(Path.of("sp.pem"), null).build()))
                .isInstanceOf(ClientCertificateCredential.class);
    }

    @Test
    void device_code_needs_somewhere_to_show_the_code() {
        AzureOptions o = AzureOptions.builder().signInMethod(SignInMethod.DEVICE_CODE).build();

        assertThatThrownBy(() -> CredentialFactory.create(o, NO_NETWORK, null)).hasMessageContaining("show the code");
    }

    @Test
    void the_persistent_cache_is_for_windows_and_macos_only() {
        assertThat(CredentialFactory.persistentCacheSupported("Windows 11")).isTrue();
        assertThat(CredentialFactory.persistentCacheSupported("Mac OS X")).isTrue();
        assertThat(CredentialFactory.persistentCacheSupported("Linux")).isFalse();
        assertThat(CredentialFactory.persistentCacheSupported(null)).isFalse();
    }

    @Test
    void without_support_only_the_in_memory_credential_is_built() {
        List<Boolean> built = new ArrayList<>();

        CredentialFactory.withPersistentCacheIf(false, persist -> { built.add(persist); return token("memory"); });

        assertThat(built).containsExactly(false);
    }

    @Test
    void a_persistent_cache_that_cannot_be_built_falls_back_to_memory() {
        List<Boolean> built = new ArrayList<>();

        TokenCredential c = CredentialFactory.withPersistentCacheIf(true, persist -> {
            built.add(persist);
            if (persist) throw new UnsatisfiedLinkError("libsecret-1.so.0");
            return token("memory");
        });

        assertThat(built).containsExactly(true, false);
        assertThat(c.getToken(ARM).block().getToken()).isEqualTo("memory");
    }

    @Test
    void a_persistent_cache_that_fails_at_first_use_switches_to_memory_for_good() {
        AtomicInteger persistentAsked = new AtomicInteger();
        TokenCredential persistent = request -> Mono.defer(() -> {
            persistentAsked.incrementAndGet();
            return Mono.error(new ClientAuthenticationException("Shared token cache is unavailable in this environment.", null));
        });
        CacheFallbackCredential c = new CacheFallbackCredential(persistent, () -> token("memory"));

        assertThat(c.getToken(ARM).block().getToken()).isEqualTo("memory");
        assertThat(c.getToken(ARM).block().getToken()).isEqualTo("memory");
        assertThat(c.usesFallback()).isTrue();
        assertThat(persistentAsked).hasValue(1);
    }

    @Test
    void other_sign_in_failures_pass_through_without_a_second_prompt() {
        TokenCredential persistent = request -> Mono.error(new ClientAuthenticationException("User cancelled the sign-in.", null));
        AtomicInteger memoryBuilt = new AtomicInteger();
        CacheFallbackCredential c = new CacheFallbackCredential(persistent, () -> { memoryBuilt.incrementAndGet(); return token("memory"); });

        assertThatThrownBy(() -> c.getToken(ARM).block()).hasMessageContaining("cancelled");
        assertThat(memoryBuilt).hasValue(0);
        assertThat(c.usesFallback()).isFalse();
    }

    private static TokenCredential create(AzureOptions o) {
        return CredentialFactory.create(o, NO_NETWORK, prompt -> { });
    }

    private static TokenCredential token(String value) {
        return request -> Mono.just(new AccessToken(value, OffsetDateTime.now().plusHours(1)));
    }
}
