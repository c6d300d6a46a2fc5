package dev.azscsp.azure.fake;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A subscription the fake knows: offer (quotaId), state, tenant, CSP partner, and resource provider states. */
public final class FakeSubscription {
    public static final String CSP_QUOTA = "CSP_2015-05-01";
    public static final String DEFAULT_PARTNER = "partner-contoso";

    private final String id;
    private volatile String displayName;
    private volatile String state = "Enabled";
    private volatile String quotaId = CSP_QUOTA;
    private volatile String tenantId = FakeTokens.PARTNER_TENANT;
    private volatile String partnerId = DEFAULT_PARTNER;
    private final Map<String, String> providers = new ConcurrentHashMap<>();
    private volatile boolean registrationsReadable = true;

    FakeSubscription(String id) {
        this.id = id;
        this.displayName = "Subscription " + id.substring(0, Math.min(8, id.length()));
    }

    public String id() { return id; }
    public String displayName() { return displayName; }
    public String state() { return state; }
    public String quotaId() { return quotaId; }
    public String tenantId() { return tenantId; }
    public String partnerId() { return partnerId; }
    public boolean registrationsReadable() { return registrationsReadable; }

    public FakeSubscription displayName(String v) { displayName = v; return this; }
    /** {@code Enabled}, {@code Disabled}, {@code Warned}, {@code PastDue}, {@code Deleted}. */
    public FakeSubscription state(String v) { state = v; return this; }
    /** e.g. {@code CSP_2015-05-01}, {@code PayAsYouGo_2014-09-01}. */
    public FakeSubscription quotaId(String v) { quotaId = v; return this; }
    public FakeSubscription tenantId(String v) { tenantId = v; return this; }
    /** The CSP partner that sold it; adding a customer needs the same partner as the registration's subscription. */
    public FakeSubscription partnerId(String v) { partnerId = v; return this; }

    /** Its registrations list answers 403 AuthorizationFailed: the signed-in user sees the subscription but may not read there. */
    public FakeSubscription refuseRegistrationList() { registrationsReadable = false; return this; }

    /** {@code Registered} (the default for every namespace), {@code NotRegistered}, {@code Registering}… */
    public FakeSubscription providerState(String namespace, String registrationState) {
        providers.put(namespace.toLowerCase(Locale.ROOT), registrationState);
        return this;
    }

    public String providerState(String namespace) {
        return providers.getOrDefault(namespace.toLowerCase(Locale.ROOT), "Registered");
    }
}
