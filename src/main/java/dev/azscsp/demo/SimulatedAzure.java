package dev.azscsp.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.azscsp.diagnosis.api.Account;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.ManagementLock;
import dev.azscsp.diagnosis.api.Permission;
import dev.azscsp.diagnosis.api.ProviderState;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;

/**
 * An Azure that lives in memory, for trying the app without an account. It answers like the real adapter would,
 * with a realistic delay per call, errors worded as the service words them, and never opens a connection.
 * Writes change only this object's state.
 */
public final class SimulatedAzure implements RegistrationApi {
    private static final String CSP = "CSP_2015-05-01";
    /** The signed-in partner's tenant: the subscription list shows the subscriptions of this tenant. */
    private static final String PARTNER_TENANT = "4f1b3c2a-8e7d-4a6b-9c5d-1e2f3a4b5c6d";

    private final Scenario scenario;
    private final Duration baseLatency;
    private final Random jitter;
    private final Map<String, SubscriptionInfo> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
    private final Map<String, List<CustomerSubscription>> mappings = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private volatile boolean providerRegistered = true;

    public SimulatedAzure(Scenario scenario) {
        this(scenario, scenario == Scenario.SLOW ? Duration.ofMillis(2500) : Duration.ofMillis(120));
    }

    /** @param baseLatency the delay of each call (a little jitter is added); zero for fast tests */
    public SimulatedAzure(Scenario scenario, Duration baseLatency) {
        this.scenario = scenario;
        this.baseLatency = baseLatency;
        this.jitter = new Random(scenario.ordinal());
        build();
    }

    public Scenario scenario() { return scenario; }

    /** How many calls were answered, for tests. */
    public int calls() { return calls.get(); }

    /** The writes received, for tests ("PUT <id>"). */
    public List<String> writes() { return List.copyOf(writes); }

    private void build() {
        subscriptions.put(Scenario.REGISTRATION_SUBSCRIPTION, new SubscriptionInfo(Scenario.REGISTRATION_SUBSCRIPTION,
                "Contoso CSP - Azure Stack Hub", "Enabled", CSP, PARTNER_TENANT));
        subscriptions.put(Scenario.OTHER_PARTNER_SUBSCRIPTION, new SubscriptionInfo(Scenario.OTHER_PARTNER_SUBSCRIPTION,
                "Contoso CSP - Dev/Test", "Enabled", CSP, PARTNER_TENANT));
        subscriptions.put(Scenario.CUSTOMER_SUBSCRIPTION, new SubscriptionInfo(Scenario.CUSTOMER_SUBSCRIPTION,
                "Fabrikam - Azure Stack Hub usage", "Enabled", CSP, Scenario.CUSTOMER_TENANT));
        subscriptions.put("3b9e7d21-5c4a-4f8b-9e06-a1d2c3b4e5f6", new SubscriptionInfo("3b9e7d21-5c4a-4f8b-9e06-a1d2c3b4e5f6",
                "Fabrikam - Pay-As-You-Go", "Enabled", "PayAsYouGo_2014-09-01", Scenario.CUSTOMER_TENANT));
        subscriptions.put("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", new SubscriptionInfo("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                "Tailspin - Azure Stack Hub usage", "Enabled", CSP, "0b7a6c5d-4e3f-4a2b-8c1d-9e8f7a6b5c4d"));

        String billing = scenario == Scenario.CUSTOMER_SUBSCRIPTIONS_NOT_ALLOWED ? "Capacity" : "PayAsYouUse";
        RegistrationRef main = new RegistrationRef(Scenario.REGISTRATION_SUBSCRIPTION, Scenario.RESOURCE_GROUP, Scenario.REGISTRATION);
        registrations.put(key(main), new Registration(main.resourceId(), main.name(), main.resourceGroup(), Scenario.CLOUD_ID,
                billing, "2dbdd5f4-daf3-442a-be35-b71c3debee5a"));
        RegistrationRef lab = new RegistrationRef(Scenario.REGISTRATION_SUBSCRIPTION, Scenario.RESOURCE_GROUP,
                "AzureStack-" + Scenario.OTHER_CLOUD_ID);
        registrations.put(key(lab), new Registration(lab.resourceId(), lab.name(), lab.resourceGroup(), Scenario.OTHER_CLOUD_ID,
                "PayAsYouUse", "6a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"));

        List<CustomerSubscription> mapped = new CopyOnWriteArrayList<>();
        if (scenario != Scenario.UNAUTHORIZED_CSP_REGISTRATION) {
            mapped.add(mapping(main, "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d", "1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f"));
            mapped.add(mapping(main, "b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e", "2d3e4f5a-6b7c-4d8e-8f9a-1b2c3d4e5f6a"));
            if (scenario == Scenario.HEALTHY || scenario == Scenario.SLOW || scenario == Scenario.THROTTLED
                    || scenario == Scenario.METADATA_RESOLVER_BAD_GATEWAY || scenario == Scenario.NOT_AUTHORIZED
                    || scenario == Scenario.REGISTRATION_IN_OTHER_SUBSCRIPTION) {
                mapped.add(mapping(main, Scenario.CUSTOMER_SUBSCRIPTION, Scenario.CUSTOMER_TENANT));
            }
        }
        mappings.put(key(main), mapped);
        mappings.put(key(lab), new CopyOnWriteArrayList<>());
        TenantsDemo.addTo(subscriptions, registrations, mappings);   // the customer listing's registration, in its own subscription
        providerRegistered = scenario != Scenario.MISSING_PROVIDER;
    }

    private static CustomerSubscription mapping(RegistrationRef ref, String sub, String tenant) {
        return new CustomerSubscription(ref.customerSubscriptionId(sub), sub, tenant);
    }

    private static String key(RegistrationRef ref) {
        return ref.resourceId().toLowerCase(Locale.ROOT);
    }

    @Override
    public Account account() throws ArmFailure {
        delay();
        return Account.user("admin@contoso-csp.example", PARTNER_TENANT, "AzureCloud", "demo");
    }

    @Override
    public SubscriptionInfo subscription(String subscriptionId) throws ArmFailure {
        delay();
        SubscriptionInfo s = subscriptions.get(subscriptionId.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw fail(Kind.NOT_FOUND, 404, "SubscriptionNotFound", "The subscription '" + subscriptionId + "' could not be found.");
        }
        return s;
    }

    /** The subscriptions of the partner's own tenant, as ARM lists the signed-in tenant's subscriptions. */
    @Override
    public List<SubscriptionInfo> subscriptions() throws ArmFailure {
        delay();
        return subscriptions.values().stream().filter(s -> PARTNER_TENANT.equals(s.tenantId()))
                .sorted(java.util.Comparator.comparing(SubscriptionInfo::id)).toList();
    }

    @Override
    public ProviderState provider(String subscriptionId, String namespace) throws ArmFailure {
        delay();
        return new ProviderState(namespace, providerRegistered ? "Registered" : "NotRegistered");
    }

    @Override
    public Registration registration(RegistrationRef ref) throws ArmFailure {
        delay();
        azureStackFaults(ref);
        Registration r = registrations.get(key(ref));
        if (r == null) {
            throw fail(Kind.NOT_FOUND, 404, "ResourceNotFound", "The Resource 'Microsoft.AzureStack/registrations/" + ref.name()
                    + "' under resource group '" + ref.resourceGroup() + "' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix");
        }
        return r;
    }

    @Override
    public List<Registration> registrations(String subscriptionId) throws ArmFailure {
        delay();
        azureStackFaults(null);
        return registrations.values().stream().filter(r -> r.id().toLowerCase(Locale.ROOT)
                .startsWith("/subscriptions/" + subscriptionId.toLowerCase(Locale.ROOT) + "/")).sorted(
                java.util.Comparator.comparing(Registration::name)).toList();
    }

    @Override
    public CustomerSubscription customerSubscription(RegistrationRef ref, String customerSubscriptionId) throws ArmFailure {
        delay();
        azureStackFaults(ref);
        requireRegistration(ref);
        return mappings.get(key(ref)).stream().filter(m -> m.subscriptionId().equals(customerSubscriptionId)).findFirst()
                .orElseThrow(() -> fail(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound", customerSubscriptionId
                        + " was not found under " + ref.name() + ". Make sure a valid Azure subscription is being used and that the subscription ID was added to the registration using the PUT operation."));
    }

    @Override
    public List<CustomerSubscription> customerSubscriptions(RegistrationRef ref) throws ArmFailure {
        delay();
        azureStackFaults(ref);
        requireRegistration(ref);
        return List.copyOf(mappings.get(key(ref)));
    }

    /** Contributor's permissions, or Reader's in the scenario where the account may not write. */
    @Override
    public List<Permission> permissions(RegistrationRef ref) throws ArmFailure {
        delay();
        requireRegistration(ref);
        if (scenario == Scenario.MISSING_WRITE_PERMISSION) return List.of(new Permission(List.of("*/read"), List.of()));
        return List.of(new Permission(List.of("*"), List.of("Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write",
                "Microsoft.Authorization/elevateAccess/Action")));
    }

    /** The CanNotDelete lock the registration script sets on the resource group, and a ReadOnly one in its scenario. */
    @Override
    public List<ManagementLock> locks(RegistrationRef ref) throws ArmFailure {
        delay();
        requireRegistration(ref);
        String group = "/subscriptions/" + ref.subscriptionId() + "/resourceGroups/" + ref.resourceGroup()
                + "/providers/Microsoft.Authorization/locks/";
        List<ManagementLock> locks = new ArrayList<>();
        locks.add(new ManagementLock(group + "RegistrationResourceLock", "RegistrationResourceLock", "CanNotDelete", null));
        if (scenario == Scenario.READ_ONLY_LOCK) {
            locks.add(new ManagementLock(group + "freeze-during-audit", "freeze-during-audit", "ReadOnly", "Audit until month end"));
        }
        return locks;
    }

    @Override
    public CustomerSubscription addCustomerSubscription(RegistrationRef ref, String customerSubscriptionId,
                                                        String customerTenantId) throws ArmFailure {
        delay();
        azureStackFaults(ref);
        Registration r = requireRegistration(ref);
        if (!providerRegistered) {
            throw fail(Kind.CONFLICT, 409, "MissingSubscriptionRegistration",
                    "The subscription is not registered to use namespace 'Microsoft.AzureStack'. See https://aka.ms/rps-not-found for how to register subscriptions.");
        }
        if (scenario == Scenario.MISSING_WRITE_PERMISSION) {
            throw fail(Kind.FORBIDDEN, 403, "AuthorizationFailed", "The client 'admin@contoso-csp.example' with object id '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' does not have authorization to perform action '"
                    + "Microsoft.AzureStack/registrations/customerSubscriptions/write' over scope '" + ref.customerSubscriptionId(customerSubscriptionId) + "' or the scope is invalid.");
        }
        if (scenario == Scenario.READ_ONLY_LOCK) {
            throw fail(Kind.CONFLICT, 409, "ScopeLocked", "The scope '" + ref.customerSubscriptionId(customerSubscriptionId)
                    + "' cannot perform write operation because following scope(s) are locked: '/subscriptions/" + ref.subscriptionId()
                    + "/resourceGroups/" + ref.resourceGroup() + "'. Please remove the lock and try again.");
        }
        if (scenario == Scenario.UNAUTHORIZED_CSP_REGISTRATION) {
            throw fail(Kind.FORBIDDEN, 403, "UnauthorizedCspRegistration", "The provided " + ref.name()
                    + " is not approved to use multi-tenancy. Send an email to azstCSP@microsoft.com and include your registration name, resource group, and the subscription identifier used in the registration.");
        }
        if (r.isCapacity()) {
            throw fail(Kind.BAD_REQUEST, 400, "CustomerSubscriptionsNotAllowed",
                    "Customer subscription operations are not supported for disconnected customers. To use this feature, re-register with pay-as-you-use licensing.");
        }
        SubscriptionInfo s = subscriptions.get(customerSubscriptionId.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw fail(Kind.BAD_REQUEST, 400, "BadCustomerSubscriptionId", "The provided " + customerSubscriptionId + " and the "
                    + ref.name() + " subscription identifier are not owned by the same Microsoft CSP. Check that the customer subscription identifier is correct. The customer subscription ID is case sensitive. If the problem persists, contact support.");
        }
        if (!s.isCsp()) {
            throw fail(Kind.BAD_REQUEST, 400, "InvalidCSPSubscription", "The provided " + customerSubscriptionId
                    + " is not a valid CSP subscription. Make sure a valid Azure subscription is provided.");
        }
        CustomerSubscription added = mapping(ref, customerSubscriptionId, customerTenantId);
        List<CustomerSubscription> list = mappings.get(key(ref));
        list.removeIf(m -> m.subscriptionId().equals(customerSubscriptionId)
                || (customerTenantId != null && customerTenantId.equalsIgnoreCase(m.tenantId())));
        list.add(added);
        writes.add("PUT " + added.id());
        return added;
    }

    /** Drops the mapping from memory; a mapping that is not there answers as ARM does after a DELETE of nothing (204). */
    @Override
    public void removeCustomerSubscription(RegistrationRef ref, String customerSubscriptionId) throws ArmFailure {
        delay();
        azureStackFaults(ref);
        requireRegistration(ref);
        if (scenario == Scenario.MISSING_WRITE_PERMISSION) {
            throw fail(Kind.FORBIDDEN, 403, "AuthorizationFailed", "The client 'admin@contoso-csp.example' with object id '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' does not have authorization to perform action '"
                    + "Microsoft.AzureStack/registrations/customerSubscriptions/delete' over scope '" + ref.customerSubscriptionId(customerSubscriptionId) + "' or the scope is invalid.");
        }
        if (scenario == Scenario.READ_ONLY_LOCK) {
            throw fail(Kind.CONFLICT, 409, "ScopeLocked", "The scope '" + ref.customerSubscriptionId(customerSubscriptionId)
                    + "' cannot perform delete operation because following scope(s) are locked: '/subscriptions/" + ref.subscriptionId()
                    + "/resourceGroups/" + ref.resourceGroup() + "'. Please remove the lock and try again.");
        }
        if (mappings.get(key(ref)).removeIf(m -> m.subscriptionId().equals(customerSubscriptionId))) {
            writes.add("DELETE " + ref.customerSubscriptionId(customerSubscriptionId));
        }
    }

    private Registration requireRegistration(RegistrationRef ref) throws ArmFailure {
        Registration r = registrations.get(key(ref));
        if (r == null) {
            throw fail(Kind.NOT_FOUND, 404, "ParentResourceNotFound",
                    "Can not perform requested operation on nested resource. Parent resource '" + ref.name() + "' not found.");
        }
        return r;
    }

    /** The scenario's trouble on Microsoft.AzureStack calls. */
    private void azureStackFaults(RegistrationRef ref) throws ArmFailure {
        switch (scenario) {
            case METADATA_RESOLVER_BAD_GATEWAY -> throw fail(Kind.TRANSIENT, 502, "MetadataResolverBadGatewayError",
                    "One of the upstream servers returned an unexpected error. Try again later. If the problem persists, contact support.");
            case THROTTLED -> throw ArmFailure.of(Kind.THROTTLED).status(429).code("TooManyRequests")
                    .message("The request was throttled: the subscription's read limit was reached.")
                    .retryAfter(Duration.ofSeconds(45)).requestId(requestId()).correlationId(requestId()).build();
            case NOT_AUTHORIZED -> throw fail(Kind.FORBIDDEN, 403, "AuthorizationFailed",
                    "The client 'admin@contoso-csp.example' with object id '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' does not have authorization to perform action 'Microsoft.AzureStack/registrations/read' over scope '"
                            + (ref == null ? "/subscriptions/" + Scenario.REGISTRATION_SUBSCRIPTION : ref.resourceId()) + "' or the scope is invalid.");
            default -> { }
        }
    }

    private ArmFailure fail(Kind kind, int status, String code, String message) {
        return ArmFailure.of(kind).status(status).code(code).message(message)
                .requestId(requestId()).correlationId(requestId()).build();
    }

    /** Ids that look like ARM's, derived from the call count so a run is reproducible. */
    private String requestId() {
        return String.format("%08x-0000-4000-8000-%012x", scenario.ordinal() + 1, (long) calls.get());
    }

    private void delay() throws ArmFailure {
        calls.incrementAndGet();
        long ms = baseLatency.toMillis();
        if (ms <= 0) return;
        long extra;
        synchronized (jitter) {
            extra = jitter.nextInt((int) Math.max(1, ms / 2));
        }
        try {
            Thread.sleep(ms + extra);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ArmFailure.of(Kind.CANCELLED).message("cancelled").build();
        }
    }

    /** The scenarios with their expected codes, for listings. */
    public static List<Scenario> scenarios() {
        return new ArrayList<>(List.of(Scenario.values()));
    }
}
