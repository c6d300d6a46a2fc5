package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.azure.fake.RecordedRequest;

/**
 * {@code diagnose} end to end through the real Azure adapter against FakeArm, a local HTTPS ARM: the exit code, the
 * primary code, and what the fake received.
 */
class DiagnoseArmTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String RG = "azurestack";
    static final String REG = "AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final String CLOUD = "5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String TENANT = "dbab3982-796f-4d03-9908-044c08aef8a2";
    static final String OTHER = "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d";

    @RegisterExtension static final FakeArm fake = FakeArm.start();
    /** The command line's own path to Azure, with the fake's credential and trust instead of the user's. */
    static final ApiFactory THROUGH_FAKE = ThroughFake.api(() -> fake);
    FakeRegistration registration;

    @BeforeEach
    void healthyAzure() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        fake.addSubscription(CUST).tenantId(TENANT);
        fake.addSubscription(OTHER);
        registration = fake.addRegistration(SUB, RG, REG).cloudId(CLOUD);
        registration.addCustomerSubscription(OTHER, "1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f");
    }

    CliRun diagnose(String... extra) {
        List<String> args = new ArrayList<>(List.of("diagnose", "--subscription", SUB, "--resource-group", RG, "--registration", REG,
                "--customer-subscription", CUST, "--customer-tenant", TENANT, "--cloud-id", CLOUD,
                "--arm-endpoint", fake.endpoint().toString(), "--auth", "azure-cli", "--format", "json", "--lang", "en", "--timeout", "10"));
        args.addAll(Arrays.asList(extra));
        return CliRun.with(THROUGH_FAKE, args.toArray(String[]::new));
    }

    static JsonNode json(CliRun r) throws Exception {
        assertThat(r.out()).as(r.err()).isNotBlank();
        return new ObjectMapper().readTree(r.out());
    }

    static String primary(CliRun r) throws Exception {
        JsonNode p = json(r).get("primaryCode");
        return p.isNull() ? null : p.asText();
    }

    void assertReadsOnly() {
        assertThat(fake.writes()).isEmpty();
        assertThat(fake.requests()).allSatisfy(q -> {
            assertThat(q.header("Authorization")).startsWith("Bearer ");
            assertThat(q.apiVersion()).isNotBlank();
        });
    }

    @Test
    void aHealthyMappingPassesAndNothingIsWritten() throws Exception {
        registration.addCustomerSubscription(CUST, TENANT);
        CliRun r = diagnose();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(json(r).get("outcome").asText()).isEqualTo("ok");
        assertReadsOnly();
        assertThat(fake.requests()).extracting(RecordedRequest::path).anyMatch(p -> p.endsWith("/registrations/" + REG))
                .anyMatch(p -> p.endsWith("/customerSubscriptions")).anyMatch(p -> p.equals("/subscriptions/" + CUST));
        assertThat(fake.requests()).filteredOn(q -> q.path().contains("/registrations/")).extracting(RecordedRequest::apiVersion)
                .containsOnly("2017-06-01");
    }

    @Test
    void aMissingRegistrationIsRegistrationNotFoundWithTheCandidatesListed() throws Exception {
        fake.addRegistration(SUB, RG, "AzureStackRegistration").cloudId("11111111-2222-4333-8444-555555555555");
        CliRun r = diagnose("--registration", "Typo-Registration");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(primary(r)).isEqualTo("RegistrationNotFound");
        assertThat(json(r).get("checks").get(4).get("evidence").asText()).contains(REG, "The one for CloudID " + CLOUD + " is " + REG);
        assertThat(fake.requests()).extracting(RecordedRequest::path).contains("/subscriptions/" + SUB + "/providers/Microsoft.AzureStack/registrations");
        assertReadsOnly();
    }

    @Test
    void anUnmappedSubscriptionIsCustomerSubscriptionNotFound() throws Exception {
        CliRun r = diagnose();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(primary(r)).isEqualTo("CustomerSubscriptionNotFound");
        assertReadsOnly();
    }

    @Test
    void theCustomerIdIsSentExactlyAsTyped() throws Exception {
        registration.addCustomerSubscription(CUST, TENANT);
        CliRun r = diagnose("--customer-subscription", CUST.toUpperCase());
        assertThat(primary(r)).isEqualTo("CustomerSubscriptionNotFound");
        assertThat(json(r).get("checks").get(7).get("evidence").asText()).contains("differ only in letter case");
        assertThat(fake.requests()).extracting(RecordedRequest::path).contains(registration.id() + "/customerSubscriptions/" + CUST.toUpperCase());
    }

    @Test
    void capacityBillingIsCustomerSubscriptionsNotAllowed() throws Exception {
        registration.billingModel("Capacity");
        CliRun r = diagnose("--before-add");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(primary(r)).isEqualTo("CustomerSubscriptionsNotAllowed");
        assertReadsOnly();
    }

    @Test
    void aNonCspCustomerSubscriptionIsInvalidCspSubscription() throws Exception {
        fake.subscription(CUST).quotaId("PayAsYouGo_2014-09-01");
        CliRun r = diagnose("--before-add");
        assertThat(primary(r)).isEqualTo("InvalidCSPSubscription");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void aMalformedCustomerIdNeverReachesAzure() throws Exception {
        CliRun r = diagnose("--customer-subscription", "e09a4e93-29a7-4eba-a6d4-76202383fO7f");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(primary(r)).isEqualTo("InvalidCustomerSubscriptionId");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void anUnapprovedRegistrationIsFoundByThePutAndOnlyOnePutIsSent() throws Exception {
        fake.addRegistration(SUB, RG, "Fresh").cloudId(CLOUD).multiTenancyApproved(false);
        CliRun r = diagnose("--registration", "Fresh", "--add", "--yes");
        assertThat(primary(r)).isEqualTo("UnauthorizedCspRegistration");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(fake.writes()).singleElement().satisfies(w -> {
            assertThat(w.method()).isEqualTo("PUT");
            assertThat(w.path()).endsWith("/registrations/Fresh/customerSubscriptions/" + CUST);
        });
    }

    @Test
    void anotherPartnersSubscriptionIsBadCustomerSubscriptionIdFromThePut() throws Exception {
        fake.subscription(CUST).partnerId("partner-fabrikam");
        CliRun r = diagnose("--add", "--yes");
        assertThat(primary(r)).isEqualTo("BadCustomerSubscriptionId");
        assertThat(json(r).get("serviceAnswer").get("code").asText()).isEqualTo("BadCustomerSubscriptionId");
    }

    @Test
    void aConfirmedAddSendsOnePutWithTheTenant() throws Exception {
        CliRun r = diagnose("--add", "--yes");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(fake.writes()).singleElement().satisfies(w -> {
            assertThat(w.body()).isEqualTo("{\"properties\":{\"tenantId\":\"" + TENANT + "\"}}");
            assertThat(w.apiVersion()).isEqualTo("2017-06-01");
        });
        assertThat(registration.customerSubscriptions()).containsEntry(CUST, TENANT);
    }

    @Test
    void aMissingWritePermissionRefusesTheAddEvenWithYes() throws Exception {
        fake.permissions(List.of(List.of("*/read"), List.of()));
        CliRun r = diagnose("--add", "--yes");
        assertThat(primary(r)).isEqualTo("MissingWritePermission");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(json(r).get("card").get("title").asText()).isEqualTo("You may not add customer subscriptions to this registration");
        JsonNode checks = json(r).get("checks");
        assertThat(checks.get(checks.size() - 1).get("evidence").asText()).isEqualTo("Not sent: \"Permission to add customer subscriptions\" did not pass.");
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void aReadOnlyLockRefusesTheAddAndNamesTheLock() throws Exception {
        fake.lock("/subscriptions/" + SUB + "/resourceGroups/" + RG, "audit-freeze", "ReadOnly");
        CliRun r = diagnose("--add", "--yes");
        assertThat(primary(r)).isEqualTo("ScopeLocked");
        assertThat(r.out()).contains("audit-freeze");
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void rightsThatCannotBeReadAreSaidBeforeTheWriteWhichArmThenDecides() throws Exception {
        fake.failNext("/providers/Microsoft.Authorization/permissions$", 403, "AuthorizationFailed", "no permissions/read here");
        CliRun r = diagnose("--add", "--yes");
        assertThat(r.err()).contains("Caution: the checks could not confirm that you may write:", "no permissions/read here");
        assertThat(fake.writes()).hasSize(1);
        assertThat(r.exitCode()).as(r.out()).isZero();
    }

    @Test
    void addWithoutConfirmationWritesNothing() throws Exception {
        CliRun r = diagnose("--add");
        assertThat(r.err()).contains("Not written");
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void aBadGatewayThatPersistsIsRetriedThenReportedAsIncomplete() throws Exception {
        fake.inject(Fault.error(502, "MetadataResolverBadGatewayError",
                "One of the upstream servers returned an unexpected error. Try again later. If the problem persists, contact support.")
                .on(".*/registrations/.*").always());
        CliRun r = diagnose();
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(primary(r)).isEqualTo("MetadataResolverBadGatewayError");
        assertThat(json(r).get("outcome").asText()).isEqualTo("incomplete");
    }

    @Test
    void aWrongResourceGroupIsRegistrationNotFound() throws Exception {
        CliRun r = diagnose("--resource-group", "azurestack-old");
        assertThat(primary(r)).isEqualTo("RegistrationNotFound");
        assertThat(json(r).get("serviceAnswer").get("status").asInt()).isEqualTo(404);
    }

    @Test
    void missingPermissionsAreAuthorizationFailed() throws Exception {
        fake.inject(Fault.error(403, "AuthorizationFailed", "The client 'admin@contoso.example' with object id 'x' does not have "
                + "authorization to perform action 'Microsoft.AzureStack/registrations/read' over scope '/subscriptions/" + SUB + "'.")
                .on(".*Microsoft.AzureStack/registrations.*").always());
        CliRun r = diagnose();
        assertThat(primary(r)).isEqualTo("AuthorizationFailed");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void anUnregisteredProviderIsReportedAndNeverRegistered() throws Exception {
        fake.subscription(SUB).providerState("Microsoft.AzureStack", "NotRegistered");
        CliRun r = diagnose("--before-add");
        assertThat(primary(r)).isEqualTo("MissingSubscriptionRegistration");
        assertThat(fake.requests()).noneMatch(q -> q.method().equals("POST") || q.path().endsWith("/register"));
    }

    @Test
    void throttlingWithALongWaitIsReportedNotSleptThrough() throws Exception {
        registration.addCustomerSubscription(CUST, TENANT);
        fake.inject(Fault.error(429, "TooManyRequests", "Rate limit exceeded.").header("Retry-After", "3600")
                .on(".*/registrations/" + REG + "$").always());
        long t0 = System.nanoTime();
        CliRun r = diagnose();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(20));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(primary(r)).isEqualTo("TooManyRequests");
        assertThat(json(r).get("checks").get(4).get("evidence").asText()).contains("3600 s");
    }

    @Test
    void anUnreachableEndpointIsNetworkUnreachable() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of("diagnose", "--subscription", SUB, "--registration", REG, "--customer-subscription", CUST,
                "--arm-endpoint", "https://127.0.0.1:" + closed + "/", "--format", "json", "--timeout", "5"));
        StringWriter out = new StringWriter();
        int code = Cli.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()), THROUGH_FAKE);
        assertThat(code).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(out.toString()).get("primaryCode").asText()).isEqualTo("NetworkUnreachable");
    }
}
