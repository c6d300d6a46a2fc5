package dev.azscsp.azure.fake;

import dev.azscsp.diagnosis.api.RegistrationRef;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A Microsoft.AzureStack registration and its customer subscription mappings. Mappings keep the customer id's
 * letter case exactly: a GET in another case finds nothing, as the service documents.
 */
public final class FakeRegistration {
    private final String subscriptionId;
    private final String resourceGroup;
    private final String name;
    private volatile String cloudId = UUID.randomUUID().toString();
    private volatile String objectId = UUID.randomUUID().toString();
    private volatile String billingModel = "PayAsYouUse";
    private volatile boolean multiTenancyApproved = true;
    private final Map<String, String> customers = new LinkedHashMap<>(); // customer id -> tenant id (or null)

    FakeRegistration(String subscriptionId, String resourceGroup, String name) {
        this.subscriptionId = subscriptionId;
        this.resourceGroup = resourceGroup;
        this.name = name;
    }

    public String subscriptionId() { return subscriptionId; }
    public String resourceGroup() { return resourceGroup; }
    public String name() { return name; }
    public String cloudId() { return cloudId; }
    public String objectId() { return objectId; }
    public String billingModel() { return billingModel; }
    public boolean multiTenancyApproved() { return multiTenancyApproved; }
    public RegistrationRef ref() { return new RegistrationRef(subscriptionId, resourceGroup, name); }

    public String id() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.AzureStack/registrations/" + name;
    }

    public FakeRegistration cloudId(String v) { cloudId = v; return this; }
    public FakeRegistration objectId(String v) { objectId = v; return this; }
    /** {@code PayAsYouUse} (default), {@code Capacity}, {@code Development}… Only PayAsYouUse may add customers. */
    public FakeRegistration billingModel(String v) { billingModel = v; return this; }
    /** Whether Microsoft enabled multi-tenancy (azstcsp@microsoft.com); default true. */
    public FakeRegistration multiTenancyApproved(boolean v) { multiTenancyApproved = v; return this; }

    /** Maps a customer subscription, as a successful PUT would; a later mapping for the same tenant replaces it. */
    public synchronized FakeRegistration addCustomerSubscription(String customerSubscriptionId, String tenantId) {
        if (tenantId != null) customers.values().removeIf(tenantId::equals);
        customers.put(customerSubscriptionId, tenantId);
        return this;
    }

    public synchronized boolean removeCustomerSubscription(String customerSubscriptionId) {
        boolean had = customers.containsKey(customerSubscriptionId);
        customers.remove(customerSubscriptionId);
        return had;
    }

    /** Customer id (exact case) to tenant id, in the order added. */
    public synchronized Map<String, String> customerSubscriptions() { return new LinkedHashMap<>(customers); }
}
