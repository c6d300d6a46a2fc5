package dev.azscsp.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;

/**
 * A registration that is not in the subscription the user gave is looked for in the other subscriptions the signed-in
 * identity can see, through the real adapter against FakeArm: found by the stamp's CloudID, else by a name only one
 * registration has; a subscription that refuses its list is skipped and counted; the search is bounded and says so.
 */
class RegistrationElsewhereTest {
    static final String GIVEN = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String REAL = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String REFUSING = "6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e";
    static final String CLOUD = "5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final String NAME = "AzureStack-" + CLOUD;
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String CUST_TENANT = "dbab3982-796f-4d03-9908-044c08aef8a2";

    @RegisterExtension static final FakeArm fake = FakeArm.start();

    /** The admin's subscription typed by mistake (empty), the one that holds the registration, and one that refuses its list. */
    @BeforeEach
    void azure() {
        fake.reset();
        fake.addSubscription(GIVEN);
        fake.addSubscription(REFUSING).refuseRegistrationList();
        fake.addRegistration(REAL, "azurestack-hub", NAME).cloudId(CLOUD).addCustomerSubscription(CUST, CUST_TENANT);
        fake.addSubscription(CUST).tenantId(CUST_TENANT);
    }

    Diagnosis run(String subscription, String name, String cloudId) throws InterruptedException {
        return run(subscription, name, cloudId, Duration.ofSeconds(20));
    }

    Diagnosis run(String subscription, String name, String cloudId, Duration checkTimeout) throws InterruptedException {
        return Diagnostician.standard(fake.connect(), checkTimeout).run(InputRules.check(
                new RawInput(subscription, "azurestack", name, CUST, CUST_TENANT, cloudId, Intent.VERIFY)), null);
    }

    @Test
    void foundByCloudIdInASecondSubscriptionWhileAThirdRefusesItsList() throws Exception {
        Diagnosis d = run(GIVEN, NAME, CLOUD);

        CheckResult r = d.check(CheckId.REGISTRATION);
        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(d.primaryCode()).isEqualTo("RegistrationNotFound");
        assertThat(r.correction()).isNotNull();
        assertThat(r.correction().values()).isEqualTo(Map.of(Field.SUBSCRIPTION_ID, REAL, Field.RESOURCE_GROUP, "azurestack-hub"));
        assertThat(r.correction().answer().in(Language.EN)).isEqualTo("The registration for CloudID " + CLOUD + " is " + NAME
                + ", in subscription " + REAL + " (resource group azurestack-hub), not in subscription " + GIVEN + ".");
        assertThat(r.correction().answer().in(Language.FR)).isEqualTo("L’inscription du CloudID " + CLOUD + " est " + NAME
                + ", dans l’abonnement " + REAL + " (groupe de ressources azurestack-hub), et non dans l’abonnement " + GIVEN + ".");
        assertThat(r.evidence().in(Language.EN)).contains("Looked in the 2 other subscriptions",
                "1 of them could not be searched", "Subscription " + REAL + " holds the registration for CloudID " + CLOUD);
        assertThat(r.evidence().in(Language.FR)).contains("1 d’entre eux n’ont pas pu être parcourus");
        assertThat(fake.requests("/subscriptions/" + REFUSING + "/providers/Microsoft.AzureStack/registrations"))
                .as("the refusing subscription was asked").singleElement().satisfies(q -> assertThat(q.status()).isEqualTo(403));
        assertThat(fake.requests("/subscriptions/" + CUST + "/")).as("another tenant's subscription is not listed, so not searched").isEmpty();
        assertThat(fake.writes()).isEmpty();
        assertThat(r.listing().what().in(Language.EN)).as("the given subscription listed none: what was seen elsewhere is shown")
                .isEqualTo("The 1 registration found in 2 other subscriptions");
        assertThat(r.listing().items()).singleElement().satisfies(t -> assertThat(t.in(Language.EN))
                .isEqualTo(NAME + " (subscription " + REAL + ", resource group azurestack-hub, cloud ID " + CLOUD + ", billing model PayAsYouUse)"));

        // The values found work: run again with them and the registration is there.
        Diagnosis again = Diagnostician.standard(fake.connect(), Duration.ofSeconds(20)).run(InputRules.check(d.correctedInput()), null);
        assertThat(again.check(CheckId.REGISTRATION).status()).isEqualTo(CheckStatus.PASS);
        assertThat(again.outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void withoutACloudIdANameOnlyOneRegistrationHasIsTheAnswerWhateverItsLetterCase() throws Exception {
        Diagnosis d = run(GIVEN, NAME.toLowerCase(java.util.Locale.ROOT), null);

        Correction c = d.check(CheckId.REGISTRATION).correction();
        assertThat(c).isNotNull();
        assertThat(c.values()).containsEntry(Field.SUBSCRIPTION_ID, REAL).containsEntry(Field.RESOURCE_GROUP, "azurestack-hub")
                .containsEntry(Field.REGISTRATION_NAME, NAME);
        assertThat(c.answer().in(Language.EN)).isEqualTo("Registration " + NAME + " is in subscription " + REAL
                + " (resource group azurestack-hub), not in subscription " + GIVEN + ".");
        assertThat(c.answer().in(Language.FR)).isEqualTo("L’inscription " + NAME + " se trouve dans l’abonnement " + REAL
                + " (groupe de ressources azurestack-hub), et non dans l’abonnement " + GIVEN + ".");
    }

    @Test
    void aSubscriptionThatDoesNotExistIsCorrectedToTheOneThatHoldsTheRegistration() throws Exception {
        String typo = "dd8597b4-8739-4467-8b10-f8679f62bfbe";
        Diagnosis d = run(typo, NAME, CLOUD);

        CheckResult r = d.check(CheckId.REGISTRATION);
        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(d.check(CheckId.REGISTRATION_SUBSCRIPTION).code()).isEqualTo("SubscriptionNotFound");
        assertThat(r.correction().values()).containsEntry(Field.SUBSCRIPTION_ID, REAL);
        assertThat(d.listings()).as("what was listed elsewhere is shown, since the given subscription could not be listed")
                .anySatisfy(l -> assertThat(l.what().in(Language.EN)).isEqualTo("The 1 registration found in 3 other subscriptions"));
    }

    @Test
    void noSearchWhenTheGivenSubscriptionAlreadyHeldTheMatch() throws Exception {
        fake.addRegistration(GIVEN, "azurestack-lab", "AzureStack-lab").cloudId(CLOUD);
        Diagnosis d = run(GIVEN, NAME, CLOUD);

        assertThat(d.check(CheckId.REGISTRATION).correction().values())
                .isEqualTo(Map.of(Field.RESOURCE_GROUP, "azurestack-lab", Field.REGISTRATION_NAME, "AzureStack-lab"));
        assertThat(fake.requests()).noneMatch(q -> q.path().equals("/subscriptions"));
        assertThat(fake.requests("/subscriptions/" + REAL + "/")).isEmpty();
    }

    @Test
    void twoRegistrationsForTheStampElsewhereAreNamedButNoneIsChosen() throws Exception {
        String third = "7c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f";
        fake.addRegistration(third, "azurestack", "AzureStack-copy").cloudId(CLOUD);
        Diagnosis d = run(GIVEN, "Typo-Registration", CLOUD);

        CheckResult r = d.check(CheckId.REGISTRATION);
        assertThat(r.correction()).isNull();
        assertThat(r.evidence().in(Language.EN)).contains("2 registrations in those subscriptions match, so none is suggested",
                "AzureStack-copy (subscription " + third, NAME + " (subscription " + REAL);
    }

    @Test
    void aNameWhoseCloudIdContradictsTheStampIsNotSuggested() throws Exception {
        Diagnosis d = run(GIVEN, NAME, "11111111-2222-4333-8444-555555555555");

        CheckResult r = d.check(CheckId.REGISTRATION);
        assertThat(r.correction()).isNull();
        assertThat(r.evidence().in(Language.EN)).contains("None of them holds a matching registration.");
    }

    @Test
    void theSearchIsCappedAndSaysSo() throws Exception {
        fake.reset();
        fake.addSubscription(GIVEN);
        int n = StandardChecks.Elsewhere.MAX_SUBSCRIPTIONS + 3;
        for (int i = 0; i < n; i++) fake.addSubscription(String.format("%08x-1111-4222-8333-444444444444", i));
        fake.pageSize(10);
        Diagnosis d = run(GIVEN, NAME, CLOUD);

        String evidence = d.check(CheckId.REGISTRATION).evidence().in(Language.EN);
        assertThat(evidence).contains("The signed-in identity sees " + n + " other subscriptions: only the first "
                + StandardChecks.Elsewhere.MAX_SUBSCRIPTIONS + " were searched");
        assertThat(fake.requests("/providers/Microsoft.AzureStack/registrations").stream()
                .filter(q -> !q.path().startsWith("/subscriptions/" + GIVEN)).count()).isEqualTo(StandardChecks.Elsewhere.MAX_SUBSCRIPTIONS);
        assertThat(d.check(CheckId.REGISTRATION).evidence().in(Language.FR)).contains("seuls les 25 premiers ont été parcourus");
    }

    @Test
    void aRefusedSubscriptionListLeavesTheFindingAndSaysWhy() throws Exception {
        fake.failNext("^/subscriptions$", 403, "AuthorizationFailed", "The client may not list subscriptions.");
        Diagnosis d = run(GIVEN, NAME, CLOUD);

        CheckResult r = d.check(CheckId.REGISTRATION);
        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.code()).isEqualTo("RegistrationNotFound");
        assertThat(r.incomplete()).isFalse();
        assertThat(r.evidence().in(Language.EN)).contains("The other subscriptions of the signed-in identity could not be listed",
                "may not list subscriptions");
    }

    @Test
    void aSubscriptionTooSlowToAnswerIsSkippedWithinTheCheckTimeLimit() throws Exception {
        fake.inject(Fault.delay(Duration.ofSeconds(6)).on("^/subscriptions/" + REFUSING + "/").always());
        fake.subscription(REFUSING).displayName("slow");
        Diagnosis d = run(GIVEN, NAME, CLOUD, Duration.ofSeconds(4));

        CheckResult r = d.check(CheckId.REGISTRATION);
        assertThat(r.incomplete()).as("the finding is kept, not lost to the check's time limit").isFalse();
        assertThat(r.correction().values()).containsEntry(Field.SUBSCRIPTION_ID, REAL);
        assertThat(r.evidence().in(Language.EN)).contains("1 of them could not be searched");
    }
}
