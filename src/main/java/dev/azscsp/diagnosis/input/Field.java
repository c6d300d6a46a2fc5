package dev.azscsp.diagnosis.input;

import java.util.Optional;

import dev.azscsp.catalog.Placeholder;

/** The fields a user types, in the order the wizard asks for them. */
public enum Field {
    SUBSCRIPTION_ID, RESOURCE_GROUP, REGISTRATION_NAME, STAMP_CLOUD_ID, CUSTOMER_SUBSCRIPTION_ID, CUSTOMER_TENANT_ID;

    /** The field a card placeholder stands for; empty for the ones nobody types (api-version, detail). */
    public static Optional<Field> of(Placeholder p) {
        return switch (p) {
            case SUBSCRIPTION_ID -> Optional.of(SUBSCRIPTION_ID);
            case RESOURCE_GROUP -> Optional.of(RESOURCE_GROUP);
            case REGISTRATION_NAME -> Optional.of(REGISTRATION_NAME);
            case CUSTOMER_SUBSCRIPTION_ID -> Optional.of(CUSTOMER_SUBSCRIPTION_ID);
            case CUSTOMER_TENANT_ID -> Optional.of(CUSTOMER_TENANT_ID);
            case CLOUD_ID -> Optional.of(STAMP_CLOUD_ID);
            case API_VERSION, DETAIL, CLIENT, OBJECT_ID, ACTION, SCOPE, NAMESPACE, ENTRA_CODE -> Optional.empty();
        };
    }
}
