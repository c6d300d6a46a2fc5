package dev.azscsp.azure;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Microsoft.AzureStack api-versions the app may use for registrations and customer subscriptions.
 * 2017-06-01 is what the operator documentation and {@code New-AzResource} use; 2022-06-01 is the spec's newest
 * stable version. Both carry the same registration and customer-subscription shapes.
 */
public enum AzureStackApiVersion {
    V2017_06_01("2017-06-01"),
    V2022_06_01("2022-06-01");

    private final String value;

    AzureStackApiVersion(String value) { this.value = value; }

    /** As sent in {@code ?api-version=}. */
    public String value() { return value; }

    /** @throws IllegalArgumentException naming the accepted values */
    public static AzureStackApiVersion parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (AzureStackApiVersion v : values()) {
            if (v.value.equals(wanted)) return v;
        }
        throw new IllegalArgumentException("Unsupported api-version '" + text + "'. Use one of: "
                + Arrays.stream(values()).map(AzureStackApiVersion::value).collect(Collectors.joining(", ")) + ".");
    }

    @Override
    public String toString() { return value; }
}
