package dev.azscsp.diagnosis.input;

/** The fields a user types, in the order the wizard asks for them. */
public enum Field {
    SUBSCRIPTION_ID, RESOURCE_GROUP, REGISTRATION_NAME, STAMP_CLOUD_ID, CUSTOMER_SUBSCRIPTION_ID, CUSTOMER_TENANT_ID
}
