package dev.azscsp.diagnosis.tenants;

import java.time.Duration;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.SubscriptionInfo;

/**
 * What reading a mapped customer subscription itself ({@code GET /subscriptions/{id}}) told: its name, state and
 * offer, or why it could not be read. The subscription lives in the customer's tenant, so a 403 or 404 only says the
 * signed-in identity cannot see it, never that it is wrong.
 *
 * @param info    the subscription as read, or null when it could not be read
 * @param failure why it could not be read, or null when it was
 * @param took    how long the call took
 */
public record CustomerDetails(String subscriptionId, SubscriptionInfo info, ArmFailure failure, Duration took) {

    /** The offer as the checks decide it from the quota id ({@link SubscriptionInfo#isCsp()}). */
    public enum Offer {
        CSP, NOT_CSP,
        /** Read, but without a quota id. */
        UNKNOWN,
        /** Not visible to this sign-in (403 or 404): the customer's tenant keeps it. */
        NOT_READABLE,
        /** The read failed for another reason (network, throttling, time limit...). */
        NOT_READ;

        /** The key written in CSV and JSON. */
        public String key() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    public static CustomerDetails read(String subscriptionId, SubscriptionInfo info, Duration took) {
        return new CustomerDetails(subscriptionId, info, null, took);
    }

    public static CustomerDetails failed(String subscriptionId, ArmFailure failure, Duration took) {
        return new CustomerDetails(subscriptionId, null, failure, took);
    }

    public boolean readable() { return info != null; }

    public Offer offer() {
        if (info == null) {
            return failure != null && (failure.kind() == ArmFailure.Kind.FORBIDDEN || failure.kind() == ArmFailure.Kind.NOT_FOUND)
                    ? Offer.NOT_READABLE : Offer.NOT_READ;
        }
        if (info.quotaId() == null) return Offer.UNKNOWN;
        return info.isCsp() ? Offer.CSP : Offer.NOT_CSP;
    }

    /** The offer in words, never blank: "CSP (CSP_2015-05-01)", "not readable with this sign-in"... */
    public Text offerText() {
        return switch (offer()) {
            case CSP -> Text.of("tenants.offer.csp", info.quotaId());
            case NOT_CSP -> Text.of("tenants.offer.notCsp", info.quotaId());
            case UNKNOWN -> Text.of("tenants.offer.unknown");
            case NOT_READABLE -> Text.of("tenants.notReadable");
            case NOT_READ -> Text.of("tenants.notRead", reason(failure));
        };
    }

    /** A field of the subscription, or the reason it is not shown: never blank. */
    public Text field(String value) {
        if (info != null) return value == null || value.isBlank() ? Text.of("tenants.field.absent") : Text.of("tenants.field.value", value);
        return offer() == Offer.NOT_READABLE ? Text.of("tenants.notReadable") : Text.of("tenants.notRead", reason(failure));
    }

    public Text displayName() { return field(info == null ? null : info.displayName()); }

    public Text state() { return field(info == null ? null : info.state()); }

    /** A failure in a few words: its code, else its kind. */
    static String reason(ArmFailure f) {
        if (f == null) return "—";
        if (f.code() != null) return f.code() + (f.status() > 0 ? " (HTTP " + f.status() + ")" : "");
        return f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
