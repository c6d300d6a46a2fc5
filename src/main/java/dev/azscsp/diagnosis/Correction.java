package dev.azscsp.diagnosis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import dev.azscsp.diagnosis.input.Field;

/**
 * A fix the checks found: the values to type instead of the ones given (the registration whose CloudID is the
 * stamp's, the spelling the service holds, the tenant the subscription really belongs to), and the one sentence that
 * says so. The values come from ARM's answers: they are data, kept only when they have the syntax of their field.
 *
 * @param from   the check that found it
 * @param answer the sentence, with the values
 * @param values the fields to change and their new values, in the wizard's order
 */
public record Correction(CheckId from, Text answer, Map<Field, String> values) {

    public Correction {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /**
     * A correction of the values that differ from the given ones and have their field's syntax; empty when none is
     * left (ARM answered a value the user already typed, or one that could not be typed).
     */
    static Optional<Correction> of(CheckId from, RegistrationTarget given, Text answer, Map<Field, String> found) {
        Map<Field, String> v = new EnumMap<>(Field.class);
        for (Map.Entry<Field, String> e : found.entrySet()) {
            String value = e.getValue();
            if (value == null || !hasSyntax(e.getKey(), value) || value.equals(given(given, e.getKey()))) continue;
            v.put(e.getKey(), value);
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(new Correction(from, answer, v));
    }

    /** Whether a value may go into the field, as the input rules and the command templates require. */
    public static boolean hasSyntax(Field f, String value) {
        return f.placeholder().accepts(value);
    }

    /** The value the user gave for a field, or null. */
    public static String given(RegistrationTarget t, Field f) {
        return switch (f) {
            case SUBSCRIPTION_ID -> t.subscriptionId();
            case RESOURCE_GROUP -> t.resourceGroup();
            case REGISTRATION_NAME -> t.registrationName();
            case STAMP_CLOUD_ID -> t.stampCloudId();
            case CUSTOMER_SUBSCRIPTION_ID -> t.customerSubscriptionId();
            case CUSTOMER_TENANT_ID -> t.customerTenantId();
        };
    }
}
