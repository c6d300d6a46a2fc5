package dev.azscsp.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.AddDatePolicy;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.HttpLogDetailLevel;
import com.azure.core.http.policy.HttpLogOptions;
import com.azure.core.http.policy.HttpLoggingPolicy;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.UserAgentPolicy;

/**
 * The one HTTP pipeline every ARM call goes through. It is strict on purpose:
 * <ul>
 * <li>no {@code ProviderRegistrationPolicy}: the SDK's default pipeline answers a 409
 *     {@code MissingSubscriptionRegistration} by silently POSTing {@code …/providers/Microsoft.AzureStack/register};
 *     this app never writes on its own, so the 409 reaches the caller;</li>
 * <li>authentication comes <em>before</em> the retry policy, so a failed sign-in is never retried by the HTTP
 *     layer (a browser or device-code prompt must not reappear behind the user's back; credentials have their
 *     own small retry budget). The token is cached by the policy, so retries reuse it;</li>
 * <li>retries are bounded and ours ({@link ArmRetryPolicy}, {@link BoundedRetryStrategy}): azure-core's
 *     {@code RetryPolicy} reads Retry-After by its own rules and sleeps what it read, past any deadline;</li>
 * <li>HTTP logging is off: bodies and headers can carry tenant and subscription ids;</li>
 * <li>the plain bearer policy, not azure-core-management's ARM challenge policy: with that one, about one call in
 *     three waited an extra 500 ms when several calls ran at once (measured by bench/latency.sh); claims challenges
 *     it would answer end as an authentication failure that asks the user to sign in again.</li>
 * </ul>
 */
final class ArmPipeline {
    private ArmPipeline() {}

    static HttpPipeline create(AzureOptions options, TokenCredential credential, HttpClient httpClient) {
        return new HttpPipelineBuilder()
                .httpClient(httpClient)
                .policies(
                        new UserAgentPolicy(options.userAgent()),
                        new RequestIdPolicy(),
                        new AddDatePolicy(),
                        new BearerTokenAuthenticationPolicy(credential, options.tokenScope()),
                        new ArmRetryPolicy(BoundedRetryStrategy.from(options)),
                        new HttpLoggingPolicy(new HttpLogOptions().setLogLevel(HttpLogDetailLevel.NONE)))
                .build();
    }
}
