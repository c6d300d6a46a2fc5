package dev.azscsp.settings;

import java.util.Locale;
import java.util.Objects;

/** A registration the user checked before; {@code stampCloudId} may be null. */
public record RecentRegistration(String subscriptionId, String resourceGroup, String registrationName, String stampCloudId) {

    /** Same registration, whatever the letter case (ARM ids and names are case-insensitive). */
    public boolean sameAs(RecentRegistration o) {
        return o != null && lower(subscriptionId).equals(lower(o.subscriptionId)) && lower(resourceGroup).equals(lower(o.resourceGroup))
                && lower(registrationName).equals(lower(o.registrationName));
    }

    public boolean complete() {
        return notBlank(subscriptionId) && notBlank(resourceGroup) && notBlank(registrationName);
    }

    static String lower(String s) {
        return Objects.toString(s, "").toLowerCase(Locale.ROOT);
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
