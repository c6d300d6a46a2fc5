package dev.azscsp.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link RegistrationApi} over Azure Resource Manager.
 *
 * <p>Every call is a plain HTTP request sent through azure-core's {@code HttpPipeline} (see {@link ArmPipeline}),
 * not through {@code GenericResources} or a RestProxy interface. Ten calls of three shapes (get one, list with
 * nextLink, put) need no generated client, and owning the request keeps explicit what the higher layers hide: the
 * api-version of each call (the fluent API picks one with an extra provider lookup), the raw body of every answer
 * (so a proxy's HTML page or broken JSON becomes MALFORMED_RESPONSE instead of a deserialisation exception), and
 * both success shapes of the add-tenant PUT (200 with a body, 201 without).
 *
 * <p>api-versions: the chosen {@link AzureStackApiVersion} for one registration and for customer subscriptions;
 * {@value #SUBSCRIPTIONS_API} for a subscription and the subscription list, and {@value #PROVIDERS_API} for provider state, as documented for
 * those checks; {@value #PERMISSIONS_API} for Microsoft.Authorization permissions and {@value #LOCKS_API} for management
 * locks, the versions their REST references document; {@value #LIST_BY_SUBSCRIPTION_API} for Registrations_ListBySubscription whichever version the rest
 * uses. That version is the spec's default tag, ships an example of the operation and is the one documented for
 * finding a registration by subscription; the 2017-06-01 swagger declares the operation too, but nothing shows the
 * service answering it there, and the registration shape is the same in both.
 *
 * <p>Only {@link #addCustomerSubscription} and {@link #removeCustomerSubscription} write. Thread-safe: it holds no mutable state.
 */
public final class ArmRegistrationApi implements RegistrationApi {
    static final String SUBSCRIPTIONS_API = "2022-12-01";
    static final String PROVIDERS_API = "2021-04-01";
    static final String LIST_BY_SUBSCRIPTION_API = "2022-06-01";
    static final String PERMISSIONS_API = "2022-04-01";
    static final String LOCKS_API = "2016-09-01";
    /**
     * A list longer than this many pages is a server loop, not data. Generous: at 100 items a page it still holds a
     * million customer mappings, and a repeated nextLink is caught on its own.
     */
    static final int MAX_PAGES = 10_000;
    /**
     * A list longer than this many items in all is not read further: pages of 8 MiB could otherwise hold billions of
     * tiny items, every one kept in memory. Ten times the largest registration the bulk bench runs against.
     */
    static final int MAX_ITEMS = 1_000_000;

    private final ArmClient arm;
    private final AccountReader accounts;
    private final String apiVersion;

    ArmRegistrationApi(ArmClient arm, AccountReader accounts, AzureStackApiVersion apiVersion) {
        this(arm, accounts, apiVersion.value());
    }

    private ArmRegistrationApi(ArmClient arm, AccountReader accounts, String apiVersion) {
        this.arm = arm;
        this.accounts = accounts;
        this.apiVersion = apiVersion;
    }

    /** The same pipeline and sign-in; only the retry policy leaves a 429 to the caller. */
    @Override
    public RegistrationApi throttlingLeftToCaller() {
        return new ArmRegistrationApi(arm.throttlingLeftToCaller(), accounts, apiVersion);
    }

    @Override
    public Account account() throws ArmFailure {
        return accounts.read();
    }

    @Override
    public SubscriptionInfo subscription(String subscriptionId) throws ArmFailure {
        ArmResponse r = arm.get(ArmPaths.subscription(subscriptionId), SUBSCRIPTIONS_API);
        return ArmResources.subscription(r, subscriptionId);
    }

    /** Subscriptions – List, at the same api-version as one subscription; items have the same shape. */
    @Override
    public List<SubscriptionInfo> subscriptions() throws ArmFailure {
        return allPages(ArmPaths.subscriptions(), SUBSCRIPTIONS_API, (r, item) -> ArmResources.subscription(r, item, null));
    }

    @Override
    public ProviderState provider(String subscriptionId, String namespace) throws ArmFailure {
        ArmResponse r = arm.get(ArmPaths.provider(subscriptionId, namespace), PROVIDERS_API);
        return ArmResources.provider(r, namespace);
    }

    @Override
    public Registration registration(RegistrationRef ref) throws ArmFailure {
        ArmResponse r = arm.get(ArmPaths.registration(ref), apiVersion);
        return ArmResources.registration(r, ArmResources.object(r), ref);
    }

    @Override
    public List<Registration> registrations(String subscriptionId) throws ArmFailure {
        return allPages(ArmPaths.registrations(subscriptionId), LIST_BY_SUBSCRIPTION_API,
                (r, item) -> ArmResources.registration(r, item, null));
    }

    @Override
    public CustomerSubscription customerSubscription(RegistrationRef ref, String customerSubscriptionId) throws ArmFailure {
        ArmResponse r = arm.get(ArmPaths.customerSubscription(ref, customerSubscriptionId), apiVersion);
        return ArmResources.customerSubscription(r, ArmResources.object(r), customerSubscriptionId);
    }

    @Override
    public List<CustomerSubscription> customerSubscriptions(RegistrationRef ref) throws ArmFailure {
        return allPages(ArmPaths.customerSubscriptions(ref), apiVersion, (r, item) -> ArmResources.customerSubscription(r, item, null));
    }

    /**
     * Permissions – List For Resource, at the registration. Sent through the same pipeline as every other call rather
     * than azure-resourcemanager-authorization's typed client: with azure-resourcemanager-resources for the locks, the
     * typed clients loaded about 900 more classes and cost 0.6–1 s more CPU in a cold process for these two calls,
     * far past the 10% start-up budget, for two GETs of the shape this class already reads.
     */
    @Override
    public List<Permission> permissions(RegistrationRef ref) throws ArmFailure {
        return allPages(ArmPaths.permissions(ref), PERMISSIONS_API, ArmResources::permission);
    }

    /**
     * Management Locks – List At Resource Level, at the registration (its own locks and its resource group's), then
     * List At Subscription Level: the reference does not say the first one shows a lock set on the subscription
     * itself, and such a lock binds the registration too. The second list holds every lock of the subscription; the
     * checks keep those that sit above the registration. The same lock in both lists is kept once.
     */
    @Override
    public List<ManagementLock> locks(RegistrationRef ref) throws ArmFailure {
        Map<String, ManagementLock> byId = new LinkedHashMap<>();
        for (String path : List.of(ArmPaths.locks(ref), ArmPaths.subscriptionLocks(ref.subscriptionId()))) {
            for (ManagementLock l : allPages(path, LOCKS_API, ArmResources::lock)) byId.putIfAbsent(l.id().toLowerCase(Locale.ROOT), l);
        }
        return List.copyOf(byId.values());
    }

    /**
     * PUT {@code {"properties":{"tenantId":…}}} ({@code {"properties":{}}} when the tenant is unknown). The spec
     * answers 200 with the resource, the operator documentation 201 with no body: without a body the result is
     * built from what was sent.
     */
    @Override
    public CustomerSubscription addCustomerSubscription(RegistrationRef ref, String customerSubscriptionId,
                                                        String customerTenantId) throws ArmFailure {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode properties = body.putObject("properties");
        if (customerTenantId != null && !customerTenantId.isBlank()) properties.put("tenantId", customerTenantId);

        ArmResponse r = arm.put(ArmPaths.customerSubscription(ref, customerSubscriptionId), apiVersion, body.toString());
        if (!r.hasBody()) {
            return new CustomerSubscription(ref.customerSubscriptionId(customerSubscriptionId), customerSubscriptionId,
                    customerTenantId);
        }
        return ArmResources.customerSubscription(r, ArmResources.object(r), customerSubscriptionId);
    }

    @Override
    public void removeCustomerSubscription(RegistrationRef ref, String customerSubscriptionId) throws ArmFailure {
        arm.delete(ArmPaths.customerSubscription(ref, customerSubscriptionId), apiVersion);
    }

    private <T> List<T> allPages(String path, String version, ArmResources.Reader<T> reader) throws ArmFailure {
        List<T> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArmResponse r = arm.get(path, version);
        for (int pages = 1; ; pages++) {
            ArmResources.Page page = ArmResources.page(r);
            for (JsonNode item : page.items()) {
                if (all.size() >= MAX_ITEMS) {
                    throw ArmFailureMapper.malformed(r, "it lists more than " + MAX_ITEMS + " items (stopped after " + pages + " pages)");
                }
                all.add(reader.read(r, item));
            }
            if (page.nextLink() == null) return all;
            if (!seen.add(page.nextLink()) || pages >= MAX_PAGES) {
                throw ArmFailureMapper.malformed(r, "its nextLink repeats or never ends (stopped after " + pages + " pages)");
            }
            r = arm.nextPage(r, page.nextLink(), version);
        }
    }
}
