package dev.azscsp.azure;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.azure.fake.Mistyped;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.RegistrationApi;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any field of any answer given another JSON type than ARM's: the call either gives the very result the healthy
 * answer gives (the app does not read that field) or fails as MALFORMED_RESPONSE. Never another exception, and never
 * a result quietly missing the value that was mistyped.
 */
class ArmMistypedJsonTest {
    private static final FakeArm FAKE = FakeArm.start();
    private static final RegistrationApi API = FAKE.connect(FAKE.options().maxRetries(0).build());

    enum Call {
        SUBSCRIPTION, PROVIDER, REGISTRATION, REGISTRATIONS, CUSTOMER, CUSTOMERS;

        Object on(RegistrationApi api) throws ArmFailure {
            return switch (this) {
                case SUBSCRIPTION -> api.subscription(Fixtures.REG_SUB);
                case PROVIDER -> api.provider(Fixtures.REG_SUB, "Microsoft.AzureStack");
                case REGISTRATION -> api.registration(Fixtures.REF);
                case REGISTRATIONS -> api.registrations(Fixtures.REG_SUB);
                case CUSTOMER -> api.customerSubscription(Fixtures.REF, Fixtures.CUSTOMER);
                case CUSTOMERS -> api.customerSubscriptions(Fixtures.REF);
            };
        }
    }

    @AfterContainer
    static void stop() {
        FAKE.close();
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of(Mistyped.VALUES);
    }

    @Property(tries = 200)
    void a_mistyped_field_is_either_unread_or_a_malformed_answer(@ForAll Call call, @ForAll @IntRange(min = 0, max = 200) int slot,
                                                                 @ForAll("values") String json) throws ArmFailure {
        FAKE.reset();
        Fixtures.healthy(FAKE).addCustomerSubscription(Fixtures.CUSTOMER, Fixtures.CUSTOMER_TENANT);
        FAKE.addRegistration(Fixtures.REG_SUB, Fixtures.RG, "second").billingModel("Capacity");
        Object healthy = call.on(API);
        FAKE.inject(Fault.rewrite(body -> Mistyped.retype(body, slot, json)));

        Object got;
        try {
            got = call.on(API);
        } catch (ArmFailure f) {
            assertThat(f.kind()).as(f.toString()).isEqualTo(Kind.MALFORMED_RESPONSE);
            assertThat(f.getMessage()).contains("HTTP 200");
            return;
        }
        assertThat(got).isEqualTo(healthy);
    }
}
