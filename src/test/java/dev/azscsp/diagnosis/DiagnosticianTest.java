package dev.azscsp.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;

class DiagnosticianTest {
    final ScriptedApi api = new ScriptedApi();

    static InputReport input(Intent intent, String cloudId) {
        return InputRules.check(new RawInput(ScriptedApi.SUB, "azurestack", "reg1", ScriptedApi.CUST, ScriptedApi.TENANT, cloudId, intent));
    }

    Diagnosis run(Intent intent) throws InterruptedException {
        return Diagnostician.standard(api, Duration.ofSeconds(10)).run(input(intent, ScriptedApi.CLOUD), null);
    }

    @Test
    void aHealthyRegistrationPassesEveryCheck() throws Exception {
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.outcome()).isEqualTo(Outcome.OK);
        assertThat(d.primaryCode()).isNull();
        assertThat(d.checks()).extracting(CheckResult::id).containsExactly(CheckId.values());
        java.util.Set<CheckId> writeOnly = java.util.EnumSet.of(CheckId.ADD, CheckId.WRITE_PERMISSION, CheckId.LOCKS);
        assertThat(d.checks()).filteredOn(c -> !writeOnly.contains(c.id())).allSatisfy(c -> assertThat(c.status()).as(c.id().key()).isEqualTo(CheckStatus.PASS));
        assertThat(d.checks()).filteredOn(c -> writeOnly.contains(c.id())).allSatisfy(c -> assertThat(c.status()).as(c.id().key()).isEqualTo(CheckStatus.SKIPPED));
        assertThat(api.calls).doesNotContain("add", "permissions", "locks");
    }

    // ---------------------------------------------------------------- rights before the write

    Diagnosis beforeAdd(Intent intent) throws InterruptedException {
        api.answer("customerSubscriptions", List::of);
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        return run(intent);
    }

    @Test
    void beforeAddingTheRightsArePassedWhenARoleAllowsTheWrite() throws Exception {
        Diagnosis d = beforeAdd(Intent.CHECK_BEFORE_ADD);
        assertThat(d.outcome()).isEqualTo(Outcome.OK);
        assertThat(d.check(CheckId.WRITE_PERMISSION).status()).isEqualTo(CheckStatus.PASS);
        assertThat(d.check(CheckId.WRITE_PERMISSION).evidence().in(Language.EN)).contains("admin@contoso.example holds the permission "
                + StandardChecks.WRITE_ACTION + " on reg1");
        assertThat(d.check(CheckId.LOCKS).status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aMissingWritePermissionIsItsOwnCardAndTheAddIsNotOffered() throws Exception {
        api.answer("permissions", () -> List.of(new dev.azscsp.diagnosis.api.Permission(List.of("*/read"), List.of())));
        Diagnosis d = beforeAdd(Intent.ADD);
        assertThat(d.outcome()).isEqualTo(Outcome.PROBLEM);
        assertThat(d.primaryCode()).isEqualTo("MissingWritePermission");
        assertThat(d.check(CheckId.WRITE_PERMISSION).evidence().in(Language.EN)).contains("admin@contoso.example lacks the permission " + StandardChecks.WRITE_ACTION,
                "The PUT would fail with AuthorizationFailed");
        assertThat(Diagnostician.readyToAdd(d)).isFalse();
        assertThat(d.check(CheckId.ADD).evidence().in(Language.EN)).isEqualTo("Not sent: \"Permission to add customer subscriptions\" did not pass.");
        assertThat(api.calls).doesNotContain("add");
    }

    @Test
    void aNotActionTakesTheWriteAwayOnlyFromItsOwnRole() throws Exception {
        var contributorWithout = new dev.azscsp.diagnosis.api.Permission(List.of("*"), List.of("Microsoft.AzureStack/registrations/*/write"));
        api.answer("permissions", () -> List.of(contributorWithout));
        assertThat(beforeAdd(Intent.CHECK_BEFORE_ADD).check(CheckId.WRITE_PERMISSION).status()).isEqualTo(CheckStatus.FAIL);

        var registrationRole = new dev.azscsp.diagnosis.api.Permission(List.of("microsoft.azurestack/registrations/*"), List.of());
        api.answer("permissions", () -> List.of(contributorWithout, registrationRole));
        assertThat(beforeAdd(Intent.CHECK_BEFORE_ADD).check(CheckId.WRITE_PERMISSION).status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void permissionsThatCannotBeReadAreNotVerifiedNeverPassed() throws Exception {
        api.fail("permissions", ScriptedApi.failure(Kind.FORBIDDEN, 403, "AuthorizationFailed"));
        Diagnosis d = beforeAdd(Intent.ADD);
        CheckResult rights = d.check(CheckId.WRITE_PERMISSION);
        assertThat(rights.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(rights.code()).isNull();
        assertThat(rights.evidence().in(Language.EN)).contains("could not be read", "this is not a pass");
        assertThat(rights.failure().code()).isEqualTo("AuthorizationFailed");
        assertThat(Diagnostician.unverifiedRights(d)).extracting(CheckResult::id).containsExactly(CheckId.WRITE_PERMISSION);
    }

    @Test
    void aReadOnlyLockOnTheResourceGroupIsScopeLockedAndSaysWhereItSits() throws Exception {
        String group = "/subscriptions/" + ScriptedApi.SUB + "/resourceGroups/azurestack";
        api.answer("locks", () -> List.of(
                new dev.azscsp.diagnosis.api.ManagementLock(group + "/providers/Microsoft.Authorization/locks/RegistrationResourceLock",
                        "RegistrationResourceLock", "CanNotDelete", null),
                new dev.azscsp.diagnosis.api.ManagementLock(group + "/providers/Microsoft.Authorization/locks/audit-freeze",
                        "audit-freeze", "ReadOnly", "until the audit ends")));
        Diagnosis d = beforeAdd(Intent.ADD);
        assertThat(d.primaryCode()).isEqualTo("ScopeLocked");
        assertThat(d.check(CheckId.LOCKS).evidence().in(Language.EN)).contains("lock \"audit-freeze\" (ReadOnly) on the resource group, " + group)
                .doesNotContain("RegistrationResourceLock");
        assertThat(d.check(CheckId.LOCKS).evidence().in(Language.FR)).contains("verrou «\u00a0audit-freeze\u00a0» (ReadOnly) sur le groupe de ressources");
        assertThat(Diagnostician.readyToAdd(d)).isFalse();
    }

    @Test
    void aLockOfAnUnknownLevelIsACautionBeforeTheWriteNotABlock() throws Exception {
        api.answer("locks", () -> List.of(new dev.azscsp.diagnosis.api.ManagementLock("/subscriptions/" + ScriptedApi.SUB
                + "/providers/Microsoft.Authorization/locks/legacy", "legacy", "NotSpecified", null)));
        Diagnosis d = beforeAdd(Intent.ADD);
        assertThat(d.check(CheckId.LOCKS).status()).isEqualTo(CheckStatus.WARN);
        assertThat(Diagnostician.readyToAdd(d)).isTrue();
        assertThat(Diagnostician.unverifiedRights(d)).extracting(CheckResult::id).containsExactly(CheckId.LOCKS);
        assertThat(d.check(CheckId.LOCKS).evidence().in(Language.EN)).contains("\"legacy\" (NotSpecified) on the subscription");
    }

    @Test
    void aPutRefusedByALockPointsToTheLockCardNotToAnUnexpectedAnswer() throws Exception {
        api.fail("add", ScriptedApi.failure(Kind.CONFLICT, 409, "ScopeLocked"));
        Diagnostician diag = Diagnostician.standard(api, Duration.ofSeconds(10));
        Diagnosis added = diag.add(beforeAdd(Intent.ADD));
        assertThat(added.outcome()).isEqualTo(Outcome.PROBLEM);
        assertThat(added.primaryCode()).isEqualTo("ScopeLocked");
        assertThat(added.check(CheckId.ADD).incomplete()).isFalse();
    }

    @Test
    void aCanNotDeleteLockDoesNotBlockTheAddAndLocksElsewhereDoNotCount() throws Exception {
        String group = "/subscriptions/" + ScriptedApi.SUB + "/resourceGroups/azurestack";
        api.answer("locks", () -> List.of(
                new dev.azscsp.diagnosis.api.ManagementLock(group + "/providers/Microsoft.Authorization/locks/RegistrationResourceLock",
                        "RegistrationResourceLock", "CanNotDelete", null),
                new dev.azscsp.diagnosis.api.ManagementLock("/subscriptions/" + ScriptedApi.SUB + "/resourceGroups/other"
                        + "/providers/Microsoft.Authorization/locks/frozen", "frozen", "ReadOnly", null)));
        Diagnosis d = beforeAdd(Intent.ADD);
        assertThat(d.check(CheckId.LOCKS).status()).isEqualTo(CheckStatus.PASS);
        assertThat(d.check(CheckId.LOCKS).evidence().in(Language.EN)).contains("they block deleting, not adding", "RegistrationResourceLock")
                .doesNotContain("frozen");
        assertThat(Diagnostician.readyToAdd(d)).isTrue();
        assertThat(Diagnostician.unverifiedRights(d)).isEmpty();
    }

    @Test
    void capacityBillingIsCustomerSubscriptionsNotAllowed() throws Exception {
        api.answer("registration", () -> new Registration("id", "reg1", "azurestack", ScriptedApi.CLOUD, "Capacity", "o"));
        Diagnosis d = run(Intent.CHECK_BEFORE_ADD);
        assertThat(d.outcome()).isEqualTo(Outcome.PROBLEM);
        assertThat(d.primaryCode()).isEqualTo("CustomerSubscriptionsNotAllowed");
    }

    @Test
    void developmentBillingOnlyWarns() throws Exception {
        api.answer("registration", () -> new Registration("id", "reg1", "azurestack", ScriptedApi.CLOUD, "Development", "o"));
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.outcome()).isEqualTo(Outcome.OK);
        assertThat(d.check(CheckId.BILLING_MODEL).status()).isEqualTo(CheckStatus.WARN);
        assertThat(d.secondaryCodes()).contains("CustomerSubscriptionsNotAllowed");
    }

    @Test
    void aMissingRegistrationListsTheCandidatesAndNamesTheOneForTheStamp() throws Exception {
        api.fail("registration", ScriptedApi.failure(Kind.NOT_FOUND, 404, "ResourceNotFound"));
        api.answer("registrations", () -> List.of(
                new Registration("/subscriptions/s/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/AzureStack-a", "AzureStack-a", "azurestack", "aaaaaaaa-0000-4000-8000-000000000000", "Capacity", "o"),
                new Registration("/subscriptions/s/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/AzureStack-b", "AzureStack-b", "azurestack", ScriptedApi.CLOUD, "PayAsYouUse", "o")));
        api.fail("customerSubscriptions", ScriptedApi.failure(Kind.NOT_FOUND, 404, "ParentResourceNotFound"));
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "ParentResourceNotFound"));
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.primaryCode()).isEqualTo("RegistrationNotFound");
        String evidence = d.check(CheckId.REGISTRATION).evidence().in(Language.EN);
        assertThat(evidence).contains("AzureStack-a", "AzureStack-b", "The one for CloudID " + ScriptedApi.CLOUD + " is AzureStack-b");
        assertThat(d.check(CheckId.BILLING_MODEL).status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(d.check(CheckId.MAPPING).status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(d.primaryAnswer().code()).isEqualTo("ResourceNotFound");
    }

    @Test
    void aCloudIdMismatchPointsToRegistrationNotFound() throws Exception {
        Diagnosis d = Diagnostician.standard(api, Duration.ofSeconds(10))
                .run(input(Intent.VERIFY, "11111111-2222-4333-8444-555555555555"), null);
        assertThat(d.check(CheckId.CLOUD_ID).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(d.primaryCode()).isEqualTo("RegistrationNotFound");
    }

    @Test
    void anUnmappedSubscriptionIsCustomerSubscriptionNotFoundWhenVerifying() throws Exception {
        api.answer("customerSubscriptions", List::of);
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.primaryCode()).isEqualTo("CustomerSubscriptionNotFound");
        assertThat(d.check(CheckId.MULTI_TENANCY).status()).isEqualTo(CheckStatus.UNKNOWN);
    }

    @Test
    void anUnmappedSubscriptionIsExpectedBeforeAdding() throws Exception {
        api.answer("customerSubscriptions", () -> List.of(new dev.azscsp.diagnosis.api.CustomerSubscription("x",
                "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d", "1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f")));
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        Diagnosis d = run(Intent.CHECK_BEFORE_ADD);
        assertThat(d.outcome()).isEqualTo(Outcome.OK);
        assertThat(d.check(CheckId.MAPPING).status()).isEqualTo(CheckStatus.PASS);
        assertThat(d.check(CheckId.MULTI_TENANCY).status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void detectsAMappingThatDiffersOnlyInLetterCase() throws Exception {
        api.answer("customerSubscriptions", () -> List.of(new dev.azscsp.diagnosis.api.CustomerSubscription("x",
                ScriptedApi.CUST.toUpperCase(), ScriptedApi.TENANT)));
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.primaryCode()).isEqualTo("CustomerSubscriptionNotFound");
        assertThat(d.check(CheckId.MAPPING).evidence().in(Language.EN)).contains("differ only in letter case");
    }

    @Test
    void warnsWhenTheTenantIsMappedToAnotherSubscription() throws Exception {
        api.answer("customerSubscriptions", () -> List.of(new dev.azscsp.diagnosis.api.CustomerSubscription("x",
                "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d", ScriptedApi.TENANT)));
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        Diagnosis d = run(Intent.CHECK_BEFORE_ADD);
        assertThat(d.check(CheckId.MAPPING).status()).isEqualTo(CheckStatus.WARN);
        assertThat(d.check(CheckId.MAPPING).evidence().in(Language.EN)).contains("would replace");
    }

    @Test
    void aNonCspCustomerSubscriptionIsInvalidCspSubscription() throws Exception {
        api.answer("subscription:" + ScriptedApi.CUST, () -> new dev.azscsp.diagnosis.api.SubscriptionInfo(ScriptedApi.CUST,
                "PAYG", "Enabled", "PayAsYouGo_2014-09-01", ScriptedApi.TENANT));
        assertThat(run(Intent.VERIFY).primaryCode()).isEqualTo("InvalidCSPSubscription");
    }

    @Test
    void anUnreadableCustomerSubscriptionIsUnknownAndSaysWhatCannotBeRuledOut() throws Exception {
        api.fail("subscription:" + ScriptedApi.CUST, ScriptedApi.failure(Kind.FORBIDDEN, 403, "AuthorizationFailed"));
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.outcome()).isEqualTo(Outcome.OK);
        CheckResult c = d.check(CheckId.CUSTOMER_SUBSCRIPTION);
        assertThat(c.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(c.incomplete()).isFalse();
        assertThat(c.evidence().in(Language.EN)).contains("BadCustomerSubscriptionId", "InvalidCSPSubscription");
        assertThat(d.unverified()).extracting(CheckResult::id).contains(CheckId.CUSTOMER_SUBSCRIPTION);
    }

    @Test
    void aMissingProviderFailsBeforeAddingAndWarnsWhenVerifying() throws Exception {
        api.answer("provider", () -> new dev.azscsp.diagnosis.api.ProviderState("Microsoft.AzureStack", "NotRegistered"));
        assertThat(run(Intent.VERIFY).check(CheckId.PROVIDER).status()).isEqualTo(CheckStatus.WARN);
        assertThat(run(Intent.CHECK_BEFORE_ADD).primaryCode()).isEqualTo("MissingSubscriptionRegistration");
    }

    @Test
    void aFailedSignInStopsTheRunOnceAndSkipsTheRest() throws Exception {
        api.fail("account", ScriptedApi.failure(Kind.AUTHENTICATION, 0, null));
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.primaryCode()).isEqualTo("SignInFailed");
        assertThat(api.calls).containsExactly("account");
        assertThat(d.checks()).filteredOn(c -> c.id() != CheckId.INPUT && c.id() != CheckId.SIGN_IN)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.SKIPPED));
    }

    @Test
    void networkTroubleMakesTheRunIncompleteNotAProblem() throws Exception {
        api.fail("registration", ScriptedApi.failure(Kind.NETWORK, 0, null));
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.primaryCode()).isEqualTo("NetworkUnreachable");
    }

    @Test
    void aFindingWinsOverTroubleElsewhereAndPrecedenceOrdersFindings() throws Exception {
        api.fail("provider", ScriptedApi.failure(Kind.TIMEOUT, 0, null));
        api.answer("registration", () -> new Registration("id", "reg1", "azurestack", ScriptedApi.CLOUD, "Capacity", "o"));
        api.answer("subscription:" + ScriptedApi.CUST, () -> new dev.azscsp.diagnosis.api.SubscriptionInfo(ScriptedApi.CUST,
                "PAYG", "Enabled", "PayAsYouGo_2014-09-01", ScriptedApi.TENANT));
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.outcome()).isEqualTo(Outcome.PROBLEM);
        assertThat(d.primaryCode()).isEqualTo("CustomerSubscriptionsNotAllowed");
        assertThat(d.secondaryCodes()).contains("InvalidCSPSubscription");
    }

    @Test
    void throttlingIsReportedWithItsWait() throws Exception {
        api.fail("registration", dev.azscsp.diagnosis.api.ArmFailure.of(Kind.THROTTLED).status(429).code("TooManyRequests")
                .message("slow down").retryAfter(Duration.ofSeconds(3600)).build());
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.primaryCode()).isEqualTo("TooManyRequests");
        assertThat(d.check(CheckId.REGISTRATION).evidence().in(Language.EN)).contains("3600 s");
    }

    @Test
    void aCheckThatThrowsIsUnknownAndTheRunGoesOn() throws Exception {
        api.answer("provider", () -> { throw new IllegalStateException("boom"); });
        Diagnosis d = run(Intent.VERIFY);
        assertThat(d.check(CheckId.PROVIDER).status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(d.check(CheckId.PROVIDER).evidence().in(Language.EN)).contains("IllegalStateException", "boom");
        assertThat(d.check(CheckId.REGISTRATION).status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void malformedInputSkipsEveryCallAndPointsToItsCard() throws Exception {
        InputReport bad = InputRules.check(new RawInput(ScriptedApi.SUB, "azurestack", "reg1", "not-a-guid", null, null, Intent.VERIFY));
        Diagnosis d = Diagnostician.standard(api, Duration.ofSeconds(5)).run(bad, null);
        assertThat(d.inputOnly()).isTrue();
        assertThat(d.primaryCode()).isEqualTo("InvalidCustomerSubscriptionId");
        assertThat(api.calls).isEmpty();
    }

    @Test
    void independentChecksRunSideBySideAndDependentOnesWait() throws Exception {
        api.delay = Duration.ofMillis(100);
        List<CheckId> order = new CopyOnWriteArrayList<>();
        Diagnosis d = Diagnostician.standard(api, Duration.ofSeconds(10)).run(input(Intent.VERIFY, ScriptedApi.CLOUD),
                new DiagnosisListener() {
                    @Override public void finished(CheckResult r) { order.add(r.id()); }
                });
        assertThat(d.outcome()).isEqualTo(Outcome.OK);
        // Subscription, provider, registration, two mapping calls and the customer subscription are in flight together.
        assertThat(api.peak.get()).as("calls in flight at once; order %s", api.calls).isGreaterThanOrEqualTo(5);
        assertThat(order.indexOf(CheckId.BILLING_MODEL)).isGreaterThan(order.indexOf(CheckId.REGISTRATION));
        assertThat(order.indexOf(CheckId.MULTI_TENANCY)).isGreaterThan(order.indexOf(CheckId.MAPPING));
        assertThat(order.indexOf(CheckId.REGISTRATION)).isGreaterThan(order.indexOf(CheckId.SIGN_IN));
        assertThat(order.get(order.size() - 1)).isEqualTo(CheckId.ADD);
    }

    @Test
    void aCheckPastItsTimeLimitIsUnknownAndIncomplete() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        api.answer("registration", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                throw dev.azscsp.diagnosis.api.ArmFailure.of(Kind.CANCELLED).message("interrupted").build();
            }
            return null;
        });
        Diagnosis d = Diagnostician.standard(api, Duration.ofMillis(300)).run(input(Intent.VERIFY, null), null);
        CheckResult r = d.check(CheckId.REGISTRATION);
        assertThat(r.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(r.incomplete()).isTrue();
        assertThat(r.code()).isEqualTo("RequestTimedOut");
        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
    }

    @Test
    void cancellingStopsTheCallsAndSaysSo() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        api.answer("registration", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw dev.azscsp.diagnosis.api.ArmFailure.of(Kind.CANCELLED).message("interrupted").build();
            }
            return null;
        });
        Diagnostician.Run run = Diagnostician.standard(api, Duration.ofSeconds(120)).start(input(Intent.VERIFY, null), null);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        run.cancel();
        Diagnosis d = run.result().get(10, TimeUnit.SECONDS);
        assertThat(d.cancelled()).isTrue();
        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.check(CheckId.REGISTRATION).status()).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void addingNeedsAConfirmedSecondStepAndOnlyThenWrites() throws Exception {
        api.answer("customerSubscriptions", List::of);
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        Diagnostician diag = Diagnostician.standard(api, Duration.ofSeconds(10));
        Diagnosis d = diag.run(input(Intent.ADD, ScriptedApi.CLOUD), null);
        assertThat(api.calls).doesNotContain("add");
        assertThat(Diagnostician.readyToAdd(d)).isTrue();
        assertThat(d.check(CheckId.ADD).evidence().in(Language.EN)).contains("waiting for confirmation",
                "/customerSubscriptions/" + ScriptedApi.CUST);
        Diagnosis added = diag.add(d);
        assertThat(api.calls).containsOnlyOnce("add");
        assertThat(added.check(CheckId.ADD).status()).isEqualTo(CheckStatus.PASS);
        assertThat(added.outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void aFailedPutShowsTheServiceCode() throws Exception {
        api.answer("customerSubscriptions", List::of);
        api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
        api.fail("add", ScriptedApi.failure(Kind.FORBIDDEN, 403, "UnauthorizedCspRegistration"));
        Diagnostician diag = Diagnostician.standard(api, Duration.ofSeconds(10));
        Diagnosis added = diag.add(diag.run(input(Intent.ADD, null), null));
        assertThat(added.outcome()).isEqualTo(Outcome.PROBLEM);
        assertThat(added.primaryCode()).isEqualTo("UnauthorizedCspRegistration");
        assertThat(added.primaryAnswer().correlationId()).isEqualTo("corr-1");
    }

    @Test
    void everyWriteLeavesTheConfirmationAndItsOutcomeInTheLog() throws Exception {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Diagnostician.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines = new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        log.addAppender(lines);
        ch.qos.logback.classic.Level level = log.getLevel();
        log.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            api.answer("customerSubscriptions", List::of);
            api.fail("customerSubscription", ScriptedApi.failure(Kind.NOT_FOUND, 404, "CustomerSubscriptionNotFound"));
            api.fail("add", ScriptedApi.failure(Kind.FORBIDDEN, 403, "UnauthorizedCspRegistration"));
            Diagnostician diag = Diagnostician.standard(api, Duration.ofSeconds(10));
            Diagnosis d = diag.run(input(Intent.ADD, null), null);
            lines.list.clear();
            diag.add(d);
            List<String> writes = lines.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.startsWith("Write ")).toList();
            String resource = d.target().registration().customerSubscriptionId(ScriptedApi.CUST);
            assertThat(writes).hasSize(2);
            assertThat(writes.get(0)).isEqualTo("Write confirmed: PUT " + resource + " with customer tenant " + d.target().customerTenantId());
            assertThat(writes.get(1)).startsWith("Write outcome: not added " + resource + ": FAIL UnauthorizedCspRegistration (HTTP 403, request id ")
                    .contains("correlation id corr-1");
        } finally {
            log.setLevel(level);
            log.detachAppender(lines);
        }
    }

    @Test
    void aBlockedDiagnosisCannotAdd() throws Exception {
        api.answer("registration", () -> new Registration("id", "reg1", "azurestack", ScriptedApi.CLOUD, "Capacity", "o"));
        Diagnostician diag = Diagnostician.standard(api, Duration.ofSeconds(10));
        Diagnosis d = diag.run(input(Intent.ADD, null), null);
        assertThat(Diagnostician.readyToAdd(d)).isFalse();
        assertThat(d.check(CheckId.ADD).evidence().in(Language.EN)).contains("Not sent");
        assertThatThrownBy(() -> diag.add(d)).isInstanceOf(IllegalStateException.class);
        assertThat(api.calls).doesNotContain("add");
    }
}
