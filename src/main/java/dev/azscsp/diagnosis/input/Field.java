package dev.azscsp.diagnosis.input;

import java.util.Optional;

import dev.azscsp.catalog.Placeholder;

/** The fields a user types, in the order the wizard asks for them. */
public enum Field {
    SUBSCRIPTION_ID, RESOURCE_GROUP, REGISTRATION_NAME, STAMP_CLOUD_ID, CUSTOMER_SUBSCRIPTION_ID, CUSTOMER_TENANT_ID;

    /** The card placeholder that stands for this field (and gives the syntax a value of it must have). */
    public Placeholder placeholder() {
        return switch (this) {
            case SUBSCRIPTION_ID -> Placeholder.SUBSCRIPTION_ID;
            case RESOURCE_GROUP -> Placeholder.RESOURCE_GROUP;
            case REGISTRATION_NAME -> Placeholder.REGISTRATION_NAME;
            case STAMP_CLOUD_ID -> Placeholder.CLOUD_ID;
            case CUSTOMER_SUBSCRIPTION_ID -> Placeholder.CUSTOMER_SUBSCRIPTION_ID;
            case CUSTOMER_TENANT_ID -> Placeholder.CUSTOMER_TENANT_ID;
        };
    }

    /** The field a card placeholder stands for; empty for the ones nobody types (api-version, detail...). */
    public static Optional<Field> of(Placeholder p) {
        for (Field f : values()) if (f.placeholder() == p) return Optional.of(f);
        return Optional.empty();
    }
}
