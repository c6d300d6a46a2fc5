package dev.azscsp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import dev.azscsp.app.Cloud;
import dev.azscsp.app.Connection;
import dev.azscsp.app.SignIn;
import dev.azscsp.demo.Scenario;
import picocli.CommandLine.Option;

/** The cloud and sign-in options shared by {@code diagnose} and {@code bulk}. */
final class ConnectionOptions {
    @Option(names = "--cloud", paramLabel = "NAME", defaultValue = "AzureCloud",
            description = "AzureCloud, AzureChinaCloud or AzureUSGovernment (default: ${DEFAULT-VALUE}).")
    String cloud;
    @Option(names = "--arm-endpoint", paramLabel = "URL", description = "A custom ARM endpoint (its TLS certificate must be trusted by the Java trust store).")
    String armEndpoint;
    @Option(names = "--authority-host", paramLabel = "URL", description = "With --arm-endpoint: the sign-in authority (default: Microsoft Entra ID).")
    String authorityHost;
    @Option(names = "--auth", paramLabel = "METHOD", defaultValue = "azure-cli",
            description = "browser, device-code, azure-cli, service-principal or demo (default: ${DEFAULT-VALUE}).")
    String auth;
    @Option(names = "--tenant", paramLabel = "ID", description = "The tenant to sign in to (the registration subscription's).")
    String tenant;
    @Option(names = "--client-id", paramLabel = "ID", description = "The application (client) ID to sign in with.")
    String clientId;
    @Option(names = "--certificate", paramLabel = "FILE", description = "service-principal: a PEM or PFX certificate instead of a secret.")
    Path certificate;
    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "healthy",
            description = "With --auth demo: the simulated situation (default: ${DEFAULT-VALUE}). See diagnose --list-scenarios.")
    String scenario;
    @Option(names = "--api-version", paramLabel = "VERSION", defaultValue = Connection.DEFAULT_API_VERSION,
            description = "Microsoft.AzureStack api-version: 2017-06-01 or 2022-06-01 (default: ${DEFAULT-VALUE}).")
    String apiVersion;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Time limit of each call and check (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** The connection, or null after printing what is wrong. */
    Connection toConnection(PrintWriter err) {
        SignIn method = SignIn.parse(auth).orElse(null);
        if (method == null) {
            err.println("Unknown --auth '" + auth + "': use browser, device-code, azure-cli, service-principal or demo.");
            return null;
        }
        Cloud c = Cloud.parse(cloud).filter(x -> x != Cloud.CUSTOM).orElse(null);
        if (c == null) {
            err.println("Unknown --cloud '" + cloud + "': use AzureCloud, AzureChinaCloud or AzureUSGovernment (or --arm-endpoint).");
            return null;
        }
        if (armEndpoint != null) {
            if (!armEndpoint.startsWith("https://")) {
                err.println("--arm-endpoint must be an https:// URL.");
                return null;
            }
            c = Cloud.CUSTOM;
        }
        if (!apiVersion.equals("2017-06-01") && !apiVersion.equals("2022-06-01")) {
            err.println("Unknown --api-version '" + apiVersion + "': use 2017-06-01 or 2022-06-01.");
            return null;
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            err.println("--timeout must be between 1 and 600 seconds.");
            return null;
        }
        Scenario sc = null;
        if (method == SignIn.DEMO) {
            sc = Scenario.parse(scenario).orElse(null);
            if (sc == null) {
                err.println("Unknown --scenario '" + scenario + "'. Scenarios: "
                        + String.join(", ", Arrays.stream(Scenario.values()).map(Scenario::key).toList()));
                return null;
            }
        }
        char[] secret = null;
        if (method == SignIn.SERVICE_PRINCIPAL && certificate == null) {
            secret = Secrets.clientSecret(err);
            if (secret == null) return null;
        }
        return new Connection(c, armEndpoint, authorityHost, method, tenant, clientId, secret, certificate, sc, apiVersion,
                Duration.ofSeconds(timeoutSeconds));
    }
}
