package dev.azscsp.diagnosis.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.azscsp.diagnosis.api.Account;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.ManagementLock;
import dev.azscsp.diagnosis.api.Permission;
import dev.azscsp.diagnosis.api.ProviderState;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;

/**
 * Passes every call through client-side token buckets shaped like ARM's read limits: one per subscription the
 * call is addressed to (ARM counts reads per subscription: a bucket of 250 refilled at 25 per second), and one for
 * the whole run so it never floods the network. A call throttled by ARM pauses the whole run for the Retry-After it
 * was given (every row slows down, not just this one) and is tried again a bounded number of times; a wait longer
 * than {@code maxWait} is reported instead of slept through. Bulk runs and the tenant listing use it.
 */
public final class RateLimitedApi implements RegistrationApi {
    interface Call<T> { T get() throws ArmFailure; }

    static final int MAX_THROTTLED_RETRIES = 3;
    /** ARM's documented subscription read bucket. */
    static final int SUBSCRIPTION_BURST = 250;
    static final double SUBSCRIPTION_PER_SECOND = 25;

    private final RegistrationApi api;
    private final RateLimiter run;
    private final Map<String, RateLimiter> perSubscription = new ConcurrentHashMap<>();
    private final Duration maxWait;
    private final AtomicInteger throttled = new AtomicInteger();

    public RateLimitedApi(RegistrationApi api, RateLimiter run, Duration maxWait) {
        this.api = api;
        this.run = run;
        this.maxWait = maxWait;
    }

    /** How many 429 answers reached this layer. */
    int throttled() { return throttled.get(); }

    /** Buckets back to full are dropped this often (in calls), so a run of many rows keeps a few, not one per row. */
    static final int PRUNE_EVERY = 1024;

    private final AtomicInteger calls = new AtomicInteger();

    /** How many per-subscription buckets are kept. */
    int buckets() { return perSubscription.size(); }

    private <T> T call(String subscription, Call<T> call) throws ArmFailure {
        if (calls.incrementAndGet() % PRUNE_EVERY == 0) {
            // A full bucket behaves as a new one would. A caller that fetched it just before could meet a new
            // bucket for the same subscription: one extra burst at most, which a 429 from ARM would slow down.
            perSubscription.values().removeIf(RateLimiter::isFull);
        }
        RateLimiter sub = subscription == null ? null : perSubscription.computeIfAbsent(subscription.toLowerCase(Locale.ROOT),
                k -> new RateLimiter(SUBSCRIPTION_PER_SECOND, SUBSCRIPTION_BURST));
        for (int attempt = 0; ; attempt++) {
            try {
                if (sub != null) sub.acquire();
                run.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ArmFailure.of(ArmFailure.Kind.CANCELLED).message("cancelled").build();
            }
            try {
                return call.get();
            } catch (ArmFailure f) {
                if (f.kind() != ArmFailure.Kind.THROTTLED) throw f;
                throttled.incrementAndGet();
                Duration wait = f.retryAfter().orElse(Duration.ofSeconds(5));
                if (attempt >= MAX_THROTTLED_RETRIES || wait.compareTo(maxWait) > 0) throw f;
                run.pause(wait);
            }
        }
    }

    @Override public Account account() throws ArmFailure { return call(null, api::account); }
    @Override public SubscriptionInfo subscription(String id) throws ArmFailure { return call(id, () -> api.subscription(id)); }
    @Override public List<SubscriptionInfo> subscriptions() throws ArmFailure { return call(null, api::subscriptions); }
    @Override public ProviderState provider(String s, String ns) throws ArmFailure { return call(s, () -> api.provider(s, ns)); }
    @Override public Registration registration(RegistrationRef ref) throws ArmFailure { return call(ref.subscriptionId(), () -> api.registration(ref)); }
    @Override public List<Registration> registrations(String s) throws ArmFailure { return call(s, () -> api.registrations(s)); }

    @Override
    public List<CustomerSubscription> customerSubscriptions(RegistrationRef ref) throws ArmFailure {
        return call(ref.subscriptionId(), () -> api.customerSubscriptions(ref));
    }

    @Override
    public CustomerSubscription customerSubscription(RegistrationRef ref, String id) throws ArmFailure {
        return call(ref.subscriptionId(), () -> api.customerSubscription(ref, id));
    }

    @Override public List<Permission> permissions(RegistrationRef ref) throws ArmFailure { return call(ref.subscriptionId(), () -> api.permissions(ref)); }
    @Override public List<ManagementLock> locks(RegistrationRef ref) throws ArmFailure { return call(ref.subscriptionId(), () -> api.locks(ref)); }

    @Override
    public CustomerSubscription addCustomerSubscription(RegistrationRef ref, String id, String tenant) throws ArmFailure {
        throw new UnsupportedOperationException("paced reads never write");
    }

    @Override
    public void removeCustomerSubscription(RegistrationRef ref, String id) {
        throw new UnsupportedOperationException("paced reads never write");
    }
}
