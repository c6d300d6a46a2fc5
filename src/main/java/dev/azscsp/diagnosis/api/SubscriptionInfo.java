package dev.azscsp.diagnosis.api;

import java.util.Set;

/**
 * A subscription's identity and offer.
 *
 * @param state   {@code Enabled}, {@code Disabled}, {@code Warned}, {@code PastDue}, {@code Deleted}
 * @param quotaId the offer's quota id from {@code subscriptionPolicies}, e.g. {@code CSP_2015-05-01}; null if absent
 */
public record SubscriptionInfo(String id, String displayName, String state, String quotaId, String tenantId) {

    /** The quota ids of subscriptions sold through the CSP programme. */
    public static final Set<String> CSP_QUOTA_IDS = Set.of("CSP_2015-05-01", "CSP_MG_2017-12-01", "CSPDEVTEST_2018-05-01");

    public boolean isCsp() {
        return quotaId != null && CSP_QUOTA_IDS.stream().anyMatch(q -> q.equalsIgnoreCase(quotaId));
    }

    public boolean isEnabled() {
        return "Enabled".equalsIgnoreCase(state);
    }
}
