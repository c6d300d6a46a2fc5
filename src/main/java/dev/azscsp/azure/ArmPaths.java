package dev.azscsp.azure;

import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.RegistrationRef;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The ARM paths this adapter calls. Every value becomes one percent-encoded path segment, so user input can
 * neither add segments nor a query; its letter case is kept exactly (customer subscription ids are case sensitive).
 */
final class ArmPaths {
    private ArmPaths() {}

    /** Subscriptions – List: the signed-in identity's subscriptions. */
    static String subscriptions() {
        return "/subscriptions";
    }

    static String subscription(String subscriptionId) throws ArmFailure {
        return "/subscriptions/" + segment("subscription id", subscriptionId);
    }

    static String provider(String subscriptionId, String namespace) throws ArmFailure {
        return subscription(subscriptionId) + "/providers/" + segment("provider namespace", namespace);
    }

    /** Registrations_ListBySubscription. */
    static String registrations(String subscriptionId) throws ArmFailure {
        return provider(subscriptionId, RegistrationRef.PROVIDER) + "/registrations";
    }

    static String registration(RegistrationRef ref) throws ArmFailure {
        return subscription(ref.subscriptionId())
                + "/resourceGroups/" + segment("resource group", ref.resourceGroup())
                + "/providers/" + RegistrationRef.PROVIDER
                + "/registrations/" + segment("registration name", ref.name());
    }

    static String customerSubscriptions(RegistrationRef ref) throws ArmFailure {
        return registration(ref) + "/customerSubscriptions";
    }

    static String customerSubscription(RegistrationRef ref, String customerSubscriptionId) throws ArmFailure {
        return customerSubscriptions(ref) + "/" + segment("customer subscription id", customerSubscriptionId);
    }

    /** Microsoft.Authorization permissions of the caller at the registration's scope. */
    static String permissions(RegistrationRef ref) throws ArmFailure {
        return registration(ref) + "/providers/Microsoft.Authorization/permissions";
    }

    /** Microsoft.Authorization management locks of a whole subscription (its own and every one below it). */
    static String subscriptionLocks(String subscriptionId) throws ArmFailure {
        return subscription(subscriptionId) + "/providers/Microsoft.Authorization/locks";
    }

    /** Microsoft.Authorization management locks at the registration's scope. */
    static String locks(RegistrationRef ref) throws ArmFailure {
        return registration(ref) + "/providers/Microsoft.Authorization/locks";
    }

    private static String segment(String what, String value) throws ArmFailure {
        if (value == null || value.isBlank() || value.equals(".") || value.equals("..")) {
            throw ArmFailure.of(ArmFailure.Kind.BAD_REQUEST)
                    .message("The " + what + " is missing" + (value == null || value.isBlank() ? "." : " (was '" + value + "')."))
                    .build();
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
