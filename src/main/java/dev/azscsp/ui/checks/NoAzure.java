package dev.azscsp.ui.checks;

import java.util.List;

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
 * The API for a run whose input is too malformed to check anything: the diagnostician calls nothing then, and
 * this makes sure of it. It lets the input's own card be shown without signing in.
 */
public final class NoAzure implements RegistrationApi {
    public static final NoAzure INSTANCE = new NoAzure();

    private NoAzure() {}

    private static ArmFailure refused() {
        return ArmFailure.of(ArmFailure.Kind.CANCELLED).message("No call is made for input that cannot be used").build();
    }

    @Override public Account account() throws ArmFailure { throw refused(); }
    @Override public SubscriptionInfo subscription(String id) throws ArmFailure { throw refused(); }
    @Override public List<SubscriptionInfo> subscriptions() throws ArmFailure { throw refused(); }
    @Override public ProviderState provider(String id, String ns) throws ArmFailure { throw refused(); }
    @Override public Registration registration(RegistrationRef ref) throws ArmFailure { throw refused(); }
    @Override public List<Registration> registrations(String id) throws ArmFailure { throw refused(); }
    @Override public CustomerSubscription customerSubscription(RegistrationRef ref, String id) throws ArmFailure { throw refused(); }
    @Override public List<CustomerSubscription> customerSubscriptions(RegistrationRef ref) throws ArmFailure { throw refused(); }
    @Override public List<Permission> permissions(RegistrationRef ref) throws ArmFailure { throw refused(); }
    @Override public List<ManagementLock> locks(RegistrationRef ref) throws ArmFailure { throw refused(); }
    @Override public CustomerSubscription addCustomerSubscription(RegistrationRef ref, String id, String tenant) throws ArmFailure { throw refused(); }
    @Override public void removeCustomerSubscription(RegistrationRef ref, String id) throws ArmFailure { throw refused(); }
}
