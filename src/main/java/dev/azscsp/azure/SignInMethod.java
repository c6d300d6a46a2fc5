package dev.azscsp.azure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the user proves who they are. The demo mode needs no sign-in and lives outside this package. */
public enum SignInMethod {
    /** A browser window on this machine (loopback redirect to {@code http://localhost}). */
    BROWSER("browser", "interactive browser"),
    /** A code to enter on another device; for machines without a browser. */
    DEVICE_CODE("device-code", "device code"),
    /** Reuses {@code az login}. */
    AZURE_CLI("azure-cli", "Azure CLI"),
    /** An app registration with a client secret or a certificate. */
    SERVICE_PRINCIPAL("service-principal", "service principal");

    private final String cliName;
    private final String label;

    SignInMethod(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    /** The name users type: {@code browser}, {@code device-code}, {@code azure-cli}, {@code service-principal}. */
    public String cliName() { return cliName; }

    /** In words, for {@link dev.azscsp.diagnosis.api.Account#method()}. */
    public String label() { return label; }

    /** @throws IllegalArgumentException naming the accepted values */
    public static SignInMethod parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (SignInMethod m : values()) {
            if (m.cliName.equals(wanted)) return m;
        }
        throw new IllegalArgumentException("Unknown sign-in method '" + name + "'. Use one of: "
                + Arrays.stream(values()).map(SignInMethod::cliName).collect(Collectors.joining(", ")) + ".");
    }
}
