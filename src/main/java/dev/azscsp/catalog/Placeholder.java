package dev.azscsp.catalog;

import java.util.Optional;
import java.util.function.Predicate;

import dev.azscsp.syntax.ArmSyntax;

/**
 * The values a card's texts and commands may name, written {@code {name}} in the catalog files, each with the
 * syntax a value must have to be put into a command.
 */
public enum Placeholder {
    SUBSCRIPTION_ID("subscriptionId", ArmSyntax::isGuid),
    RESOURCE_GROUP("resourceGroup", ArmSyntax::isResourceGroupName),
    REGISTRATION_NAME("registrationName", ArmSyntax::isRegistrationName),
    CUSTOMER_SUBSCRIPTION_ID("customerSubscriptionId", ArmSyntax::isGuid),
    CUSTOMER_TENANT_ID("customerTenantId", ArmSyntax::isGuid),
    CLOUD_ID("cloudId", ArmSyntax::isGuid),
    API_VERSION("apiVersion", ArmSyntax::isApiVersion),
    /** What happened, in words the app made (a host name, a timeout, the service's own message): never in a command. */
    DETAIL("detail", v -> false),
    // Values only a pasted error names: who was refused, what, where, in which namespace, with which Entra code.
    CLIENT("client", v -> false),
    OBJECT_ID("objectId", ArmSyntax::isGuid),
    ACTION("action", v -> false),
    SCOPE("scope", v -> false),
    NAMESPACE("namespace", ArmSyntax::isProviderNamespace),
    ENTRA_CODE("entraCode", v -> false);

    private final String key;
    private final Predicate<String> syntax;

    Placeholder(String key, Predicate<String> syntax) {
        this.key = key;
        this.syntax = syntax;
    }

    public String key() { return key; }

    /** Whether a value has this placeholder's syntax, the condition for putting it into a command. */
    public boolean accepts(String value) { return value != null && syntax.test(value); }

    public static Optional<Placeholder> byKey(String key) {
        for (Placeholder p : values()) if (p.key.equals(key)) return Optional.of(p);
        return Optional.empty();
    }
}
