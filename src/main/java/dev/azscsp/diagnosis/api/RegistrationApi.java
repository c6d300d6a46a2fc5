package dev.azscsp.diagnosis.api;

import java.util.List;

/**
 * The only way the diagnosis talks to Azure. Every method blocks, has a timeout set by the implementation, and
 * answers either with plain records or with an {@link ArmFailure}; no SDK type ever crosses this line.
 * Only {@link #addCustomerSubscription} and {@link #removeCustomerSubscription} write, and callers only reach them after
 * an explicit confirmation.
 * Implementations must be safe to call from several threads at once.
 */
public interface RegistrationApi {

    /** Who is signed in, and to which tenant; forces sign-in when it has not happened yet. */
    Account account() throws ArmFailure;

    /** A subscription as the signed-in identity sees it: the registration's, or a customer's. */
    SubscriptionInfo subscription(String subscriptionId) throws ArmFailure;

    /**
     * Every subscription the signed-in identity can see (ARM's subscription list, of the tenant it signed in to), all
     * pages followed: where to look for a registration that is not in the subscription the user gave.
     */
    List<SubscriptionInfo> subscriptions() throws ArmFailure;

    /** The registration state of a resource provider ({@code Microsoft.AzureStack}) on a subscription. */
    ProviderState provider(String subscriptionId, String namespace) throws ArmFailure;

    Registration registration(RegistrationRef ref) throws ArmFailure;

    /** Every registration in a subscription, all pages followed. */
    List<Registration> registrations(String subscriptionId) throws ArmFailure;

    /** One customer subscription mapping, by the id exactly as given (the service is case sensitive). */
    CustomerSubscription customerSubscription(RegistrationRef ref, String customerSubscriptionId) throws ArmFailure;

    /** Every customer subscription mapped under a registration, all pages followed. */
    List<CustomerSubscription> customerSubscriptions(RegistrationRef ref) throws ArmFailure;

    /**
     * The signed-in identity's effective permissions at the registration's scope (Microsoft.Authorization
     * {@code permissions}), all pages followed: one entry per role that applies there.
     */
    List<Permission> permissions(RegistrationRef ref) throws ArmFailure;

    /**
     * The management locks ARM lists at the registration's scope (Microsoft.Authorization {@code locks}), all pages
     * followed: the registration's own and those inherited from its resource group and subscription.
     */
    List<ManagementLock> locks(RegistrationRef ref) throws ArmFailure;

    /**
     * This API for a caller that paces its calls and retries throttled ones itself (a bulk run's rate limiter): a 429
     * comes straight back as a THROTTLED failure with the wait it asked for, instead of being retried underneath too
     * (each of the caller's retries retried again sent one throttled read up to 16 times). Same sign-in and
     * connections. An implementation that never retries a 429 on its own returns itself.
     */
    default RegistrationApi throttlingLeftToCaller() {
        return this;
    }

    /**
     * Adds (PUT) a customer subscription under a registration. This writes to Azure.
     *
     * @param customerTenantId the customer's tenant, or null when unknown
     */
    CustomerSubscription addCustomerSubscription(RegistrationRef ref, String customerSubscriptionId,
                                                 String customerTenantId) throws ArmFailure;

    /**
     * Removes (DELETE) a customer subscription mapping, by the id exactly as mapped. This writes to Azure: the
     * customer's usage is then reported against the registration subscription. 200 and 204 are success; a 404 comes
     * back as a NOT_FOUND failure (the caller decides whether "already gone" is what it wanted).
     */
    void removeCustomerSubscription(RegistrationRef ref, String customerSubscriptionId) throws ArmFailure;
}
