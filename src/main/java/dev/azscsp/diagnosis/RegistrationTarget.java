package dev.azscsp.diagnosis;

/**
 * What a diagnosis is about, after the input rules cleaned it up.
 *
 * @param customerTenantId optional, null when not given
 * @param stampCloudId     the Azure Stack Hub stamp's CloudID, optional, null when not given
 */
public record RegistrationTarget(String subscriptionId, String resourceGroup, String registrationName,
                                 String customerSubscriptionId, String customerTenantId, String stampCloudId,
                                 Intent intent) {

    public dev.azscsp.diagnosis.api.RegistrationRef registration() {
        return new dev.azscsp.diagnosis.api.RegistrationRef(subscriptionId, resourceGroup, registrationName);
    }
}
