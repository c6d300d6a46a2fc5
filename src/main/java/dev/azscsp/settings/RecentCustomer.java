package dev.azscsp.settings;

/**
 * A customer subscription the user checked before; {@code tenantId} may be null. The id keeps its letter case:
 * the service compares customer subscription ids case-sensitively.
 */
public record RecentCustomer(String subscriptionId, String tenantId) {

    public boolean sameAs(RecentCustomer o) {
        return o != null && subscriptionId != null && subscriptionId.equals(o.subscriptionId);
    }

    public boolean complete() {
        return RecentRegistration.notBlank(subscriptionId);
    }
}
