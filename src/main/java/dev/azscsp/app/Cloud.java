package dev.azscsp.app;

import java.util.Arrays;
import java.util.Optional;

/** The Azure clouds a registration can live in; CUSTOM takes an ARM endpoint (a proxy, a test fake). */
public enum Cloud {
    AZURE_CLOUD("AzureCloud"), AZURE_CHINA_CLOUD("AzureChinaCloud"), AZURE_US_GOVERNMENT("AzureUSGovernment"), CUSTOM("Custom");

    private final String key;

    Cloud(String key) { this.key = key; }

    public String key() { return key; }

    public static Optional<Cloud> parse(String s) {
        if (s == null) return Optional.empty();
        return Arrays.stream(values()).filter(v -> v.key.equalsIgnoreCase(s.trim())).findFirst();
    }
}
