package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.diagnosis.tenants.TenantListing;
import dev.azscsp.diagnosis.tenants.TenantsReader;

/**
 * {@code tenants} and its reader through the real adapter against FakeArm: every page of the list, the empty list
 * that proves nothing, the customer subscriptions the sign-in cannot read, the reconciliation, throttling, cancel.
 */
class TenantsThroughFakeTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension static final FakeArm fake = FakeArm.start();
    static final ApiFactory THROUGH_FAKE = ThroughFake.api(() -> fake);

    @TempDir Path dir;
    FakeRegistration reg;

    static String cust(int i) { return String.format("%08x-1111-4000-8000-%012x", i, i); }
    static String tenant(int i) { return String.format("%08x-2222-4000-8000-%012x", i, i); }

    /** Five mappings; the fake knows (lets the sign-in read) subscriptions 0 to 3, not 4. */
    @BeforeEach
    void fiveMappings() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        reg = fake.addRegistration(SUB, "azurestack", "reg1");
        for (int i = 0; i < 5; i++) {
            if (i < 4) fake.addSubscription(cust(i)).tenantId(tenant(i)).displayName("Customer " + i);
            reg.addCustomerSubscription(cust(i), tenant(i));
        }
        fake.subscription(cust(3)).quotaId("PayAsYouGo_2014-09-01");
    }

    CliRun tenants(String... extra) {
        List<String> args = new ArrayList<>(List.of("tenants", "--subscription", SUB, "--registration", "reg1",
                "--arm-endpoint", fake.endpoint().toString(), "--auth", "azure-cli"));
        args.addAll(Arrays.asList(extra));
        return CliRun.with(THROUGH_FAKE, args.toArray(String[]::new));
    }

    Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("expected.csv"), text, StandardCharsets.UTF_8);
    }

    long listCalls() {
        return fake.requests().stream().filter(r -> r.path().endsWith("/customerSubscriptions")).count();
    }

    @Test
    void everyPageIsListedAndEachMappingShowsWhatTheSignInCanReadOfIt() throws Exception {
        fake.pageSize(2);
        CliRun r = tenants("--format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("mappings")).hasSize(5);
        assertThat(listCalls()).as("three pages of two").isEqualTo(3);
        JsonNode first = root.get("mappings").get(0);
        assertThat(first.get("tenantId").asText()).isEqualTo(tenant(0));
        assertThat(first.get("details").get("displayName").asText()).isEqualTo("Customer 0");
        assertThat(first.get("details").get("offer").asText()).isEqualTo("csp");
        assertThat(first.get("details").get("durationMs").isNumber()).isTrue();
        assertThat(root.get("mappings").get(3).get("details").get("offer").asText()).isEqualTo("not-csp");
        JsonNode hidden = root.get("mappings").get(4).get("details");
        assertThat(hidden.get("readable").asBoolean()).isFalse();
        assertThat(hidden.get("offer").asText()).isEqualTo("not-readable");
        assertThat(hidden.get("shown").asText()).isEqualTo("not readable with this sign-in");
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void theTextSaysNotReadableInBothLanguagesNeverBlank() {
        CliRun en = tenants("--lang", "en");
        CliRun fr = tenants("--lang", "fr");
        assertThat(en.out()).contains(cust(4) + "  tenant " + tenant(4) + "  not readable with this sign-in")
                .contains("Customer 0 \u00b7 Enabled \u00b7 CSP (CSP_2015-05-01)")
                .contains("5 customer subscriptions mapped");
        assertThat(fr.out()).contains(cust(4) + "  locataire " + tenant(4) + "  non lisible avec cette connexion")
                .contains("Customer 3 \u00b7 Enabled \u00b7 pas CSP (PayAsYouGo_2014-09-01)");
    }

    @Test
    void anEmptyListIsNotConclusiveAndTheExpectedIdsAreLookedUpOneByOne() throws Exception {
        fake.listsNoMappings();
        CliRun alone = tenants("--lang", "en");
        assertThat(alone.exitCode()).as("not conclusive").isEqualTo(3);
        assertThat(alone.out()).contains("0 customer subscriptions mapped").contains("That is not conclusive")
                .contains("--customer-subscription ID");

        fake.clearRequests();
        Path expected = csv("customerSubscriptionId,customerTenantId,label\n" + cust(0) + "," + tenant(0) + ",zero\n"
                + cust(9) + ",,nine\n");
        CliRun r = tenants("--expected", expected.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("inconclusive").asBoolean()).isTrue();
        assertThat(root.get("lookups")).extracting(n -> n.get("customerSubscriptionId").asText() + " " + n.get("result").asText())
                .containsExactly(cust(0) + " mapped", cust(9) + " not-mapped");
        assertThat(fake.requests("/customerSubscriptions/")).as("one GET per expected id").hasSize(2);
        JsonNode counts = root.get("reconciliation").get("counts");
        assertThat(counts.get("mapped-and-expected").asInt()).isEqualTo(1);
        assertThat(counts.get("expected-not-mapped").asInt()).isEqualTo(1);
        assertThat(root.get("reconciliation").get("conclusive").asBoolean()).isFalse();
        assertThat(root.get("mappings").get(0).get("source").asText()).as("found by the lookup, not the list").isEqualTo("lookup");
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void anIdGivenIsLookedUpEvenWhenTheListHasItemsAndAMappingTheListMissedIsReported() throws Exception {
        reg.removeCustomerSubscription(cust(4));
        fake.inject(Fault.rewrite(body -> body.replace(cust(1), cust(7))).on("/customerSubscriptions$"));
        fake.addSubscription(cust(7));
        CliRun r = tenants("--customer-subscription", "{" + cust(1) + "}", "--lang", "en");
        assertThat(r.out()).contains(cust(1) + ": mapped (tenant " + tenant(1) + ")")
                .contains("1 mapping found by a direct GET is missing from the list: the list is incomplete.");
    }

    @Test
    void theReconciliationGivesFourGroupsWithCountsAndFlagsTwoSubscriptionsOfOneTenant() throws Exception {
        // 0 and 1 as expected, 2 with another tenant, 3 not expected, 4 not expected either; 8 expected and not mapped,
        // 9 expected for tenant 0 too: its PUT would replace subscription 0's mapping.
        Path expected = csv("customerSubscriptionId;customerTenantId;label\n" + cust(0) + ";" + tenant(0) + ";zero\n"
                + cust(1) + ";;one\n" + cust(2) + ";" + tenant(5) + ";two\n" + cust(8) + ";" + tenant(8) + ";=HYPERLINK(\"x\")\n"
                + cust(9) + ";" + tenant(0) + ";zero again\n" + "oops;;bad\n");
        CliRun r = tenants("--expected", expected.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Mapped and expected: 2", "Expected but not mapped: 2", "Mapped but not expected: 2",
                "Mapped with another tenant id or letter case: 1")
                .contains("expected tenant " + tenant(5) + ", mapped with tenant " + tenant(2))
                .contains("a PUT for it would replace the mapping of " + cust(0) + " (same tenant)")
                .contains("Tenant " + tenant(0) + ": lines 2, 6. The service keeps one mapping per tenant: a second PUT for this tenant replaces the first mapping.")
                .contains("line 7: the customerSubscriptionId is not a GUID");

        CliRun md = tenants("--expected", expected.toString(), "--format", "markdown", "--lang", "en");
        assertThat(md.out()).as("a mapping no line expects shows what the sign-in can read of it")
                .contains("|  | `" + cust(3) + "` | `" + tenant(3) + "` |  | Customer 3 \u00b7 Enabled \u00b7 not CSP (PayAsYouGo\\_2014-09-01) |")
                .contains("|  | `" + cust(4) + "` | `" + tenant(4) + "` |  | not readable with this sign-in |");

        CliRun csv = tenants("--expected", expected.toString(), "--format", "csv", "--lang", "fr");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("group,difference,line,customerSubscriptionId,expectedTenantId,label,mappedSubscriptionId,"
                + "mappedTenantId,displayName,state,offer,note");
        assertThat(lines).hasSize(1 + 7 + 1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("expected-not-mapped,none,5," + cust(8) + "," + tenant(8)
                + ",\"'=HYPERLINK(\"\"x\"\")\","));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("mapped-not-expected,none,," + cust(4) + ",,,")
                .contains("non lisible avec cette connexion"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("not-compared,,7,oops,,bad,,,,,,l’customerSubscriptionId n’est pas un GUID"
                .replace("l’customerSubscriptionId", "le customerSubscriptionId"));
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void everyExpectedCustomerMappedAsExpectedExitsZero() throws Exception {
        StringBuilder b = new StringBuilder("customerSubscriptionId,customerTenantId\n");
        for (int i = 0; i < 5; i++) b.append(cust(i)).append(',').append(tenant(i).toUpperCase()).append('\n');
        CliRun r = tenants("--expected", csv(b.toString()).toString(), "--format", "markdown", "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("| Mapped and expected | 5 |")
                .contains("Every expected customer is mapped as expected, and nothing else is mapped.");
    }

    @Test
    void aThrottledListIsRetriedByTheRateLimiterAloneAfterItsWait() throws Exception {
        fake.inject(Fault.error(429, "TooManyRequests", "Slow down").header("Retry-After", "1").on("/customerSubscriptions$"));
        CliRun r = tenants("--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("mappings")).hasSize(5);
        assertThat(listCalls()).as("one 429, one retry: the pipeline did not retry it as well").isEqualTo(2);
    }

    @Test
    void aListThatCannotBeReadSaysWhyAndIsNotConclusive() {
        fake.failNext("/customerSubscriptions$", 403, "AuthorizationFailed", "The client has no authorization to read it.");
        CliRun r = tenants("--lang", "en");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).contains("The list of mappings could not be read: AuthorizationFailed (HTTP 403): The client has no authorization");
    }

    @Test
    void badInputIsRefusedBeforeAnyCallWithAClearMessage() throws Exception {
        CliRun id = tenants("--customer-subscription", "not-an-id");
        assertThat(id.exitCode()).isEqualTo(2);
        assertThat(id.err()).contains("--customer-subscription 'not-an-id' is not a subscription ID").doesNotContain("Exception");
        CliRun missing = tenants("--expected", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Expected customers file not found");
        CliRun header = tenants("--expected", csv("id,tenant\n" + cust(0) + ",x\n").toString(), "--lang", "fr");
        assertThat(header.exitCode()).isEqualTo(2);
        assertThat(header.err()).contains("La première ligne n’a pas de colonne customerSubscriptionId");
        CliRun fmt = tenants("--format", "xml");
        assertThat(fmt.exitCode()).isEqualTo(2);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aPartnerCenterExportIsReconciledWithTheColumnsTheUserNames() throws Exception {
        Path export = csv("Customer name,Microsoft ID,Subscription ID,Offer\n\"Zero, Ltd\"," + tenant(0) + "," + cust(0) + ",Azure plan\n"
                + "One," + tenant(1) + "," + cust(1) + ",Azure plan\n");
        CliRun refused = tenants("--expected", export.toString(), "--lang", "en");
        assertThat(refused.exitCode()).as("never guessed silently").isEqualTo(2);
        assertThat(refused.err()).contains("no customerSubscriptionId column")
                .contains("--columns \"subscription=Subscription ID,tenant=Microsoft ID,label=Customer name\"");
        assertThat(fake.requests()).isEmpty();

        CliRun r = tenants("--expected", export.toString(), "--columns", "subscription=Subscription ID,tenant=Microsoft ID,label=Customer name",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        JsonNode counts = JSON.readTree(r.out()).get("reconciliation").get("counts");
        assertThat(counts.get("mapped-and-expected").asInt()).isEqualTo(2);
        assertThat(counts.get("mapped-not-expected").asInt()).isEqualTo(3);
    }

    @Test
    void aBadColumnsValueIsBadUsageBeforeAnyCall() throws Exception {
        Path export = csv("Subscription ID,Microsoft ID\n" + cust(0) + "," + tenant(0) + "\n");
        CliRun missing = tenants("--expected", export.toString(), "--columns", "subscription=Subscription ID,tenant=Tenant", "--lang", "fr");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("La première ligne n’a pas de colonne nommée «\u00a0Tenant\u00a0»").doesNotContain("Exception");
        CliRun role = tenants("--expected", export.toString(), "--columns", "owner=Subscription ID");
        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.err()).contains("--columns: unknown role 'owner'");
        CliRun alone = tenants("--columns", "subscription=Subscription ID");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--columns names the columns of the --expected FILE");
        CliRun plain = tenants("--expected", csv("id,tenant\n" + cust(0) + ",x\n").toString());
        assertThat(plain.err()).as("no suggestion for a header that is not an export").doesNotContain("--columns");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aReadingCanBeCancelledAndKeepsWhatWasRead() throws Exception {
        fake.inject(Fault.delay(Duration.ofSeconds(20)).on("^/subscriptions/[^/]+$").always());
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            TenantsReader reader = new TenantsReader(fake.connect(), pool, 2, 100);
            TenantsReader.Run run = reader.start(reg.ref(), Set.of(), Set.of(), true, (done, total) -> { });
            while (fake.requests().stream().noneMatch(r -> r.path().equals("/subscriptions/" + cust(0)))) Thread.sleep(10);
            run.cancel();
            TenantListing listing = run.result().get(15, TimeUnit.SECONDS);
            assertThat(listing.cancelled()).isTrue();
            assertThat(listing.mappings()).as("the list was read before the cancel").hasSize(5);
            assertThat(listing.details()).as("no subscription read finished").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
