package dev.azscsp.app;

import java.nio.file.Path;
import java.time.Duration;

import dev.azscsp.demo.Scenario;

/**
 * Where and how to reach Azure. The service principal secret lives here only in memory: it is never written,
 * logged or printed ({@link #toString()} leaves it out).
 *
 * @param armEndpoint   for {@link Cloud#CUSTOM}: the ARM endpoint URL
 * @param authorityHost for {@link Cloud#CUSTOM}: the sign-in authority; null for Microsoft Entra ID public
 * @param scenario      for {@link SignIn#DEMO}: the simulated situation
 * @param timeout       the time limit of each call and each check
 */
public record Connection(Cloud cloud, String armEndpoint, String authorityHost, SignIn signIn, String tenantId,
                         String clientId, char[] clientSecret, Path certificate, Scenario scenario,
                         String apiVersion, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final String DEFAULT_API_VERSION = "2017-06-01";

    public static Connection demo(Scenario scenario) {
        return new Connection(Cloud.AZURE_CLOUD, null, null, SignIn.DEMO, null, null, null, null, scenario,
                DEFAULT_API_VERSION, DEFAULT_TIMEOUT);
    }

    @Override
    public String toString() {
        return "Connection[cloud=" + cloud + ", armEndpoint=" + armEndpoint + ", signIn=" + signIn + ", tenantId=" + tenantId
                + ", clientId=" + clientId + ", secret=" + (clientSecret == null ? "none" : "(hidden)")
                + ", scenario=" + scenario + ", apiVersion=" + apiVersion + ", timeout=" + timeout + "]";
    }
}
