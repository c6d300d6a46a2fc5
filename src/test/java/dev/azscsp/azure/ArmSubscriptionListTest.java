package dev.azscsp.azure;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeTokens;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.azure.fake.RecordedRequest;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.SubscriptionInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.azscsp.azure.Fixtures.CUSTOMER;
import static dev.azscsp.azure.Fixtures.CUSTOMER_TENANT;
import static dev.azscsp.azure.Fixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The signed-in identity's subscriptions (Subscriptions – List), through the real adapter against FakeArm. */
class ArmSubscriptionListTest {
    @RegisterExtension private static final FakeArm fake = FakeArm.start();
    private RegistrationApi api;

    @BeforeEach
    void setUp() {
        fake.reset();
        api = fake.connect();
    }

    static String sub(int i) { return String.format("%08x-1111-4222-8333-444444444444", i); }

    @Test
    void every_page_is_followed_and_each_item_carries_offer_state_and_tenant() throws ArmFailure {
        fake.pageSize(2);
        for (int i = 1; i <= 5; i++) fake.addSubscription(sub(i)).displayName("Contoso " + i);
        fake.subscription(sub(3)).state("Disabled").quotaId("PayAsYouGo_2014-09-01");
        fake.addSubscription(CUSTOMER).tenantId(CUSTOMER_TENANT);   // another tenant's: not in the signed-in tenant's list

        List<SubscriptionInfo> all = api.subscriptions();

        assertThat(all).extracting(SubscriptionInfo::id).containsExactly(sub(1), sub(2), sub(3), sub(4), sub(5));
        assertThat(all.get(2)).isEqualTo(new SubscriptionInfo(sub(3), "Contoso 3", "Disabled", "PayAsYouGo_2014-09-01",
                FakeTokens.PARTNER_TENANT));
        List<RecordedRequest> calls = fake.requests();
        assertThat(calls).hasSize(3).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo("/subscriptions");
            assertThat(r.apiVersion()).isEqualTo("2022-12-01");
        });
        assertThat(calls).extracting(r -> r.query("$skipToken")).containsExactly(null, "2", "4");
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void no_subscription_is_an_empty_list() throws ArmFailure {
        assertThat(api.subscriptions()).isEmpty();
    }

    @Test
    void a_next_link_that_repeats_stops_instead_of_looping() {
        String self = fake.endpoint() + "subscriptions?api-version=2022-12-01&$skipToken=0";
        fake.inject(Fault.body(200, "application/json", "{\"value\":[],\"nextLink\":\"" + self + "\"}").always());

        ArmFailure f = failureOf(() -> api.subscriptions());

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("nextLink");
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void a_next_link_to_another_host_is_not_followed() {
        fake.inject(Fault.body(200, "application/json", "{\"value\":[],\"nextLink\":\"https://collector.example/steal?api-version=1\"}"));

        ArmFailure f = failureOf(() -> api.subscriptions());

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("not followed");
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void a_listed_subscription_that_names_no_id_is_an_unexpected_answer_not_a_blank_entry() {
        fake.inject(Fault.body(200, "application/json", "{\"value\":[{\"displayName\":\"no id\",\"state\":\"Enabled\"}]}"));

        ArmFailure f = failureOf(() -> api.subscriptions());

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("subscriptionId");
    }

    @Test
    void an_item_with_only_its_arm_id_takes_the_subscription_id_from_it() throws ArmFailure {
        fake.inject(Fault.body(200, "application/json", "{\"value\":[{\"id\":\"/subscriptions/" + sub(7) + "\",\"state\":\"Enabled\"}]}"));

        assertThat(api.subscriptions()).extracting(SubscriptionInfo::id).containsExactly(sub(7));
    }

    @Test
    void a_refused_list_is_a_forbidden_failure() {
        fake.failNext("^/subscriptions$", 403, "AuthorizationFailed", "The client may not list subscriptions.");

        ArmFailure f = failureOf(() -> api.subscriptions());

        assertThat(f.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(f.code()).isEqualTo("AuthorizationFailed");
    }
}
