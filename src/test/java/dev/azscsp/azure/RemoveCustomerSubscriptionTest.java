package dev.azscsp.azure;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.RecordedRequest;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.RegistrationApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.azscsp.azure.Fixtures.CUSTOMER;
import static dev.azscsp.azure.Fixtures.CUSTOMER_TENANT;
import static dev.azscsp.azure.Fixtures.REF;
import static dev.azscsp.azure.Fixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The DELETE of a customer subscription mapping through the real adapter: both success answers, and the refusals. */
class RemoveCustomerSubscriptionTest {
    @RegisterExtension private static final FakeArm fake = FakeArm.start();
    private RegistrationApi api;
    private FakeRegistration reg;

    @BeforeEach
    void setUp() {
        fake.reset();
        api = fake.connect();
        reg = Fixtures.healthy(fake).addCustomerSubscription(CUSTOMER, CUSTOMER_TENANT);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204})
    void removes_the_mapping_whether_arm_answers_200_or_204(int status) throws Exception {
        fake.deleteStatus(status);

        api.removeCustomerSubscription(REF, CUSTOMER);

        assertThat(reg.customerSubscriptions()).doesNotContainKey(CUSTOMER);
        RecordedRequest delete = fake.lastRequest();
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(delete.path()).isEqualTo(REF.customerSubscriptionId(CUSTOMER));
        assertThat(delete.status()).isEqualTo(status);
        assertThat(delete.apiVersion()).isNotBlank();
        assertThat(delete.body()).isEmpty();
        assertThat(fake.writes()).hasSize(1);
    }

    @Test
    void the_id_is_sent_in_the_letter_case_given() throws Exception {
        String upper = CUSTOMER.toUpperCase();
        reg.addCustomerSubscription(upper, "another-tenant");

        api.removeCustomerSubscription(REF, upper);

        assertThat(fake.lastRequest().path()).endsWith("/customerSubscriptions/" + upper);
        assertThat(reg.customerSubscriptions()).containsKey(CUSTOMER).doesNotContainKey(upper);
    }

    @Test
    void a_mapping_already_gone_answered_404_comes_back_as_not_found() {
        fake.deleteStatus(404);
        reg.removeCustomerSubscription(CUSTOMER);

        ArmFailure f = failureOf(() -> { api.removeCustomerSubscription(REF, CUSTOMER); return null; });

        assertThat(f.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(f.code()).isEqualTo("CustomerSubscriptionNotFound");
        assertThat(f.requestId()).isPresent();
    }

    @Test
    void without_the_delete_right_arm_refuses_with_authorization_failed() {
        fake.permissions(List.of(List.of("*"), List.of("Microsoft.AzureStack/registrations/customerSubscriptions/delete")));

        ArmFailure f = failureOf(() -> { api.removeCustomerSubscription(REF, CUSTOMER); return null; });

        assertThat(f.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(f.code()).isEqualTo("AuthorizationFailed");
        assertThat(f.getMessage()).contains("customerSubscriptions/delete");
        assertThat(reg.customerSubscriptions()).containsKey(CUSTOMER);
    }

    @Test
    void a_can_not_delete_lock_above_the_registration_refuses_the_delete() {
        fake.lock("/subscriptions/" + REF.subscriptionId() + "/resourceGroups/" + REF.resourceGroup(), "RegistrationResourceLock", "CanNotDelete");

        ArmFailure f = failureOf(() -> { api.removeCustomerSubscription(REF, CUSTOMER); return null; });

        assertThat(f.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(f.code()).isEqualTo("ScopeLocked");
        assertThat(reg.customerSubscriptions()).containsKey(CUSTOMER);
    }
}
