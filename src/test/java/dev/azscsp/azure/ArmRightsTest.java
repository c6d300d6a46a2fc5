package dev.azscsp.azure;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.azure.fake.Mistyped;
import dev.azscsp.azure.fake.RecordedRequest;
import dev.azscsp.diagnosis.CheckId;
import dev.azscsp.diagnosis.CheckResult;
import dev.azscsp.diagnosis.CheckStatus;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.Outcome;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ManagementLock;
import dev.azscsp.diagnosis.api.Permission;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static dev.azscsp.azure.Fixtures.CUSTOMER;
import static dev.azscsp.azure.Fixtures.CUSTOMER_TENANT;
import static dev.azscsp.azure.Fixtures.REF;
import static dev.azscsp.azure.Fixtures.REG_NAME;
import static dev.azscsp.azure.Fixtures.REG_SUB;
import static dev.azscsp.azure.Fixtures.RG;
import static dev.azscsp.azure.Fixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The rights a write needs (permissions and locks at the registration), read through the real adapter from FakeArm. */
class ArmRightsTest {
    static final String SUBSCRIPTION = "/subscriptions/" + REG_SUB;
    static final String GROUP = SUBSCRIPTION + "/resourceGroups/" + RG;
    static final String WRITE = "Microsoft.AzureStack/registrations/customerSubscriptions/write";

    @RegisterExtension private static final FakeArm fake = FakeArm.start();
    private RegistrationApi api;

    @BeforeEach
    void setUp() {
        fake.reset();
        Fixtures.healthy(fake);
        api = fake.connect();
    }

    Diagnosis checkBeforeAdding() throws InterruptedException {
        return Diagnostician.standard(api, Duration.ofSeconds(20)).run(InputRules.check(
                new RawInput(REG_SUB, RG, REG_NAME, CUSTOMER, CUSTOMER_TENANT, null, Intent.ADD)), null);
    }

    @Test
    void permissions_are_read_at_the_registration_with_their_own_api_version() throws ArmFailure {
        List<Permission> granted = api.permissions(REF);

        assertThat(granted).hasSize(1);
        assertThat(granted.get(0).actions()).containsExactly("*");
        RecordedRequest call = fake.lastRequest();
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.path()).isEqualTo(REF.resourceId() + "/providers/Microsoft.Authorization/permissions");
        assertThat(call.apiVersion()).isEqualTo("2022-04-01");
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void an_allowing_role_passes_and_the_add_is_ready() throws Exception {
        fake.permissions(List.of(List.of("*/read"), List.of()), List.of(List.of("Microsoft.AzureStack/registrations/*"), List.of()));

        Diagnosis d = checkBeforeAdding();

        assertThat(d.check(CheckId.WRITE_PERMISSION).status()).isEqualTo(CheckStatus.PASS);
        assertThat(d.check(CheckId.LOCKS).status()).isEqualTo(CheckStatus.PASS);
        assertThat(Diagnostician.readyToAdd(d)).isTrue();
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void a_role_whose_not_actions_take_the_write_away_denies_it_and_nothing_is_written() throws Exception {
        fake.permissions(List.of(List.of("*"), List.of("Microsoft.AzureStack/registrations/customerSubscriptions/*")));

        Diagnosis d = checkBeforeAdding();

        assertThat(d.outcome()).isEqualTo(Outcome.PROBLEM);
        assertThat(d.primaryCode()).isEqualTo("MissingWritePermission");
        assertThat(Diagnostician.readyToAdd(d)).isFalse();
        assertThat(fake.writes()).isEmpty();
        // The fake's PUT applies the same rule, as ARM would: the prediction matches what the write would get.
        ArmFailure put = failureOf(() -> api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT));
        assertThat(put.code()).isEqualTo("AuthorizationFailed");
        assertThat(put.getMessage()).contains(WRITE);
    }

    @Test
    void a_403_on_the_permissions_call_is_not_verified_never_a_pass() throws Exception {
        fake.failNext("/providers/Microsoft.Authorization/permissions$", 403, "AuthorizationFailed",
                "The client 'admin@contoso-csp.onmicrosoft.com' does not have authorization to perform action "
                        + "'Microsoft.Authorization/permissions/read' over scope '" + REF.resourceId() + "'.");

        Diagnosis d = checkBeforeAdding();

        CheckResult rights = d.check(CheckId.WRITE_PERMISSION);
        assertThat(rights.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(rights.incomplete()).isFalse();
        assertThat(rights.evidence().in(Language.EN)).contains("could not be read", "Microsoft.Authorization/permissions/read");
        assertThat(rights.failure().status()).isEqualTo(403);
        assertThat(Diagnostician.unverifiedRights(d)).extracting(CheckResult::id).containsExactly(CheckId.WRITE_PERMISSION);
    }

    @Test
    void a_read_only_lock_on_the_resource_group_blocks_and_says_where_it_sits() throws Exception {
        fake.lock(GROUP, "RegistrationResourceLock", "CanNotDelete");
        String id = fake.lock(GROUP, "audit-freeze", "ReadOnly");

        List<ManagementLock> locks = api.locks(REF);
        assertThat(locks).extracting(ManagementLock::name).containsExactlyInAnyOrder("RegistrationResourceLock", "audit-freeze");
        ManagementLock readOnly = locks.stream().filter(ManagementLock::readOnly).findFirst().orElseThrow();
        assertThat(readOnly.id()).isEqualTo(id);
        assertThat(readOnly.where(REF)).isEqualTo(ManagementLock.Where.RESOURCE_GROUP);
        assertThat(fake.requests("/locks")).extracting(RecordedRequest::path).containsExactly(
                REF.resourceId() + "/providers/Microsoft.Authorization/locks", SUBSCRIPTION + "/providers/Microsoft.Authorization/locks");
        assertThat(fake.requests("/locks")).allSatisfy(r -> assertThat(r.apiVersion()).isEqualTo("2016-09-01"));

        Diagnosis d = checkBeforeAdding();
        assertThat(d.primaryCode()).isEqualTo("ScopeLocked");
        assertThat(d.check(CheckId.LOCKS).evidence().in(Language.EN)).contains("\"audit-freeze\" (ReadOnly) on the resource group, " + GROUP);
        assertThat(Diagnostician.readyToAdd(d)).isFalse();
        assertThat(fake.writes()).isEmpty();

        ArmFailure put = failureOf(() -> api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT));
        assertThat(put.code()).isEqualTo("ScopeLocked");
        assertThat(put.status()).isEqualTo(409);
    }

    @Test
    void a_can_not_delete_lock_does_not_block_a_put() throws Exception {
        fake.lock(GROUP, "RegistrationResourceLock", "CanNotDelete");
        fake.lock(SUBSCRIPTION + "/resourceGroups/other", "other-group-frozen", "ReadOnly");

        Diagnosis d = checkBeforeAdding();

        assertThat(d.check(CheckId.LOCKS).status()).isEqualTo(CheckStatus.PASS);
        assertThat(d.check(CheckId.LOCKS).evidence().in(Language.EN)).contains("RegistrationResourceLock", "not adding")
                .doesNotContain("other-group-frozen");
        assertThat(Diagnostician.readyToAdd(d)).isTrue();
        assertThat(api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT).subscriptionId()).isEqualTo(CUSTOMER);
    }

    @Test
    void a_read_only_lock_on_the_subscription_binds_the_registration_too() throws Exception {
        fake.lock(SUBSCRIPTION, "subscription-frozen", "ReadOnly");

        Diagnosis d = checkBeforeAdding();

        assertThat(d.primaryCode()).isEqualTo("ScopeLocked");
        assertThat(d.check(CheckId.LOCKS).evidence().in(Language.FR)).contains("«\u00a0subscription-frozen\u00a0» (ReadOnly) sur l’abonnement");
    }

    @Test
    void a_subscription_lock_is_found_even_when_the_registration_list_leaves_it_out() throws Exception {
        fake.lock(SUBSCRIPTION, "subscription-frozen", "ReadOnly");
        fake.lock(SUBSCRIPTION + "/resourceGroups/other", "elsewhere", "ReadOnly");
        fake.inject(Fault.rewrite(body -> "{\"value\":[]}").on("/registrations/.*/locks$").always());

        Diagnosis d = checkBeforeAdding();

        assertThat(d.primaryCode()).isEqualTo("ScopeLocked");
        assertThat(d.check(CheckId.LOCKS).evidence().in(Language.EN)).contains("\"subscription-frozen\" (ReadOnly) on the subscription")
                .doesNotContain("elsewhere");
    }

    @Test
    void both_lists_follow_next_link_to_the_end() throws ArmFailure {
        fake.pageSize(1);
        fake.permissions(List.of(List.of("*/read"), List.of()), List.of(List.of("*"), List.of(WRITE)), List.of(List.of(WRITE), List.of()));
        fake.lock(SUBSCRIPTION, "a", "CanNotDelete");
        fake.lock(GROUP, "b", "CanNotDelete");
        fake.lock(REF.resourceId(), "c", "ReadOnly");

        assertThat(api.permissions(REF)).hasSize(3);
        assertThat(Permission.anyAllows(api.permissions(REF), WRITE)).isTrue();
        assertThat(api.locks(REF)).extracting(l -> l.where(REF)).containsExactly(
                ManagementLock.Where.SUBSCRIPTION, ManagementLock.Where.RESOURCE_GROUP, ManagementLock.Where.REGISTRATION);
        assertThat(fake.requests("/locks")).extracting(r -> r.query("$skipToken")).containsExactly(null, "1", "2", null, "1", "2");
    }

    @Test
    void a_permission_list_of_the_wrong_shape_is_a_malformed_answer_naming_the_field() {
        fake.inject(Fault.rewrite(body -> Mistyped.at(body, "/value/0/actions", "42")).on("/permissions$"));

        ArmFailure f = failureOf(() -> api.permissions(REF));

        assertThat(f.kind()).isEqualTo(ArmFailure.Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("\"actions\" is a number");
    }

    @Test
    void a_not_action_that_is_not_text_is_a_malformed_answer() {
        fake.inject(Fault.rewrite(body -> Mistyped.at(body, "/value/0/notActions", "[{\"a\":1}]")).on("/permissions$"));

        ArmFailure f = failureOf(() -> api.permissions(REF));

        assertThat(f.kind()).isEqualTo(ArmFailure.Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("\"notActions[0]\" is an object");
    }

    @Test
    void a_lock_without_an_id_is_a_malformed_answer_not_a_lock_nowhere() throws Exception {
        fake.lock(GROUP, "audit-freeze", "ReadOnly");
        fake.inject(Fault.rewrite(body -> Mistyped.at(body, "/value/0/id", "null")).on("/locks$"));

        ArmFailure f = failureOf(() -> api.locks(REF));

        assertThat(f.kind()).isEqualTo(ArmFailure.Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("a lock in it has no \"id\"");
    }

    @Test
    void a_proxy_page_instead_of_the_locks_makes_the_check_incomplete_not_passed() throws Exception {
        fake.inject(Fault.html(200, "<html><body>Sign in to the proxy</body></html>").on("/locks$"));

        Diagnosis d = checkBeforeAdding();

        assertThat(d.check(CheckId.LOCKS).status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(d.check(CheckId.LOCKS).incomplete()).isTrue();
        assertThat(Diagnostician.readyToAdd(d)).isFalse();
    }
}
