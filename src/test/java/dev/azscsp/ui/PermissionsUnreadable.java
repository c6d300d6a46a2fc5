package dev.azscsp.ui;

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

/** An Azure (the demo's, usually) whose permissions call is refused (403), as for an identity without a role there. */
public record PermissionsUnreadable(RegistrationApi api) implements RegistrationApi {
    public static final String MESSAGE = "The client does not have authorization to perform action 'Microsoft.Authorization/permissions/read'.";

    @Override public Account account() throws ArmFailure { return api.account(); }
    @Override public SubscriptionInfo subscription(String id) throws ArmFailure { return api.subscription(id); }
    @Override public List<SubscriptionInfo> subscriptions() throws ArmFailure { return api.subscriptions(); }
    @Override public ProviderState provider(String s, String n) throws ArmFailure { return api.provider(s, n); }
    @Override public Registration registration(RegistrationRef r) throws ArmFailure { return api.registration(r); }
    @Override public List<Registration> registrations(String s) throws ArmFailure { return api.registrations(s); }
    @Override public CustomerSubscription customerSubscription(RegistrationRef r, String id) throws ArmFailure { return api.customerSubscription(r, id); }
    @Override public List<CustomerSubscription> customerSubscriptions(RegistrationRef r) throws ArmFailure { return api.customerSubscriptions(r); }
    @Override public List<ManagementLock> locks(RegistrationRef r) throws ArmFailure { return api.locks(r); }
    @Override public CustomerSubscription addCustomerSubscription(RegistrationRef r, String id, String t) throws ArmFailure { return api.addCustomerSubscription(r, id, t); }
    @Override public void removeCustomerSubscription(RegistrationRef r, String id) throws ArmFailure { api.removeCustomerSubscription(r, id); }

    @Override
    public List<Permission> permissions(RegistrationRef r) throws ArmFailure {
        throw ArmFailure.of(ArmFailure.Kind.FORBIDDEN).status(403).code("AuthorizationFailed").message(MESSAGE).build();
    }
}
