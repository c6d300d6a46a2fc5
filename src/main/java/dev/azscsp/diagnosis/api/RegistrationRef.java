package dev.azscsp.diagnosis.api;

/** The three values that address a registration resource. */
public record RegistrationRef(String subscriptionId, String resourceGroup, String name) {

    public static final String PROVIDER = "Microsoft.AzureStack";

    /** The ARM id, e.g. {@code /subscriptions/…/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/reg1}. */
    public String resourceId() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/" + PROVIDER + "/registrations/" + name;
    }

    public String customerSubscriptionId(String customerSubscriptionId) {
        return resourceId() + "/customerSubscriptions/" + customerSubscriptionId;
    }
}
