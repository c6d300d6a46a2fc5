package dev.azscsp.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.SubscriptionInfo;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;

/** The fixes the checks find and hand over as values: what the result says first and the next run uses. */
class CorrectionTest {
    static final String OTHER_CLOUD = "9c2f3a10-41d7-4e55-a0b3-7d1e6f2c8a44";
    final ScriptedApi api = new ScriptedApi();

    Diagnosis run(String registration, String resourceGroup, String tenant, String cloudId, Intent intent) throws InterruptedException {
        return Diagnostician.standard(api, Duration.ofSeconds(10)).run(InputRules.check(new RawInput(ScriptedApi.SUB,
                resourceGroup, registration, ScriptedApi.CUST, tenant, cloudId, intent)), null);
    }

    static Registration reg(String name, String group, String cloudId) {
        return new Registration("/subscriptions/" + ScriptedApi.SUB + "/resourceGroups/" + group
                + "/providers/Microsoft.AzureStack/registrations/" + name, name, group, cloudId, "PayAsYouUse", "o");
    }

    void registrationMissing() {
        api.fail("registration", ScriptedApi.failure(Kind.NOT_FOUND, 404, "ResourceNotFound"));
        api.fail("customerSubscriptions", ScriptedApi.failure(Kind.NOT_FOUND, 404, "ParentResourceNotFound"));
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "ParentResourceNotFound"));
    }

    @Test
    void aMissingRegistrationIsCorrectedToTheOneWithTheStampsCloudId() throws Exception {
        registrationMissing();
        api.answer("registrations", () -> List.of(reg("AzureStack-a", "lab", OTHER_CLOUD), reg("AzureStack-b", "hub", ScriptedApi.CLOUD)));
        Diagnosis d = run("AzureStackRegistration", "azurestack", ScriptedApi.TENANT, ScriptedApi.CLOUD, Intent.VERIFY);

        assertThat(d.corrections()).hasSize(1);
        Correction c = d.corrections().get(0);
        assertThat(c.from()).isEqualTo(CheckId.REGISTRATION);
        assertThat(c.values()).containsExactly(Map.entry(Field.RESOURCE_GROUP, "hub"), Map.entry(Field.REGISTRATION_NAME, "AzureStack-b"));
        assertThat(c.answer().in(Language.EN)).isEqualTo("The registration for CloudID " + ScriptedApi.CLOUD
                + " is AzureStack-b, in resource group hub.");
        assertThat(c.answer().in(Language.FR)).contains("AzureStack-b", "hub", ScriptedApi.CLOUD).startsWith("L’inscription du CloudID");
        RawInput next = d.correctedInput();
        assertThat(next.registrationName()).isEqualTo("AzureStack-b");
        assertThat(next.resourceGroup()).isEqualTo("hub");
        assertThat(next.customerSubscriptionId()).isEqualTo(ScriptedApi.CUST);
        assertThat(next.intent()).isEqualTo(Intent.VERIFY);
        assertThat(d.listings()).singleElement().satisfies(l -> {
            assertThat(l.total()).isEqualTo(2);
            assertThat(l.what().in(Language.EN)).contains("2 registrations");
            assertThat(l.items()).hasSize(2);
        });
    }

    @Test
    void withoutACloudIdTheSameNameInAnotherResourceGroupIsTheFix() throws Exception {
        registrationMissing();
        api.answer("registrations", () -> List.of(reg("reg1", "azurestack-rg", ScriptedApi.CLOUD)));
        Diagnosis d = run("reg1", "azurestack", null, null, Intent.VERIFY);
        assertThat(d.correctedValues()).containsExactly(Map.entry(Field.RESOURCE_GROUP, "azurestack-rg"));
        assertThat(d.corrections().get(0).answer().in(Language.EN)).isEqualTo("Registration reg1 is in resource group azurestack-rg, not in azurestack.");
    }

    @Test
    void noCandidateWithTheStampsCloudIdIsNoCorrection() throws Exception {
        registrationMissing();
        api.answer("registrations", () -> List.of(reg("AzureStack-a", "lab", OTHER_CLOUD)));
        Diagnosis d = run("AzureStackRegistration", "azurestack", null, ScriptedApi.CLOUD, Intent.VERIFY);
        assertThat(d.corrections()).isEmpty();
        assertThat(d.listings()).hasSize(1);
    }

    @Test
    void aValueFromArmWithoutTheFieldsSyntaxIsNeverOffered() throws Exception {
        registrationMissing();
        api.answer("registrations", () -> List.of(reg("AzureStack-b'; Remove-Item x", "hub", ScriptedApi.CLOUD)));
        Diagnosis d = run("AzureStackRegistration", "azurestack", null, ScriptedApi.CLOUD, Intent.VERIFY);
        assertThat(d.correctedValues()).doesNotContainKey(Field.REGISTRATION_NAME);
    }

    @Test
    void aCloudIdMismatchIsCorrectedToTheRegistrationOfTheStamp() throws Exception {
        api.answer("registrations", () -> List.of(reg("reg1", "azurestack", ScriptedApi.CLOUD), reg("AzureStack-lab", "azurestack", OTHER_CLOUD)));
        Diagnosis d = run("reg1", "azurestack", ScriptedApi.TENANT, OTHER_CLOUD, Intent.VERIFY);
        assertThat(d.primaryCode()).isEqualTo("RegistrationNotFound");
        assertThat(d.corrections()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(CheckId.CLOUD_ID);
            assertThat(c.values()).containsExactly(Map.entry(Field.REGISTRATION_NAME, "AzureStack-lab"));
        });
    }

    @Test
    void aMappingInOtherLetterCaseGivesItsSpelling() throws Exception {
        String upper = ScriptedApi.CUST.toUpperCase();
        api.answer("customerSubscriptions", () -> List.of(new CustomerSubscription("x", upper, ScriptedApi.TENANT)));
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        Diagnosis d = run("reg1", "azurestack", ScriptedApi.TENANT, ScriptedApi.CLOUD, Intent.VERIFY);
        assertThat(d.correctedValues()).containsExactly(Map.entry(Field.CUSTOMER_SUBSCRIPTION_ID, upper));
        assertThat(d.corrections().get(0).answer().in(Language.EN)).contains(upper, ScriptedApi.CUST, "letter case");
    }

    @Test
    void anUnmappedSubscriptionShowsTheMappingsListed() throws Exception {
        api.answer("customerSubscriptions", () -> List.of(new CustomerSubscription("x", "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                "1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f"), new CustomerSubscription("y", "b7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d", null)));
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        Diagnosis d = run("reg1", "azurestack", null, ScriptedApi.CLOUD, Intent.VERIFY);
        assertThat(d.corrections()).isEmpty();
        Listing l = d.check(CheckId.MAPPING).listing();
        assertThat(l.what().in(Language.EN)).isEqualTo("The 2 customer subscriptions of registration reg1");
        assertThat(l.items()).extracting(t -> t.in(Language.EN)).containsExactly(
                "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d (tenant 1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f)",
                "b7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d (tenant —)");
    }

    @Test
    void theTenantTheMappingHoldsCorrectsTheOneGiven() throws Exception {
        String given = "1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f";
        api.answer("subscription:" + ScriptedApi.CUST, () -> new SubscriptionInfo(ScriptedApi.CUST, "Customer sub", "Enabled",
                "CSP_2015-05-01", null));
        Diagnosis d = run("reg1", "azurestack", given, ScriptedApi.CLOUD, Intent.VERIFY);
        assertThat(d.correctedValues()).containsExactly(Map.entry(Field.CUSTOMER_TENANT_ID, ScriptedApi.TENANT));
        assertThat(d.corrections().get(0).from()).isEqualTo(CheckId.MAPPING);
    }

    @Test
    void theTenantTheSubscriptionBelongsToCorrectsTheOneGivenBeforeAdding() throws Exception {
        String given = "1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f";
        api.answer("customerSubscriptions", List::of);
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        Diagnosis d = run("reg1", "azurestack", given, ScriptedApi.CLOUD, Intent.CHECK_BEFORE_ADD);
        assertThat(d.corrections()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(CheckId.CUSTOMER_SUBSCRIPTION);
            assertThat(c.values()).containsExactly(Map.entry(Field.CUSTOMER_TENANT_ID, ScriptedApi.TENANT));
        });
        assertThat(d.correctedInput().intent()).isEqualTo(Intent.CHECK_BEFORE_ADD);
    }

    @Test
    void aHealthyRunHasNothingToCorrect() throws Exception {
        Diagnosis d = run("reg1", "azurestack", ScriptedApi.TENANT, ScriptedApi.CLOUD, Intent.VERIFY);
        assertThat(d.corrections()).isEmpty();
        assertThat(d.listings()).isEmpty();
    }
}
