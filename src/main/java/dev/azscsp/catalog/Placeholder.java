package dev.azscsp.catalog;

import java.util.Optional;

/** The values a card's texts and commands may name, written {@code {name}} in the catalog files. */
public enum Placeholder {
    SUBSCRIPTION_ID("subscriptionId"),
    RESOURCE_GROUP("resourceGroup"),
    REGISTRATION_NAME("registrationName"),
    CUSTOMER_SUBSCRIPTION_ID("customerSubscriptionId"),
    CUSTOMER_TENANT_ID("customerTenantId"),
    CLOUD_ID("cloudId"),
    API_VERSION("apiVersion"),
    /** What happened, in words the app made (a host name, a timeout, the service's own message). */
    DETAIL("detail");

    private final String key;

    Placeholder(String key) { this.key = key; }

    public String key() { return key; }

    public static Optional<Placeholder> byKey(String key) {
        for (Placeholder p : values()) if (p.key.equals(key)) return Optional.of(p);
        return Optional.empty();
    }
}
