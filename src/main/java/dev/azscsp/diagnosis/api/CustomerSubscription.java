package dev.azscsp.diagnosis.api;

/**
 * A customer subscription mapped under a registration.
 *
 * @param subscriptionId the customer subscription id as ARM spells it (the last segment of the id)
 * @param tenantId       the customer's tenant, null when the mapping has none
 */
public record CustomerSubscription(String id, String subscriptionId, String tenantId) {}
