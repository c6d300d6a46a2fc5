package dev.azscsp.diagnosis.tenants;

import java.util.List;
import java.util.Locale;

import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationRef;

/**
 * One write of a plan: a PUT (add) or a DELETE (remove) of one customer subscription mapping.
 *
 * @param action         ADD or REMOVE
 * @param subscriptionId the customer subscription id exactly as it is sent (the service is case sensitive)
 * @param tenantId       ADD: the tenant sent in the PUT, or null when the line gives none; REMOVE: the tenant the
 *                       mapping had when the plan was made (checked again before the DELETE), or null
 * @param replaces       ADD: the mappings this PUT replaces (another subscription mapped for the tenant, or this
 *                       subscription mapped with another tenant); empty when it replaces nothing
 * @param label          the expected line's label, or null
 * @param line           the expected line's number, or 0 for a removal
 */
public record PlannedWrite(Action action, String subscriptionId, String tenantId, List<Replaced> replaces, String label,
                           int line) {

    public enum Action {
        ADD, REMOVE;

        /** The key written in the plan file, CSV and JSON. */
        public String key() { return name().toLowerCase(Locale.ROOT); }

        public String httpMethod() { return this == ADD ? "PUT" : "DELETE"; }
    }

    /** A mapping a PUT replaces: its subscription id and the tenant it has. */
    public record Replaced(String subscriptionId, String tenantId) {
        static Replaced of(CustomerSubscription m) { return new Replaced(m.subscriptionId(), m.tenantId()); }
    }

    public PlannedWrite {
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    /** The ARM id the write is sent to. */
    public String resourceId(RegistrationRef ref) { return ref.customerSubscriptionId(subscriptionId); }
}
