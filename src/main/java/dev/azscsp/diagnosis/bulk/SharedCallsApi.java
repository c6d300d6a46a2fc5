package dev.azscsp.diagnosis.bulk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import dev.azscsp.diagnosis.Mappings;
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
 * Makes the calls about the registration once for a whole bulk run: the sign-in, the registration subscription,
 * the provider, the registration, the lists of subscriptions and registrations, the list of mappings and the rights on the registration are asked the first time a
 * row needs them, and every other row shares the answer (or the failure). Calls about a customer subscription
 * go through, except a mapping already in the shared list.
 */
final class SharedCallsApi implements RegistrationApi {
    interface Call<T> { T get() throws ArmFailure; }

    private final RegistrationApi api;
    private final String registrationSubscription;
    private final Map<String, CompletableFuture<Object>> shared = new ConcurrentHashMap<>();

    SharedCallsApi(RegistrationApi api, String registrationSubscription) {
        this.api = api;
        this.registrationSubscription = registrationSubscription;
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String key, Call<T> call) throws ArmFailure {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> f = shared.putIfAbsent(key, mine);
        if (f == null) {
            f = mine;
            try {
                mine.complete(call.get());
            } catch (ArmFailure | RuntimeException | Error e) {
                // Every failure completes the shared answer: rows waiting for it must not wait for their time limit.
                if (e instanceof ArmFailure a && a.kind() == ArmFailure.Kind.CANCELLED) shared.remove(key, mine);
                mine.completeExceptionally(e);
                if (e instanceof VirtualMachineError vm) throw vm;
            }
        }
        try {
            return (T) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ArmFailure.of(ArmFailure.Kind.CANCELLED).message("cancelled").build();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ArmFailure a) throw a;
            if (e.getCause() instanceof Error err) throw err;
            throw (RuntimeException) e.getCause();
        }
    }

    @Override public Account account() throws ArmFailure { return once("account", api::account); }

    @Override
    public SubscriptionInfo subscription(String id) throws ArmFailure {
        if (id.equalsIgnoreCase(registrationSubscription)) return once("subscription", () -> api.subscription(id));
        return api.subscription(id);
    }

    @Override public ProviderState provider(String s, String ns) throws ArmFailure { return once("provider:" + ns, () -> api.provider(s, ns)); }
    @Override public Registration registration(RegistrationRef ref) throws ArmFailure { return once("registration", () -> api.registration(ref)); }
    /** One list per subscription: looking for the registration elsewhere lists other subscriptions than the one given. */
    @Override
    public List<Registration> registrations(String s) throws ArmFailure {
        return once("registrations:" + s.toLowerCase(java.util.Locale.ROOT), () -> api.registrations(s));
    }
    @Override public List<SubscriptionInfo> subscriptions() throws ArmFailure { return once("subscriptions", api::subscriptions); }

    @Override public List<Permission> permissions(RegistrationRef ref) throws ArmFailure { return once("permissions", () -> api.permissions(ref)); }
    @Override public List<ManagementLock> locks(RegistrationRef ref) throws ArmFailure { return once("locks", () -> api.locks(ref)); }

    /** Listed once and indexed once: every row then looks its customer up in it instead of scanning it. */
    @Override
    public List<CustomerSubscription> customerSubscriptions(RegistrationRef ref) throws ArmFailure {
        return once("mappings", () -> Mappings.of(api.customerSubscriptions(ref)));
    }

    /** Answered from the shared list when it is already there and holds the id; asked of ARM otherwise. */
    @Override
    public CustomerSubscription customerSubscription(RegistrationRef ref, String id) throws ArmFailure {
        CompletableFuture<Object> listed = shared.get("mappings");
        if (listed != null && listed.isDone() && !listed.isCompletedExceptionally()) {
            Optional<CustomerSubscription> mapped = ((Mappings) listed.join()).exact(id);
            if (mapped.isPresent()) return mapped.get();
        }
        return api.customerSubscription(ref, id);
    }

    @Override
    public CustomerSubscription addCustomerSubscription(RegistrationRef ref, String id, String tenant) throws ArmFailure {
        throw new UnsupportedOperationException("bulk checks never write");
    }

    @Override
    public void removeCustomerSubscription(RegistrationRef ref, String id) {
        throw new UnsupportedOperationException("bulk checks never write");
    }
}
