package dev.azscsp.azure;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.FakeTokens;
import dev.azscsp.azure.fake.RecordedRequest;
import dev.azscsp.diagnosis.api.Account;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.ProviderState;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.azscsp.azure.Fixtures.CLOUD_ID;
import static dev.azscsp.azure.Fixtures.CUSTOMER;
import static dev.azscsp.azure.Fixtures.CUSTOMER_TENANT;
import static dev.azscsp.azure.Fixtures.OBJECT_ID;
import static dev.azscsp.azure.Fixtures.REF;
import static dev.azscsp.azure.Fixtures.REG_NAME;
import static dev.azscsp.azure.Fixtures.REG_SUB;
import static dev.azscsp.azure.Fixtures.RG;
import static dev.azscsp.azure.Fixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

class ArmRegistrationApiReadTest {
    @RegisterExtension private static final FakeArm fake = FakeArm.start();
    private RegistrationApi api;

    @BeforeEach
    void setUp() {
        fake.reset();
        api = fake.connect();
    }

    @Test
    void account_is_read_from_the_token_without_calling_arm() throws ArmFailure {
        Account account = api.account();

        assertThat(account.name()).isEqualTo(FakeTokens.USER_UPN);
        assertThat(account.tenantId()).isEqualTo(FakeTokens.PARTNER_TENANT);
        assertThat(account.method()).isEqualTo("interactive browser");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void subscription_carries_offer_state_and_tenant() throws ArmFailure {
        fake.addSubscription(CUSTOMER).quotaId("CSP_MG_2017-12-01").state("Warned").tenantId(CUSTOMER_TENANT)
                .displayName("Fabrikam production");

        SubscriptionInfo s = api.subscription(CUSTOMER);

        assertThat(s).isEqualTo(new SubscriptionInfo(CUSTOMER, "Fabrikam production", "Warned", "CSP_MG_2017-12-01", CUSTOMER_TENANT));
        assertThat(s.isCsp()).isTrue();
        RecordedRequest r = fake.lastRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo("/subscriptions/" + CUSTOMER);
        assertThat(r.apiVersion()).isEqualTo("2022-12-01");
    }

    @Test
    void provider_state_uses_api_version_2021_04_01() throws ArmFailure {
        fake.addSubscription(REG_SUB).providerState("Microsoft.AzureStack", "NotRegistered");

        ProviderState p = api.provider(REG_SUB, "Microsoft.AzureStack");

        assertThat(p).isEqualTo(new ProviderState("Microsoft.AzureStack", "NotRegistered"));
        assertThat(p.isRegistered()).isFalse();
        assertThat(fake.lastRequest().path()).isEqualTo("/subscriptions/" + REG_SUB + "/providers/Microsoft.AzureStack");
        assertThat(fake.lastRequest().apiVersion()).isEqualTo("2021-04-01");
    }

    @Test
    void registration_has_cloud_id_billing_model_and_object_id() throws ArmFailure {
        FakeRegistration reg = Fixtures.healthy(fake).billingModel("Capacity");

        Registration r = api.registration(REF);

        assertThat(r).isEqualTo(new Registration(reg.id(), REG_NAME, RG, CLOUD_ID, "Capacity", OBJECT_ID));
        assertThat(fake.lastRequest().path()).isEqualTo(REF.resourceId());
        assertThat(fake.lastRequest().apiVersion()).isEqualTo("2017-06-01");
    }

    @Test
    void the_chosen_api_version_is_sent_for_microsoft_azurestack_calls() throws ArmFailure {
        Fixtures.healthy(fake).addCustomerSubscription(CUSTOMER, CUSTOMER_TENANT);
        RegistrationApi newer = fake.connect(fake.options().apiVersion(AzureStackApiVersion.V2022_06_01).build());

        newer.registration(REF);
        newer.customerSubscription(REF, CUSTOMER);
        newer.customerSubscriptions(REF);

        assertThat(fake.requests()).hasSize(3).allSatisfy(r -> assertThat(r.apiVersion()).isEqualTo("2022-06-01"));
    }

    @Test
    void registrations_of_a_subscription_follow_next_link_to_the_end() throws ArmFailure {
        fake.pageSize(2);
        for (int i = 1; i <= 5; i++) fake.addRegistration(REG_SUB, i % 2 == 0 ? "azurestack" : "other-rg", "reg" + i);
        fake.addRegistration("00000000-0000-0000-0000-00000000000a", RG, "elsewhere");

        List<Registration> all = api.registrations(REG_SUB);

        assertThat(all).extracting(Registration::name).containsExactly("reg1", "reg2", "reg3", "reg4", "reg5");
        assertThat(all).extracting(Registration::resourceGroup).containsExactly("other-rg", "azurestack", "other-rg", "azurestack", "other-rg");
        List<RecordedRequest> calls = fake.requests();
        assertThat(calls).hasSize(3);
        assertThat(calls).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo("/subscriptions/" + REG_SUB + "/providers/Microsoft.AzureStack/registrations");
            assertThat(r.apiVersion()).isEqualTo("2022-06-01");
        });
        assertThat(calls).extracting(r -> r.query("$skipToken")).containsExactly(null, "2", "4");
    }

    @Test
    void an_empty_subscription_has_no_registrations() throws ArmFailure {
        fake.addSubscription(REG_SUB);

        assertThat(api.registrations(REG_SUB)).isEmpty();
    }

    @Test
    void customer_subscription_is_asked_for_in_the_exact_letter_case_given() throws ArmFailure {
        String upper = CUSTOMER.toUpperCase();
        FakeRegistration reg = Fixtures.healthy(fake).addCustomerSubscription(upper, CUSTOMER_TENANT);

        CustomerSubscription found = api.customerSubscription(REF, upper);
        ArmFailure lower = failureOf(() -> api.customerSubscription(REF, CUSTOMER));

        assertThat(found).isEqualTo(new CustomerSubscription(reg.id() + "/customerSubscriptions/" + upper, upper, CUSTOMER_TENANT));
        assertThat(lower.kind()).isEqualTo(ArmFailure.Kind.NOT_FOUND);
        assertThat(lower.code()).isEqualTo("CustomerSubscriptionNotFound");
        assertThat(fake.requests()).extracting(RecordedRequest::path).containsExactly(
                REF.customerSubscriptionId(upper), REF.customerSubscriptionId(CUSTOMER));
    }

    @Test
    void customer_subscriptions_follow_next_link_to_the_end() throws ArmFailure {
        fake.pageSize(2);
        FakeRegistration reg = Fixtures.healthy(fake);
        List<String> ids = List.of("11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222",
                "33333333-3333-3333-3333-333333333333", "44444444-4444-4444-4444-444444444444",
                "55555555-5555-5555-5555-555555555555");
        for (int i = 0; i < ids.size(); i++) reg.addCustomerSubscription(ids.get(i), "tenant-" + i);

        List<CustomerSubscription> all = api.customerSubscriptions(REF);

        assertThat(all).extracting(CustomerSubscription::subscriptionId).containsExactlyElementsOf(ids);
        assertThat(all).extracting(CustomerSubscription::tenantId).containsExactly("tenant-0", "tenant-1", "tenant-2", "tenant-3", "tenant-4");
        assertThat(fake.requests()).hasSize(3).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo(REF.resourceId() + "/customerSubscriptions");
            assertThat(r.apiVersion()).isEqualTo("2017-06-01");
        });
    }

    @Test
    void a_registration_without_customers_lists_none() throws ArmFailure {
        Fixtures.healthy(fake);

        assertThat(api.customerSubscriptions(REF)).isEmpty();
    }

    @Test
    void names_with_spaces_or_slashes_stay_one_path_segment() {
        fake.addSubscription(REG_SUB);
        RegistrationRef odd = new RegistrationRef(REG_SUB, "my group", "a/b");

        ArmFailure f = failureOf(() -> api.registration(odd));

        assertThat(f.code()).isEqualTo("RegistrationNotFound");
        assertThat(fake.lastRequest().rawQuery()).isEqualTo("api-version=2017-06-01");
        assertThat(fake.lastRequest().path()).endsWith("/resourceGroups/my group/providers/Microsoft.AzureStack/registrations/a/b");
        assertThat(f.getMessage()).contains("value provided: my group", "value provided: a/b");
    }

    @Test
    void an_empty_value_fails_before_any_request() {
        ArmFailure f = failureOf(() -> api.registration(new RegistrationRef(REG_SUB, " ", REG_NAME)));

        assertThat(f.kind()).isEqualTo(ArmFailure.Kind.BAD_REQUEST);
        assertThat(f.getMessage()).contains("resource group");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void every_request_carries_the_bearer_token_an_api_version_and_our_user_agent_and_reads_never_write() throws ArmFailure {
        fake.pageSize(1);
        Fixtures.healthy(fake).addCustomerSubscription(CUSTOMER, CUSTOMER_TENANT).addCustomerSubscription(
                "66666666-6666-6666-6666-666666666666", "t2");
        fake.addRegistration(REG_SUB, "second", "reg2");

        api.account();
        api.subscription(REG_SUB);
        api.provider(REG_SUB, "Microsoft.AzureStack");
        api.registration(REF);
        api.registrations(REG_SUB);
        api.customerSubscription(REF, CUSTOMER);
        api.customerSubscriptions(REF);

        assertThat(fake.requests()).hasSize(8).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.header("Authorization")).isEqualTo("Bearer " + FakeTokens.USER_TOKEN);
            assertThat(r.apiVersion()).isNotBlank();
            assertThat(r.header("User-Agent")).matches("azs-csp-troubleshooter/\\S+");
            assertThat(r.header("x-ms-client-request-id")).isNotBlank();
        });
        assertThat(fake.writes()).isEmpty();
    }
}
