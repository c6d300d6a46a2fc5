package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Fault;

/** {@code bulk} through the real adapter against FakeArm: lines that repeat an id, and who retries a throttled read. */
class BulkThroughFakeTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String OTHER = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";

    @RegisterExtension static final FakeArm fake = FakeArm.start();
    static final ApiFactory THROUGH_FAKE = ThroughFake.api(() -> fake);

    @TempDir Path dir;

    @BeforeEach
    void healthy() {
        ThroughFake.healthy(fake, SUB, CUST);
        fake.addSubscription(OTHER);
        fake.registration(SUB, "azurestack", "reg1").addCustomerSubscription(OTHER, null);
    }

    CliRun bulk(String csv, String... extra) throws IOException {
        Path input = Files.writeString(dir.resolve("in.csv"), csv);
        List<String> args = new ArrayList<>(List.of("bulk", "--subscription", SUB, "--registration", "reg1", "--input", input.toString(),
                "--arm-endpoint", fake.endpoint().toString(), "--auth", "azure-cli"));
        args.addAll(Arrays.asList(extra));
        return CliRun.with(THROUGH_FAKE, args.toArray(String[]::new));
    }

    @Test
    void aPartnerCenterExportIsCheckedWithTheColumnsTheUserNames() throws Exception {
        String export = "Subscription ID;Customer name\n" + CUST + ";Fabrikam\n";
        fake.clearRequests();
        CliRun refused = bulk(export, "--lang", "en");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--columns \"subscription=Subscription ID,label=Customer name\"");
        assertThat(fake.requests()).isEmpty();
        CliRun r = bulk(export, "--columns", "subscription=subscription id,label=customer name", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(CUST).contains("Fabrikam");
    }

    /** The reads of one subscription itself (not of its providers or registrations). */
    static long readsOf(String subscription) {
        return fake.requests().stream().filter(r -> r.path().equalsIgnoreCase("/subscriptions/" + subscription)).count();
    }

    @Test
    void aRepeatedSubscriptionIsReadOnceAndEveryLineSaysWhichLineItRepeats() throws Exception {
        String csv = "customerSubscriptionId,label\n" + CUST + ",first\n" + OTHER + ",other\n" + CUST + ",again\n";
        CliRun r = bulk(csv, "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().sorted().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).isEqualTo("line,customerSubscriptionId,customerTenantId,label,status,primaryCode,secondaryCodes,evidence,duplicateOf");
        assertThat(lines.get(0)).startsWith("2," + CUST + ",,first,ok,").endsWith(",");
        assertThat(lines.get(1)).startsWith("3," + OTHER + ",,other,ok,").endsWith(",");
        assertThat(lines.get(2)).as("line 2's answer, marked").isEqualTo("4" + lines.get(0).substring(1).replace(",first,", ",again,") + "2");
        assertThat(readsOf(CUST)).as("line 4 takes line 2's answer").isEqualTo(1);
        assertThat(r.err()).contains("Lines that repeat an earlier line’s customer subscription: 1 (see the duplicateOf column).");

        fake.clearRequests();
        CliRun json = bulk(csv, "--lang", "fr", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String l : json.out().lines().toList()) rows.add(m.readTree(l));
        rows.sort(java.util.Comparator.comparingInt(n -> n.get("line").asInt()));
        assertThat(rows).extracting(n -> n.get("duplicateOf").toString()).containsExactly("null", "null", "2");
        assertThat(rows.get(2).get("status").asText()).isEqualTo("ok");
        assertThat(json.err()).contains("Lignes qui répètent l’abonnement client d’une ligne précédente\u00a0: 1");
    }

    @Test
    void aThrottledReadIsRetriedByTheRateLimiterAloneNotAlsoByThePipeline() throws Exception {
        // ARM keeps answering 429 for one customer subscription, asking for a short wait each time.
        fake.inject(Fault.error(429, "TooManyRequests", "Slow down").header("retry-after-ms", "10").always()
                .on("^/subscriptions/" + OTHER + "$"));
        CliRun r = bulk("customerSubscriptionId\n" + CUST + "\n" + OTHER + "\n", "--lang", "en", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        // One try and the rate limiter's three retries. The pipeline retrying each of them too made 16.
        assertThat(readsOf(OTHER)).isEqualTo(4);
        JsonNode row = r.out().lines().map(l -> {
            try {
                return new ObjectMapper().readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).filter(n -> n.get("line").asInt() == 3).findFirst().orElseThrow();
        assertThat(row.get("status").asText()).isEqualTo("incomplete");
        assertThat(readsOf(CUST)).as("the other row was not throttled").isEqualTo(1);
    }

    @Test
    void aSingleDiagnosisStillHasThePipelineRetryA429() throws Exception {
        fake.inject(Fault.error(429, "TooManyRequests", "Slow down").header("retry-after-ms", "10").times(1)
                .on("^/subscriptions/" + CUST + "$"));
        CliRun r = CliRun.with(THROUGH_FAKE, "diagnose", "--subscription", SUB, "--registration", "reg1", "--customer-subscription", CUST,
                "--arm-endpoint", fake.endpoint().toString(), "--auth", "azure-cli", "--lang", "en");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(readsOf(CUST)).isEqualTo(2);
    }
}
