package dev.azscsp.diagnosis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * A RegistrationApi whose every answer a test can set, with a delay per call; it records calls and the highest
 * number of calls in flight at once.
 */
final class ScriptedApi implements RegistrationApi {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String TENANT = "dbab3982-796f-4d03-9908-044c08aef8a2";
    static final String CLOUD = "5bf881b2-6be7-42a1-9f47-d6fcb6737747";

    interface Answer { Object get() throws ArmFailure; }

    final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
    volatile Duration delay = Duration.ZERO;

    ScriptedApi() {
        RegistrationRef ref = new RegistrationRef(SUB, "azurestack", "reg1");
        answers.put("account", () -> Account.user("admin@contoso.example", "t1", "AzureCloud", "test"));
        answers.put("subscription:" + SUB, () -> new SubscriptionInfo(SUB, "Reg sub", "Enabled", "CSP_2015-05-01", "t1"));
        answers.put("subscription:" + CUST, () -> new SubscriptionInfo(CUST, "Customer sub", "Enabled", "CSP_2015-05-01", TENANT));
        // The signed-in identity sees the registration subscription only: a missing registration has nowhere else to be.
        answers.put("subscriptions", () -> List.of(new SubscriptionInfo(SUB, "Reg sub", "Enabled", "CSP_2015-05-01", "t1")));
        answers.put("provider", () -> new ProviderState("Microsoft.AzureStack", "Registered"));
        answers.put("registration", () -> new Registration(ref.resourceId(), "reg1", "azurestack", CLOUD, "PayAsYouUse", "o1"));
        answers.put("registrations", () -> List.of(new Registration(ref.resourceId(), "reg1", "azurestack", CLOUD, "PayAsYouUse", "o1")));
        answers.put("customerSubscription", () -> new CustomerSubscription(ref.customerSubscriptionId(CUST), CUST, TENANT));
        answers.put("customerSubscriptions", () -> List.of(new CustomerSubscription(ref.customerSubscriptionId(CUST), CUST, TENANT)));
        answers.put("permissions", () -> List.of(new Permission(List.of("*"), List.of("Microsoft.Authorization/*/Delete"))));
        answers.put("locks", () -> List.of());
        answers.put("add", () -> new CustomerSubscription(ref.customerSubscriptionId(CUST), CUST, TENANT));
    }

    static ArmFailure failure(ArmFailure.Kind kind, int status, String code) {
        return ArmFailure.of(kind).status(status).code(code).message(code + " message").requestId("req-1").correlationId("corr-1").build();
    }

    ScriptedApi fail(String key, ArmFailure f) {
        answers.put(key, () -> { throw f; });
        return this;
    }

    ScriptedApi answer(String key, Answer a) {
        answers.put(key, a);
        return this;
    }

    @SuppressWarnings("unchecked")
    private <T> T call(String key) throws ArmFailure {
        calls.add(key);
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw ArmFailure.of(ArmFailure.Kind.CANCELLED).message("cancelled").build();
                }
            }
            Answer a = answers.get(key);
            if (a == null) throw failure(ArmFailure.Kind.NOT_FOUND, 404, "SubscriptionNotFound");
            return (T) a.get();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override public Account account() throws ArmFailure { return call("account"); }
    @Override public SubscriptionInfo subscription(String id) throws ArmFailure { return call("subscription:" + id); }
    @Override public List<SubscriptionInfo> subscriptions() throws ArmFailure { return call("subscriptions"); }
    @Override public ProviderState provider(String s, String ns) throws ArmFailure { return call("provider"); }
    @Override public Registration registration(RegistrationRef ref) throws ArmFailure { return call("registration"); }
    @Override public List<Registration> registrations(String s) throws ArmFailure { return call("registrations"); }
    @Override public CustomerSubscription customerSubscription(RegistrationRef r, String id) throws ArmFailure { return call("customerSubscription"); }
    @Override public List<CustomerSubscription> customerSubscriptions(RegistrationRef r) throws ArmFailure { return call("customerSubscriptions"); }
    @Override public List<Permission> permissions(RegistrationRef r) throws ArmFailure { return call("permissions"); }
    @Override public List<ManagementLock> locks(RegistrationRef r) throws ArmFailure { return call("locks"); }
    @Override public CustomerSubscription addCustomerSubscription(RegistrationRef r, String id, String t) throws ArmFailure { return call("add"); }
    @Override public void removeCustomerSubscription(RegistrationRef r, String id) throws ArmFailure { call("remove"); }
}
