package dev.azscsp.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the user signs in; DEMO uses the simulated Azure and no account at all. */
public enum SignIn {
    BROWSER("browser"), DEVICE_CODE("device-code"), AZURE_CLI("azure-cli"), SERVICE_PRINCIPAL("service-principal"), DEMO("demo");

    private final String key;

    SignIn(String key) { this.key = key; }

    public String key() { return key; }

    public static Optional<SignIn> parse(String s) {
        if (s == null) return Optional.empty();
        String k = s.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.key.equals(k)).findFirst();
    }
}
