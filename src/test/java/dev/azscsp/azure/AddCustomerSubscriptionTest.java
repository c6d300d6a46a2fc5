package dev.azscsp.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azscsp.azure.fake.ArmErrorMessages;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.FakeTokens;
import dev.azscsp.azure.fake.PutMode;
import dev.azscsp.azure.fake.RecordedRequest;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.azscsp.azure.Fixtures.CUSTOMER;
import static dev.azscsp.azure.Fixtures.CUSTOMER_TENANT;
import static dev.azscsp.azure.Fixtures.REF;
import static dev.azscsp.azure.Fixtures.REG_NAME;
import static dev.azscsp.azure.Fixtures.REG_SUB;
import static dev.azscsp.azure.Fixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

class AddCustomerSubscriptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension private static final FakeArm fake = FakeArm.start();
    private RegistrationApi api;

    @BeforeEach
    void setUp() {
        fake.reset();
        api = fake.connect();
    }

    @ParameterizedTest
    @EnumSource(PutMode.class)
    void adds_the_customer_whether_arm_answers_200_with_a_body_or_201_without(PutMode mode) throws Exception {
        FakeRegistration reg = Fixtures.healthy(fake);
        fake.putMode(mode);

        CustomerSubscription added = api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT);

        assertThat(added).isEqualTo(new CustomerSubscription(REF.customerSubscriptionId(CUSTOMER), CUSTOMER, CUSTOMER_TENANT));
        assertThat(reg.customerSubscriptions()).containsEntry(CUSTOMER, CUSTOMER_TENANT);
        RecordedRequest put = fake.lastRequest();
        assertThat(put.status()).isEqualTo(mode == PutMode.CREATED_EMPTY ? 201 : 200);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo(REF.customerSubscriptionId(CUSTOMER));
        assertThat(put.apiVersion()).isEqualTo("2017-06-01");
        assertThat(put.header("Content-Type")).startsWith("application/json");
        assertThat(put.header("Authorization")).isEqualTo("Bearer " + FakeTokens.USER_TOKEN);
        assertThat(JSON.readTree(put.body())).isEqualTo(JSON.readTree("{\"properties\":{\"tenantId\":\"" + CUSTOMER_TENANT + "\"}}"));
    }

    @Test
    void without_a_tenant_the_body_has_empty_properties() throws Exception {
        Fixtures.healthy(fake);
        fake.putMode(PutMode.CREATED_EMPTY);

        CustomerSubscription added = api.addCustomerSubscription(REF, CUSTOMER, null);

        assertThat(JSON.readTree(fake.lastRequest().body())).isEqualTo(JSON.readTree("{\"properties\":{}}"));
        assertThat(added.tenantId()).isNull();
    }

    @Test
    void the_customer_id_is_sent_in_the_exact_letter_case_given() throws ArmFailure {
        FakeRegistration reg = Fixtures.healthy(fake);
        String mixed = "E09A4E93-29a7-4EBA-a6d4-76202383F07F";

        CustomerSubscription added = api.addCustomerSubscription(REF, mixed, CUSTOMER_TENANT);

        assertThat(fake.lastRequest().path()).endsWith("/customerSubscriptions/" + mixed);
        assertThat(added.subscriptionId()).isEqualTo(mixed);
        assertThat(reg.customerSubscriptions()).containsOnlyKeys(mixed);
    }

    @Test
    void missing_provider_registration_surfaces_as_a_conflict_and_nothing_registers_it() {
        Fixtures.healthy(fake);
        fake.subscription(REG_SUB).providerState("Microsoft.AzureStack", "NotRegistered");

        ArmFailure f = failureOf(() -> api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT));

        assertThat(f.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(f.code()).isEqualTo("MissingSubscriptionRegistration");
        assertThat(f.status()).isEqualTo(409);
        assertThat(f.getMessage()).isEqualTo(ArmErrorMessages.missingSubscriptionRegistration("Microsoft.AzureStack"));
        assertThat(fake.requests()).extracting(RecordedRequest::method).containsExactly("PUT");
        assertThat(fake.requests("/register")).isEmpty();
        assertThat(fake.subscription(REG_SUB).providerState("Microsoft.AzureStack")).isEqualTo("NotRegistered");
    }

    @Test
    void a_registration_not_approved_for_multi_tenancy_is_refused() {
        Fixtures.healthy(fake).multiTenancyApproved(false);

        ArmFailure f = failureOf(() -> api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT));

        assertThat(f.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(f.code()).isEqualTo("UnauthorizedCspRegistration");
        assertThat(f.getMessage()).isEqualTo(ArmErrorMessages.unauthorizedCspRegistration(REG_NAME));
    }

    @Test
    void a_capacity_registration_takes_no_customers() {
        Fixtures.healthy(fake).billingModel("Capacity");

        ArmFailure f = failureOf(() -> api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT));

        assertThat(f.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(f.code()).isEqualTo("CustomerSubscriptionsNotAllowed");
    }

    @Test
    void a_subscription_outside_csp_is_refused() {
        Fixtures.healthy(fake);
        fake.subscription(CUSTOMER).quotaId("PayAsYouGo_2014-09-01");

        ArmFailure f = failureOf(() -> api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT));

        assertThat(f.code()).isEqualTo("InvalidCSPSubscription");
        assertThat(f.getMessage()).isEqualTo(ArmErrorMessages.invalidCspSubscription(CUSTOMER));
    }

    @Test
    void a_customer_of_another_partner_is_refused() {
        Fixtures.healthy(fake);
        fake.subscription(CUSTOMER).partnerId("partner-other");

        ArmFailure f = failureOf(() -> api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT));

        assertThat(f.code()).isEqualTo("BadCustomerSubscriptionId");
        assertThat(f.getMessage()).isEqualTo(ArmErrorMessages.badCustomerSubscriptionId(CUSTOMER, REG_NAME));
    }

    @Test
    void a_malformed_or_unknown_customer_id_is_invalid() {
        Fixtures.healthy(fake);

        ArmFailure notGuid = failureOf(() -> api.addCustomerSubscription(REF, "not-a-guid", null));
        ArmFailure unknown = failureOf(() -> api.addCustomerSubscription(REF, "99999999-9999-9999-9999-999999999999", null));

        assertThat(notGuid.code()).isEqualTo("InvalidCustomerSubscriptionId");
        assertThat(unknown.code()).isEqualTo("InvalidCustomerSubscriptionId");
        assertThat(notGuid.status()).isEqualTo(400);
    }

    @Test
    void adding_to_a_missing_registration_says_registration_not_found() {
        Fixtures.healthy(fake);

        ArmFailure f = failureOf(() -> api.addCustomerSubscription(
                new RegistrationRef(REG_SUB, "azurestack", "wrong"), CUSTOMER, CUSTOMER_TENANT));

        assertThat(f.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(f.code()).isEqualTo("RegistrationNotFound");
        assertThat(f.getMessage()).isEqualTo(ArmErrorMessages.registrationNotFound(REG_SUB, "azurestack", "wrong"));
    }

    @Test
    void a_failed_put_is_not_retried() {
        Fixtures.healthy(fake).billingModel("Capacity");

        failureOf(() -> api.addCustomerSubscription(REF, CUSTOMER, CUSTOMER_TENANT));

        assertThat(fake.writes()).hasSize(1);
    }
}
