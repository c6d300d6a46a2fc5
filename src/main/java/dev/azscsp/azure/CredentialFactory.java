package dev.azscsp.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.identity.AadCredentialBuilderBase;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.InteractiveBrowserCredentialBuilder;
import com.azure.identity.TokenCachePersistenceOptions;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds the credential for the chosen {@link SignInMethod}. Building does not sign in: the first token request
 * does. Every credential
 * <ul>
 * <li>uses the cloud's (or the custom) authority host, the optional tenant, and accepts tokens for any tenant the
 *     user reaches ({@code additionallyAllowedTenants("*")}): partners hop between their own and customer tenants;</li>
 * <li>shares the app's HTTP client (same proxy, trust store and timeouts as the ARM calls);</li>
 * <li>retries at most once, quickly, so an offline machine fails in about a second instead of 17 (measured with
 *     the default budget; {@code maxRetry(0)} is ignored by azure-identity 1.18.4, {@code retryOptions} works).</li>
 * </ul>
 * Interactive sign-ins keep their tokens in the OS's protected store ({@value #CACHE_NAME}) on Windows and macOS;
 * on Linux that store is broken (no libsecret, or JNA errors), so tokens stay in memory for the session.
 */
final class CredentialFactory {
    static final String CACHE_NAME = "azs-csp-troubleshooter";
    static final String REDIRECT_URL = "http://localhost";
    static final Duration CLI_PROCESS_TIMEOUT = Duration.ofSeconds(10);
    static final RetryOptions FAIL_FAST = new RetryOptions(new ExponentialBackoffOptions()
            .setMaxRetries(1).setBaseDelay(Duration.ofMillis(300)).setMaxDelay(Duration.ofSeconds(1)));

    private CredentialFactory() {}

    static TokenCredential create(AzureOptions options, HttpClient httpClient, Consumer<DeviceCodePrompt> prompts) {
        return switch (options.signInMethod()) {
            case BROWSER -> withPersistentCacheIfSupported(persist -> browser(options, httpClient, persist));
            case DEVICE_CODE -> {
                Objects.requireNonNull(prompts, "A device-code sign-in needs somewhere to show the code.");
                yield withPersistentCacheIfSupported(persist -> deviceCode(options, httpClient, prompts, persist));
            }
            case AZURE_CLI -> azureCli(options);
            case SERVICE_PRINCIPAL -> servicePrincipal(options, httpClient);
        };
    }

    static boolean persistentCacheSupported(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        return os.startsWith("windows") || os.startsWith("mac");
    }

    private static TokenCredential browser(AzureOptions o, HttpClient http, boolean persist) {
        InteractiveBrowserCredentialBuilder b = common(new InteractiveBrowserCredentialBuilder(), o, http)
                .clientId(o.clientId())
                .redirectUrl(REDIRECT_URL);
        if (persist) b.tokenCachePersistenceOptions(cacheOptions());
        return b.build();
    }

    private static TokenCredential deviceCode(AzureOptions o, HttpClient http, Consumer<DeviceCodePrompt> prompts,
                                              boolean persist) {
        DeviceCodeCredentialBuilder b = common(new DeviceCodeCredentialBuilder(), o, http)
                .clientId(o.clientId())
                .challengeConsumer(info -> prompts.accept(
                        new DeviceCodePrompt(info.getUserCode(), info.getVerificationUrl(), info.getMessage())));
        if (persist) b.tokenCachePersistenceOptions(cacheOptions());
        return b.build();
    }

    /** The CLI knows its own cloud and account ({@code az cloud set}, {@code az login}); only the tenant is passed. */
    private static TokenCredential azureCli(AzureOptions o) {
        AzureCliCredentialBuilder b = new AzureCliCredentialBuilder()
                .processTimeout(CLI_PROCESS_TIMEOUT)
                .additionallyAllowedTenants("*");
        if (o.tenantId() != null) b.tenantId(o.tenantId());
        return b.build();
    }

    private static TokenCredential servicePrincipal(AzureOptions o, HttpClient http) {
        if (o.hasClientSecret()) {
            return common(new ClientSecretCredentialBuilder(), o, http)
                    .clientId(o.clientId())
                    .clientSecret(new String(o.clientSecret())) // the SDK only takes a String
                    .build();
        }
        String path = o.certificatePath().toString();
        String password = o.certificatePassword() == null ? null : new String(o.certificatePassword());
        ClientCertificateCredentialBuilder b = common(new ClientCertificateCredentialBuilder(), o, http).clientId(o.clientId());
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pfx") || lower.endsWith(".p12")) {
            b.pfxCertificate(path);
            if (password != null) b.clientCertificatePassword(password);
        } else {
            b.pemCertificate(path);
        }
        return b.build();
    }

    private static <T extends AadCredentialBuilderBase<T>> T common(T builder, AzureOptions o, HttpClient http) {
        builder.authorityHost(o.authorityHost().toString())
                .additionallyAllowedTenants("*")
                .httpClient(http)
                .retryOptions(FAIL_FAST);
        if (o.tenantId() != null) builder.tenantId(o.tenantId());
        return builder;
    }

    private static TokenCachePersistenceOptions cacheOptions() {
        return new TokenCachePersistenceOptions().setName(CACHE_NAME);
    }

    /** A credential built with ({@code true}) or without ({@code false}) the persistent token cache. */
    @FunctionalInterface
    interface Build {
        TokenCredential with(boolean persistentCache);
    }

    static TokenCredential withPersistentCacheIfSupported(Build build) {
        return withPersistentCacheIf(persistentCacheSupported(System.getProperty("os.name")), build);
    }

    static TokenCredential withPersistentCacheIf(boolean supported, Build build) {
        if (!supported) return build.with(false);
        TokenCredential persistent;
        try {
            persistent = build.with(true);
        } catch (RuntimeException | LinkageError e) { // JNA or the native store missing
            return build.with(false);
        }
        return new CacheFallbackCredential(persistent, () -> build.with(false));
    }
}
