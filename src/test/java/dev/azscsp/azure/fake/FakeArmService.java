package dev.azscsp.azure.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.azscsp.azure.fake.ArmErrorMessages.Code;

/**
 * The fake's resource model and the ARM routes over it. Names and ids are matched ignoring case, as ARM does,
 * except customer subscription mappings, whose ids the service treats as case sensitive. The add-tenant PUT checks,
 * in this (assumed) order: provider registered, GUID format, registration exists, multi-tenancy approved, billing
 * model PayAsYouUse, customer subscription known, CSP offer, same partner; then it upserts.
 */
final class FakeArmService {
    static final String AZURE_STACK = "Microsoft.AzureStack";
    private static final Set<String> CSP_QUOTAS = Set.of("csp_2015-05-01", "csp_mg_2017-12-01", "cspdevtest_2018-05-01");
    private static final Pattern GUID = Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");

    /** An answer: status and JSON body (null for none). */
    record Reply(int status, String body) {}

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, FakeSubscription> subscriptions = new LinkedHashMap<>();
    private final Map<String, FakeRegistration> registrations = new LinkedHashMap<>();
    private PutMode putMode = PutMode.OK_WITH_BODY;
    private int pageSize;
    /** The customer subscription list answers empty though mappings exist (the public report); GETs by id still find them. */
    private boolean listHidesMappings;
    /** The status of a successful DELETE of a mapping (0: 200 when it existed, 204 when it did not). */
    private int deleteStatus;
    /** The caller's permission sets (actions, notActions), as every scope sees them; Owner-like by default. */
    private final List<List<List<String>>> permissions = new ArrayList<>(List.of(OWNER));
    /** Management locks: id (scope + /providers/Microsoft.Authorization/locks/name) to level. */
    private final Map<String, String> locks = new LinkedHashMap<>();
    private static final List<List<String>> OWNER = List.of(List.of("*"), List.of());

    synchronized FakeSubscription addSubscription(String id) {
        return subscriptions.computeIfAbsent(key(id), k -> new FakeSubscription(id));
    }

    synchronized FakeSubscription subscription(String id) { return subscriptions.get(key(id)); }

    synchronized FakeRegistration addRegistration(String subscriptionId, String resourceGroup, String name) {
        addSubscription(subscriptionId);
        return registrations.computeIfAbsent(key(subscriptionId, resourceGroup, name),
                k -> new FakeRegistration(subscriptionId, resourceGroup, name));
    }

    synchronized FakeRegistration registration(String subscriptionId, String resourceGroup, String name) {
        return registrations.get(key(subscriptionId, resourceGroup, name));
    }

    synchronized void putMode(PutMode mode) { putMode = mode; }
    synchronized void pageSize(int size) { pageSize = size; }
    synchronized void listHidesMappings(boolean hide) { listHidesMappings = hide; }
    synchronized void deleteStatus(int status) { deleteStatus = status; }

    /** Replaces the caller's permission sets; each is {actions, notActions}. */
    synchronized void permissions(List<List<List<String>>> sets) {
        permissions.clear();
        permissions.addAll(sets);
    }

    /** Sets a lock on a scope ({@code /subscriptions/…}, {@code …/resourceGroups/…} or a resource id); returns its id. */
    synchronized String addLock(String scope, String name, String level) {
        String id = scope + "/providers/Microsoft.Authorization/locks/" + name;
        locks.put(id, level);
        return id;
    }

    synchronized void reset() {
        subscriptions.clear();
        registrations.clear();
        permissions.clear();
        permissions.add(OWNER);
        locks.clear();
        putMode = PutMode.OK_WITH_BODY;
        pageSize = 0;
        listHidesMappings = false;
        deleteStatus = 0;
    }

    /**
     * @param segments the decoded path's segments
     * @param pageUrl  the URL of this list without query, for nextLink
     */
    synchronized Reply handle(String method, List<String> segments, RecordedRequest request, String pageUrl) {
        boolean get = method.equals("GET");
        List<String> v = match(segments, "subscriptions");
        if (v != null) return get ? listSubscriptions(request, pageUrl) : methodNotAllowed(method);
        v = match(segments, "subscriptions", "*");
        if (v != null) return get ? getSubscription(v.get(0)) : methodNotAllowed(method);
        v = match(segments, "subscriptions", "*", "providers", "*");
        if (v != null) return get ? getProvider(v.get(0), v.get(1)) : methodNotAllowed(method);
        v = match(segments, "subscriptions", "*", "providers", "*", "register");
        if (v != null) return method.equals("POST") ? registerProvider(v.get(0), v.get(1)) : methodNotAllowed(method);
        v = match(segments, "subscriptions", "*", "providers", "Microsoft.Authorization", "locks");
        if (v != null) return get ? listSubscriptionLocks(v.get(0), request, pageUrl) : methodNotAllowed(method);
        v = match(segments, "subscriptions", "*", "providers", AZURE_STACK, "registrations");
        if (v != null) return get ? listRegistrations(v.get(0), null, request, pageUrl) : methodNotAllowed(method);

        String registrations = "subscriptions/*/resourceGroups/*/providers/" + AZURE_STACK + "/registrations";
        v = match(segments, registrations.split("/"));
        if (v != null) return get ? listRegistrations(v.get(0), v.get(1), request, pageUrl) : methodNotAllowed(method);
        v = match(segments, (registrations + "/*").split("/"));
        if (v != null) return get ? getRegistration(v.get(0), v.get(1), v.get(2)) : methodNotAllowed(method);
        v = match(segments, (registrations + "/*/providers/Microsoft.Authorization/permissions").split("/"));
        if (v != null) return get ? listPermissions(v.get(0), v.get(1), v.get(2), request, pageUrl) : methodNotAllowed(method);
        v = match(segments, (registrations + "/*/providers/Microsoft.Authorization/locks").split("/"));
        if (v != null) return get ? listLocks(v.get(0), v.get(1), v.get(2), request, pageUrl) : methodNotAllowed(method);
        v = match(segments, (registrations + "/*/customerSubscriptions").split("/"));
        if (v != null) return get ? listCustomers(v.get(0), v.get(1), v.get(2), request, pageUrl) : methodNotAllowed(method);
        v = match(segments, (registrations + "/*/customerSubscriptions/*").split("/"));
        if (v != null) {
            return switch (method) {
                case "GET" -> getCustomer(v.get(0), v.get(1), v.get(2), v.get(3));
                case "PUT" -> putCustomer(v.get(0), v.get(1), v.get(2), v.get(3), request.body());
                case "DELETE" -> deleteCustomer(v.get(0), v.get(1), v.get(2), v.get(3));
                default -> methodNotAllowed(method);
            };
        }
        return error(404, "FakeArmUnknownPath", "The fake ARM does not serve " + method + " /" + String.join("/", segments) + ".");
    }

    private Reply getSubscription(String id) {
        FakeSubscription s = subscriptions.get(key(id));
        if (s == null) return error(Code.SubscriptionNotFound, ArmErrorMessages.subscriptionNotFound(id));
        return ok(subscriptionJson(s));
    }

    /**
     * Subscriptions – List: those of the signed-in user's tenant ({@link FakeTokens#PARTNER_TENANT}), as ARM lists the
     * subscriptions of the token's tenant; a customer's subscription in its own tenant is not among them.
     */
    private Reply listSubscriptions(RecordedRequest request, String pageUrl) {
        List<ObjectNode> items = new ArrayList<>();
        for (FakeSubscription s : subscriptions.values()) {
            if (FakeTokens.PARTNER_TENANT.equalsIgnoreCase(s.tenantId())) items.add(subscriptionJson(s));
        }
        return page(items, request, pageUrl);
    }

    private ObjectNode subscriptionJson(FakeSubscription s) {
        ObjectNode n = json.createObjectNode();
        n.put("id", "/subscriptions/" + s.id());
        n.put("subscriptionId", s.id());
        n.put("tenantId", s.tenantId());
        n.put("displayName", s.displayName());
        n.put("state", s.state());
        ObjectNode policies = n.putObject("subscriptionPolicies");
        policies.put("locationPlacementId", "Public_2014-09-01");
        policies.put("quotaId", s.quotaId());
        policies.put("spendingLimit", "Off");
        n.put("authorizationSource", "RoleBased");
        return n;
    }

    private Reply getProvider(String subscriptionId, String namespace) {
        FakeSubscription s = subscriptions.get(key(subscriptionId));
        if (s == null) return error(Code.SubscriptionNotFound, ArmErrorMessages.subscriptionNotFound(subscriptionId));
        return ok(providerJson(s, namespace));
    }

    private Reply registerProvider(String subscriptionId, String namespace) {
        FakeSubscription s = subscriptions.get(key(subscriptionId));
        if (s == null) return error(Code.SubscriptionNotFound, ArmErrorMessages.subscriptionNotFound(subscriptionId));
        s.providerState(namespace, "Registered");
        return ok(providerJson(s, namespace));
    }

    private ObjectNode providerJson(FakeSubscription s, String namespace) {
        String canonical = namespace.equalsIgnoreCase(AZURE_STACK) ? AZURE_STACK : namespace;
        ObjectNode n = json.createObjectNode();
        n.put("id", "/subscriptions/" + s.id() + "/providers/" + canonical);
        n.put("namespace", canonical);
        n.put("registrationState", s.providerState(namespace));
        n.put("registrationPolicy", "RegistrationRequired");
        n.putArray("resourceTypes");
        return n;
    }

    private Reply listRegistrations(String subscriptionId, String resourceGroup, RecordedRequest request, String pageUrl) {
        FakeSubscription s = subscriptions.get(key(subscriptionId));
        if (s == null) return error(Code.SubscriptionNotFound, ArmErrorMessages.subscriptionNotFound(subscriptionId));
        if (!s.registrationsReadable()) {
            return error(403, "AuthorizationFailed", "The client '" + FakeTokens.USER_UPN
                    + "' with object id '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' does not have authorization to perform action 'Microsoft.AzureStack/registrations/read' over scope '/subscriptions/"
                    + subscriptionId + "' or the scope is invalid. If access was recently granted, please refresh your credentials.");
        }
        List<ObjectNode> items = new ArrayList<>();
        for (FakeRegistration r : registrations.values()) {
            if (r.subscriptionId().equalsIgnoreCase(subscriptionId)
                    && (resourceGroup == null || r.resourceGroup().equalsIgnoreCase(resourceGroup))) {
                items.add(registrationJson(r));
            }
        }
        if (resourceGroup != null && items.isEmpty()) {
            return error(Code.ResourceGroupNotFound, ArmErrorMessages.resourceGroupNotFound(resourceGroup));
        }
        return page(items, request, pageUrl);
    }

    private Reply getRegistration(String sub, String rg, String name) {
        FakeRegistration r = registrations.get(key(sub, rg, name));
        return r == null ? registrationNotFound(sub, rg, name) : ok(registrationJson(r));
    }

    private ObjectNode registrationJson(FakeRegistration r) {
        ObjectNode n = json.createObjectNode();
        n.put("id", r.id());
        n.put("name", r.name());
        n.put("type", AZURE_STACK + "/registrations");
        n.put("location", "global");
        n.put("etag", "\"0e00ab2b-0000-0000-0000-5a82517f0000\"");
        ObjectNode p = n.putObject("properties");
        p.put("objectId", r.objectId());
        p.put("cloudId", r.cloudId());
        p.put("billingModel", r.billingModel());
        return n;
    }

    private Reply listCustomers(String sub, String rg, String name, RecordedRequest request, String pageUrl) {
        FakeRegistration r = registrations.get(key(sub, rg, name));
        if (r == null) return registrationNotFound(sub, rg, name);
        List<ObjectNode> items = new ArrayList<>();
        if (!listHidesMappings) r.customerSubscriptions().forEach((id, tenant) -> items.add(customerJson(r, id, tenant)));
        return page(items, request, pageUrl);
    }

    private Reply listPermissions(String sub, String rg, String name, RecordedRequest request, String pageUrl) {
        if (registrations.get(key(sub, rg, name)) == null) return registrationNotFound(sub, rg, name);
        List<ObjectNode> items = new ArrayList<>();
        for (List<List<String>> set : permissions) {
            ObjectNode n = json.createObjectNode();
            set.get(0).forEach(n.putArray("actions")::add);
            set.get(1).forEach(n.putArray("notActions")::add);
            n.putArray("dataActions");
            n.putArray("notDataActions");
            items.add(n);
        }
        return page(items, request, pageUrl);
    }

    /** Every lock of a subscription: on it and on anything below it. */
    private Reply listSubscriptionLocks(String sub, RecordedRequest request, String pageUrl) {
        if (subscriptions.get(key(sub)) == null) return error(Code.SubscriptionNotFound, ArmErrorMessages.subscriptionNotFound(sub));
        String prefix = ("/subscriptions/" + sub + "/").toLowerCase(Locale.ROOT);
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (Map.Entry<String, String> lock : locks.entrySet()) {
            if (lock.getKey().toLowerCase(Locale.ROOT).startsWith(prefix)) all.add(lock);
        }
        return page(lockItems(all), request, pageUrl);
    }

    /** The locks that apply at the registration: its own and those of its resource group and subscription. */
    private Reply listLocks(String sub, String rg, String name, RecordedRequest request, String pageUrl) {
        FakeRegistration r = registrations.get(key(sub, rg, name));
        if (r == null) return registrationNotFound(sub, rg, name);
        return page(lockItems(bindingLocks(r)), request, pageUrl);
    }

    private List<ObjectNode> lockItems(List<Map.Entry<String, String>> locks) {
        List<ObjectNode> items = new ArrayList<>();
        for (Map.Entry<String, String> lock : locks) {
            String id = lock.getKey();
            ObjectNode n = json.createObjectNode();
            n.put("id", id);
            n.put("type", "Microsoft.Authorization/locks");
            n.put("name", id.substring(id.lastIndexOf('/') + 1));
            ObjectNode p = n.putObject("properties");
            p.put("level", lock.getValue());
            p.put("notes", "set by a test");
            items.add(n);
        }
        return items;
    }

    private List<Map.Entry<String, String>> bindingLocks(FakeRegistration r) {
        String reg = r.id().toLowerCase(Locale.ROOT);
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Map.Entry<String, String> lock : locks.entrySet()) {
            String id = lock.getKey().toLowerCase(Locale.ROOT);
            String scope = id.substring(0, id.indexOf("/providers/microsoft.authorization/locks/"));
            if (reg.equals(scope) || reg.startsWith(scope + "/")) out.add(lock);
        }
        return out;
    }

    private boolean allowed(String action) {
        for (List<List<String>> set : permissions) {
            boolean granted = set.get(0).stream().anyMatch(p -> wildcard(p, action));
            boolean taken = set.get(1).stream().anyMatch(p -> wildcard(p, action));
            if (granted && !taken) return true;
        }
        return false;
    }

    private static boolean wildcard(String pattern, String action) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (regex.length() > 0) regex.append(".*");
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(action).matches();
    }

    private Reply getCustomer(String sub, String rg, String name, String customerId) {
        FakeRegistration r = registrations.get(key(sub, rg, name));
        if (r == null) return registrationNotFound(sub, rg, name);
        Map<String, String> customers = r.customerSubscriptions();
        if (!customers.containsKey(customerId)) { // exact case: the service is case sensitive here
            return error(Code.CustomerSubscriptionNotFound, ArmErrorMessages.customerSubscriptionNotFound(customerId, r.name()));
        }
        return ok(customerJson(r, customerId, customers.get(customerId)));
    }

    private Reply putCustomer(String sub, String rg, String name, String customerId, String body) {
        FakeSubscription registrationSubscription = subscriptions.get(key(sub));
        if (registrationSubscription == null) return error(Code.SubscriptionNotFound, ArmErrorMessages.subscriptionNotFound(sub));
        // ARM's own gates come before the resource provider: role-based access, then locks.
        String scope = "/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/" + AZURE_STACK + "/registrations/" + name
                + "/customerSubscriptions/" + customerId;
        if (!allowed(AZURE_STACK + "/registrations/customerSubscriptions/write")) {
            return error(403, "AuthorizationFailed", "The client '" + FakeTokens.USER_UPN
                    + "' with object id '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' does not have authorization to perform action 'Microsoft.AzureStack/registrations/customerSubscriptions/write' over scope '"
                    + scope + "' or the scope is invalid. If access was recently granted, please refresh your credentials.");
        }
        FakeRegistration locked = registrations.get(key(sub, rg, name));
        if (locked != null) {
            for (Map.Entry<String, String> lock : bindingLocks(locked)) {
                if (lock.getValue().equalsIgnoreCase("ReadOnly")) {
                    String at = lock.getKey().substring(0, lock.getKey().toLowerCase(Locale.ROOT).indexOf("/providers/microsoft.authorization/locks/"));
                    return error(409, "ScopeLocked", "The scope '" + scope + "' cannot perform write operation because following scope(s) are locked: '"
                            + at + "'. Please remove the lock and try again.");
                }
            }
        }
        if (!"Registered".equalsIgnoreCase(registrationSubscription.providerState(AZURE_STACK))) {
            return error(Code.MissingSubscriptionRegistration, ArmErrorMessages.missingSubscriptionRegistration(AZURE_STACK));
        }
        String tenant;
        try {
            tenant = tenantFrom(body);
        } catch (IllegalArgumentException e) {
            return error(400, "InvalidRequestContent", "The request content was invalid and could not be deserialized: " + e.getMessage());
        }
        if (!GUID.matcher(customerId).matches()) {
            return error(Code.InvalidCustomerSubscriptionId, ArmErrorMessages.invalidCustomerSubscriptionId(customerId));
        }
        FakeRegistration r = registrations.get(key(sub, rg, name));
        if (r == null) return registrationNotFound(sub, rg, name);
        if (!r.multiTenancyApproved()) {
            return error(Code.UnauthorizedCspRegistration, ArmErrorMessages.unauthorizedCspRegistration(r.name()));
        }
        if (!"PayAsYouUse".equalsIgnoreCase(r.billingModel())) {
            return error(Code.CustomerSubscriptionsNotAllowed, ArmErrorMessages.customerSubscriptionsNotAllowed());
        }
        FakeSubscription customer = subscriptions.get(key(customerId));
        if (customer == null) {
            return error(Code.InvalidCustomerSubscriptionId, ArmErrorMessages.invalidCustomerSubscriptionId(customerId));
        }
        if (!CSP_QUOTAS.contains(customer.quotaId().toLowerCase(Locale.ROOT))) {
            return error(Code.InvalidCSPSubscription, ArmErrorMessages.invalidCspSubscription(customerId));
        }
        if (!customer.partnerId().equals(registrationSubscription.partnerId())) {
            return error(Code.BadCustomerSubscriptionId, ArmErrorMessages.badCustomerSubscriptionId(customerId, r.name()));
        }
        String mappedTenant = tenant != null ? tenant : customer.tenantId();
        r.addCustomerSubscription(customerId, mappedTenant);
        return putMode == PutMode.CREATED_EMPTY ? new Reply(201, null) : ok(customerJson(r, customerId, mappedTenant));
    }

    /** ARM's gates first (rights to delete, then any lock: a CanNotDelete lock refuses deletes below it), then the RP. */
    private Reply deleteCustomer(String sub, String rg, String name, String customerId) {
        String scope = "/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/" + AZURE_STACK + "/registrations/" + name
                + "/customerSubscriptions/" + customerId;
        if (!allowed(AZURE_STACK + "/registrations/customerSubscriptions/delete")) {
            return error(403, "AuthorizationFailed", "The client '" + FakeTokens.USER_UPN
                    + "' with object id '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' does not have authorization to perform action 'Microsoft.AzureStack/registrations/customerSubscriptions/delete' over scope '"
                    + scope + "' or the scope is invalid. If access was recently granted, please refresh your credentials.");
        }
        FakeRegistration r = registrations.get(key(sub, rg, name));
        if (r == null) return registrationNotFound(sub, rg, name);
        for (Map.Entry<String, String> lock : bindingLocks(r)) {
            String at = lock.getKey().substring(0, lock.getKey().toLowerCase(Locale.ROOT).indexOf("/providers/microsoft.authorization/locks/"));
            return error(409, "ScopeLocked", "The scope '" + scope + "' cannot perform delete operation because following scope(s) are locked: '"
                    + at + "'. Please remove the lock and try again.");
        }
        boolean had = r.removeCustomerSubscription(customerId);
        if (deleteStatus == 404) {
            return had ? new Reply(200, null)
                    : error(Code.CustomerSubscriptionNotFound, ArmErrorMessages.customerSubscriptionNotFound(customerId, r.name()));
        }
        return new Reply(deleteStatus != 0 ? deleteStatus : had ? 200 : 204, null);
    }

    private String tenantFrom(String body) {
        if (body == null || body.isBlank()) return null;
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON");
        }
        JsonNode tenant = root.path("properties").path("tenantId");
        return tenant.isTextual() ? tenant.asText() : null;
    }

    private ObjectNode customerJson(FakeRegistration r, String customerId, String tenant) {
        ObjectNode n = json.createObjectNode();
        n.put("id", r.id() + "/customerSubscriptions/" + customerId);
        n.put("name", r.name() + "/" + customerId);
        n.put("type", AZURE_STACK + "/registrations/customerSubscriptions");
        ObjectNode p = n.putObject("properties");
        if (tenant != null) p.put("tenantId", tenant);
        return n;
    }

    /** One page of {@code items}: {@code $skipToken} is the offset; nextLink is absolute, as ARM sends it. */
    private Reply page(List<ObjectNode> items, RecordedRequest request, String pageUrl) {
        int skip = 0;
        String token = request.query("$skipToken");
        if (token != null) {
            try {
                skip = Integer.parseInt(token);
            } catch (NumberFormatException e) {
                return error(400, "InvalidSkipToken", "The skip token '" + token + "' is not valid.");
            }
        }
        int size = pageSize > 0 ? pageSize : Integer.MAX_VALUE;
        int end = (int) Math.min(items.size(), (long) skip + size);
        ObjectNode n = json.createObjectNode();
        ArrayNode value = n.putArray("value");
        for (int i = Math.min(skip, items.size()); i < end; i++) value.add(items.get(i));
        if (end < items.size()) {
            n.put("nextLink", pageUrl + "?api-version=" + request.apiVersion() + "&$skipToken=" + end);
        }
        return ok(n);
    }

    private Reply registrationNotFound(String sub, String rg, String name) {
        return error(Code.RegistrationNotFound, ArmErrorMessages.registrationNotFound(sub, rg, name));
    }

    private Reply methodNotAllowed(String method) {
        return error(405, "HttpMethodNotAllowed", "The http method '" + method + "' is not supported for this resource.");
    }

    private Reply ok(ObjectNode body) { return new Reply(200, body.toString()); }

    private Reply error(Code code, String message) { return error(code.status(), code.name(), message); }

    Reply error(int status, String code, String message) {
        ObjectNode root = json.createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return new Reply(status, root.toString());
    }

    /** The values at the pattern's {@code *} positions, or null when the segments do not match. */
    static List<String> match(List<String> segments, String... pattern) {
        if (segments.size() != pattern.length) return null;
        List<String> values = new ArrayList<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("*")) values.add(segments.get(i));
            else if (!pattern[i].equalsIgnoreCase(segments.get(i))) return null;
        }
        return values;
    }

    private static String key(String... parts) {
        return String.join("/", parts).toLowerCase(Locale.ROOT);
    }
}
