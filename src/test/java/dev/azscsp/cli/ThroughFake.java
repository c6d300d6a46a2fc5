package dev.azscsp.cli;

import java.time.Duration;
import java.util.function.Supplier;

import com.azure.core.credential.TokenCredential;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.app.AzureBridge;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeTokens;

/**
 * The command line's own road to Azure ({@link AzureBridge#options} of its connection) ending at a FakeArm: the
 * fake's certificate and credential instead of the user's, and back-off in milliseconds so retries do not slow the
 * tests. The fake is given as a supplier: test classes start theirs after their fields are set.
 */
final class ThroughFake {
    private ThroughFake() {}

    static ApiFactory api(Supplier<FakeArm> fake) {
        return api(fake, Duration.ofMillis(20), Duration.ofMillis(100), FakeTokens.userCredential());
    }

    static ApiFactory api(Supplier<FakeArm> fake, Duration baseDelay, Duration maxDelay, TokenCredential credential) {
        return (connection, deviceCode) -> fake.get().connect(AzureBridge.options(connection).toBuilder()
                .retryBaseDelay(baseDelay).retryMaxDelay(maxDelay).build(), credential);
    }

    /** A healthy Azure: {@code sub} with the provider registered, registration reg1 in azurestack mapping {@code cust}. */
    static void healthy(FakeArm fake, String sub, String cust) {
        fake.reset();
        fake.addSubscription(sub).providerState("Microsoft.AzureStack", "Registered");
        fake.addSubscription(cust);
        fake.addRegistration(sub, "azurestack", "reg1").addCustomerSubscription(cust, null);
    }
}
