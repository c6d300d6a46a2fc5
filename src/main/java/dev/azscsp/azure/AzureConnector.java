package dev.azscsp.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.Configuration;
import dev.azscsp.diagnosis.api.RegistrationApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Hooks;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The entry point the app wiring calls. Connecting builds the HTTP client, the credential and the pipeline and
 * sends nothing: it is cheap, safe to call early on a background thread, and sign-in happens at the first call
 * (usually {@link RegistrationApi#account()}).
 */
public final class AzureConnector {
    private static final Logger LOG = LoggerFactory.getLogger(AzureConnector.class);
    private static final AtomicBoolean DROPPED_ERRORS_QUIET = new AtomicBoolean();

    private AzureConnector() {}

    /**
     * For the app: the JVM's default trust store ({@code -Djavax.net.ssl.trustStore} honoured) with the OS's certificate
     * store added ({@link PlatformTrust}), and the proxy from
     * the environment ({@code HTTPS_PROXY}/{@code HTTP_PROXY} with {@code NO_PROXY}, or the JVM's
     * {@code https.proxyHost}/{@code https.proxyPort}), as azure-core's {@code ProxyOptions.fromConfiguration} reads them.
     *
     * @param deviceCodePrompts shows the code to the user; needed for {@link SignInMethod#DEVICE_CODE}, may be null otherwise
     */
    public static RegistrationApi connect(AzureOptions options, Consumer<DeviceCodePrompt> deviceCodePrompts) {
        Objects.requireNonNull(options, "options");
        HttpClient httpClient = httpClient(options);
        return connect(options, CredentialFactory.create(options, httpClient, deviceCodePrompts), httpClient);
    }

    /**
     * With a given credential and HTTP client, e.g. a fake credential and a client that trusts only a test server.
     * The HTTP client brings its own timeouts and proxy; the options' timeouts are not applied to it.
     */
    public static RegistrationApi connect(AzureOptions options, TokenCredential credential, HttpClient httpClient) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(httpClient, "httpClient");
        TokenCredential limited = new TimeLimitedCredential(credential, options.signInTimeout());
        quietDroppedErrors();
        ArmClient arm = new ArmClient(ArmPipeline.create(options, limited, httpClient), options.armEndpoint(), options.callTimeout());
        return new ArmRegistrationApi(arm, new AccountReader(limited, options), options.apiVersion());
    }

    /**
     * A cancelled call's connection can still fail afterwards (the answer arrives late, the connection drops). Nobody
     * listens any more, so Reactor hands the error to its dropped-error hook, whose default logs it as an ERROR with a
     * stack trace, on standard error too. The app said "cancelled" already: one DEBUG line is enough. Installed once,
     * for the whole JVM.
     */
    static void quietDroppedErrors() {
        if (DROPPED_ERRORS_QUIET.compareAndSet(false, true)) {
            Hooks.onErrorDropped(e -> LOG.debug("An error came after its call had ended, dropped: {}",
                    ArmLimits.cap(String.valueOf(e), ArmLimits.TEXT_CHARS)));
        }
    }

    /**
     * The production HTTP client: JDK transport, options' timeouts, the runtime's trust store and the OS's
     * ({@link PlatformTrust}), proxy from the environment.
     */
    static HttpClient httpClient(AzureOptions options) {
        return new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(PlatformTrust.sslContext()))
                .connectionTimeout(options.connectTimeout())
                .responseTimeout(options.responseTimeout())
                .readTimeout(options.responseTimeout())
                .configuration(Configuration.getGlobalConfiguration())
                .build();
    }
}
