package dev.azscsp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import dev.azscsp.app.Cloud;
import dev.azscsp.app.Connection;
import dev.azscsp.app.SignIn;
import dev.azscsp.demo.Scenario;
import dev.azscsp.syntax.EndpointUrl;
import picocli.CommandLine.Option;

/** The cloud and sign-in options shared by {@code diagnose} and {@code bulk}. */
final class ConnectionOptions {
    /** A PEM or PFX file holds a key and a few certificates: a few kilobytes. */
    static final long MAX_CERTIFICATE_BYTES = 1024 * 1024;

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
            String problem = armEndpointProblem(armEndpoint);
            if (problem != null) {
                err.println(problem);
                return null;
            }
            c = Cloud.CUSTOM;
        }
        if (authorityHost != null && EndpointUrl.authorityProblem(authorityHost).isPresent()) {
            err.println("--authority-host must be an https:// address with a host, such as https://login.microsoftonline.com.");
            return null;
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
        if (method == SignIn.SERVICE_PRINCIPAL && certificate != null) {
            String problem = certificateProblem(certificate);
            if (problem != null) {
                err.println(problem);
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

    /** What is wrong with an --arm-endpoint, as a sentence; null when nothing is. */
    static String armEndpointProblem(String v) {
        return EndpointUrl.armEndpointProblem(v).map(p -> switch (p) {
            case NOT_HTTPS -> "--arm-endpoint must be an https:// address with a host, such as https://management.local.azurestack.external;"
                    + " was '" + v + "'.";
            // Not echoed: the value holds a password.
            case USER_INFO -> "--arm-endpoint must not hold a user name or password: give https://host[:port] only.";
            case NOT_AN_ORIGIN -> "--arm-endpoint '" + v + "' has a path, ?query or #fragment: give the address alone, such as"
                    + " https://management.local.azurestack.external (every call adds its own path to it).";
        }).orElse(null);
    }

    /**
     * What is wrong with a --certificate file, as a sentence naming it; null when it is a readable file. Checked
     * here, before sign-in, because the sign-in library only opens the file when it asks for a token and then
     * reports a missing file as a failed sign-in.
     */
    static String certificateProblem(Path p) {
        if (!Files.exists(p)) return "--certificate file not found: " + p + ".";
        if (Files.isDirectory(p)) return "--certificate " + p + " is a folder, not a certificate file (.pem, .pfx or .p12).";
        if (!Files.isRegularFile(p)) return "--certificate " + p + " is not a regular file (.pem, .pfx or .p12).";
        if (!Files.isReadable(p)) return "--certificate " + p + " cannot be read: check its permissions.";
        try {
            if (Files.size(p) > MAX_CERTIFICATE_BYTES) {
                return "--certificate " + p + " is too big to be a certificate (over " + MAX_CERTIFICATE_BYTES / 1024 + " KiB).";
            }
        } catch (IOException e) {
            return "--certificate " + p + " cannot be read: " + e.getMessage();
        }
        return null;
    }
}
