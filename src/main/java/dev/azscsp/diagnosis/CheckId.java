package dev.azscsp.diagnosis;

import java.util.Locale;

/** The checks, in the order they are listed to the user. */
public enum CheckId {
    INPUT, SIGN_IN, REGISTRATION_SUBSCRIPTION, PROVIDER, REGISTRATION, CLOUD_ID, BILLING_MODEL, MAPPING,
    CUSTOMER_SUBSCRIPTION, MULTI_TENANCY, WRITE_PERMISSION, LOCKS, ADD;

    /** The stable id used in JSON and on the command line, e.g. {@code registration-subscription}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Text title() {
        return Text.of("check." + key());
    }
}
