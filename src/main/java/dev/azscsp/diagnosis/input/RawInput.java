package dev.azscsp.diagnosis.input;

import dev.azscsp.diagnosis.Intent;

/** The fields as typed, before any cleaning; null and blank both mean "not given". */
public record RawInput(String subscriptionId, String resourceGroup, String registrationName,
                       String customerSubscriptionId, String customerTenantId, String stampCloudId, Intent intent) {}
