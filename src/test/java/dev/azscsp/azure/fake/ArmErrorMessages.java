package dev.azscsp.azure.fake;

/**
 * Service messages as the documentation renders them (latest English wording), with the values filled in:
 * the eight registration error codes and the neighbouring ARM errors. Statuses are in {@link ArmErrorMessages.Code}.
 */
public final class ArmErrorMessages {
    private ArmErrorMessages() {}

    /** Each code with the HTTP status the fake uses for it (a documented guess for the eight registration codes). */
    public enum Code {
        RegistrationNotFound(404),
        BadCustomerSubscriptionId(400),
        InvalidCustomerSubscriptionId(400),
        CustomerSubscriptionNotFound(404),
        UnauthorizedCspRegistration(403),
        CustomerSubscriptionsNotAllowed(400),
        InvalidCSPSubscription(400),
        MetadataResolverBadGatewayError(502),
        ResourceNotFound(404),
        ResourceGroupNotFound(404),
        ParentResourceNotFound(404),
        SubscriptionNotFound(404),
        AuthorizationFailed(403),
        InvalidAuthenticationToken(401),
        MissingSubscriptionRegistration(409),
        TooManyRequests(429);

        private final int status;

        Code(int status) { this.status = status; }

        public int status() { return status; }
    }

    public static String registrationNotFound(String subscriptionId, String resourceGroup, String registrationName) {
        return "The provided registration was not found. Make sure the following information was provided correctly: "
                + "1. Subscription identifier (value provided: " + subscriptionId + "), 2. Resource group (value provided: "
                + resourceGroup + "), 3. Registration name (value provided: " + registrationName + ").";
    }

    public static String badCustomerSubscriptionId(String customerSubscriptionId, String registrationName) {
        return "The provided " + customerSubscriptionId + " and the " + registrationName + " subscription identifier are not "
                + "owned by the same Microsoft CSP. Check that the customer subscription identifier is correct. The customer "
                + "subscription ID is case sensitive. If the problem persists, contact support.";
    }

    public static String invalidCustomerSubscriptionId(String customerSubscriptionId) {
        return "The " + customerSubscriptionId + " is not valid. Make sure a valid Azure subscription is provided.";
    }

    public static String customerSubscriptionNotFound(String customerSubscriptionId, String registrationName) {
        return customerSubscriptionId + " was not found under " + registrationName + ". Make sure a valid Azure subscription "
                + "is being used and that the subscription ID was added to the registration using the PUT operation.";
    }

    public static String unauthorizedCspRegistration(String registrationName) {
        return "The provided " + registrationName + " is not approved to use multi-tenancy. Send an email to "
                + "azstCSP@microsoft.com and include your registration name, resource group, and the subscription "
                + "identifier used in the registration.";
    }

    public static String customerSubscriptionsNotAllowed() {
        return "Customer subscription operations are not supported for disconnected customers. To use this feature, "
                + "re-register with pay-as-you-use licensing.";
    }

    public static String invalidCspSubscription(String customerSubscriptionId) {
        return "The provided " + customerSubscriptionId + " is not a valid CSP subscription. Make sure a valid Azure "
                + "subscription is provided.";
    }

    public static String metadataResolverBadGateway() {
        return "One of the upstream servers returned an unexpected error. Try again later. If the problem persists, "
                + "contact support.";
    }

    public static String resourceNotFound(String type, String name, String resourceGroup) {
        return "The Resource '" + type + "/" + name + "' under resource group '" + resourceGroup + "' was not found. "
                + "For more details please go to https://aka.ms/ARMResourceNotFoundFix";
    }

    public static String resourceGroupNotFound(String resourceGroup) {
        return "Resource group '" + resourceGroup + "' could not be found.";
    }

    public static String parentResourceNotFound(String parentName) {
        return "Can not perform requested operation on nested resource. Parent resource '" + parentName + "' not found.";
    }

    public static String subscriptionNotFound(String subscriptionId) {
        return "The subscription '" + subscriptionId + "' could not be found.";
    }

    public static String authorizationFailed(String client, String objectId, String action, String scope) {
        return "The client '" + client + "' with object id '" + objectId + "' does not have authorization to perform action '"
                + action + "' over scope '" + scope + "' or the scope is invalid. If access was recently granted, "
                + "please refresh your credentials.";
    }

    public static String invalidAuthenticationToken() {
        return "The access token is invalid.";
    }

    public static String missingSubscriptionRegistration(String namespace) {
        return "The subscription is not registered to use namespace '" + namespace + "'. See https://aka.ms/rps-not-found "
                + "for how to register subscriptions.";
    }
}
