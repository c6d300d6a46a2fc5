package dev.azscsp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.azscsp.cli.Cli;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.bulk.CsvInput;
import dev.azscsp.diagnosis.tenants.CustomerDetails;
import dev.azscsp.diagnosis.tenants.PlanApplier;
import dev.azscsp.diagnosis.tenants.Reconciliation;
import dev.azscsp.diagnosis.tenants.Reconciliation.Group;
import dev.azscsp.diagnosis.tenants.TenantListing;
import dev.azscsp.diagnosis.tenants.TenantPlan;
import dev.azscsp.diagnosis.tenants.TenantsReader;
import dev.azscsp.diagnosis.tenants.WritePacer;

/** The demo's multi-tenant registration and its expected-customers file: the whole listing without an account. */
class TenantsDemoTest {

    @Test
    void theDemoFileReconcilesIntoEveryGroupWithATenantExpectedTwice() throws Exception {
        SimulatedAzure azure = new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO);
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            List<BulkRow> expected = CsvInput.read(TenantsDemo.expectedCustomers());
            TenantListing listing = new TenantsReader(azure, pool, 8, 1000).read(TenantsDemo.REF, Set.of(), Set.of(), true,
                    TenantsReader.Listener.NONE);
            Reconciliation r = Reconciliation.of(listing, expected);

            assertThat(listing.mappings()).hasSize(37);
            assertThat(r.count(Group.MAPPED_AND_EXPECTED)).isEqualTo(30);
            assertThat(r.count(Group.EXPECTED_NOT_MAPPED)).isEqualTo(4);
            assertThat(r.count(Group.MAPPED_NOT_EXPECTED)).isEqualTo(4);
            assertThat(r.count(Group.MAPPED_DIFFERENTLY)).isEqualTo(3);
            assertThat(r.sharedTenants()).hasSize(1);
            assertThat(r.unusable()).isEmpty();
            assertThat(listing.details().values()).extracting(CustomerDetails::offer)
                    .contains(CustomerDetails.Offer.CSP, CustomerDetails.Offer.NOT_CSP, CustomerDetails.Offer.NOT_READABLE);
            assertThat(azure.writes()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPlanAppliedOnTheDemoChangesItsRegistrationInMemory() throws Exception {
        SimulatedAzure azure = new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO);
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            List<BulkRow> expected = CsvInput.read(TenantsDemo.expectedCustomers());
            TenantsReader reader = new TenantsReader(azure, pool, 8, 1000);
            Reconciliation before = Reconciliation.of(reader.read(TenantsDemo.REF, Set.of(), Set.of(), false, TenantsReader.Listener.NONE), expected);
            TenantPlan plan = TenantPlan.of(before, Set.of(), true);
            assertThat(plan.adds()).isEqualTo(5);
            assertThat(plan.removes()).isEqualTo(4);
            assertThat(plan.leftOut()).as("the tenant expected twice, the id mapped in upper case").hasSize(2);

            PlanApplier.Result result = new PlanApplier(azure, new WritePacer()).apply(plan, PlanApplier.Listener.NONE);

            assertThat(result.count(PlanApplier.Outcome.DONE)).isEqualTo(9);
            assertThat(azure.writes()).hasSize(9).filteredOn(w -> w.startsWith("DELETE ")).hasSize(4);
            Reconciliation after = Reconciliation.of(reader.read(TenantsDemo.REF, Set.of(), Set.of(), false, TenantsReader.Listener.NONE), expected);
            assertThat(after.count(Group.MAPPED_AND_EXPECTED)).isEqualTo(35);
            assertThat(after.count(Group.MAPPED_NOT_EXPECTED)).isZero();
            assertThat(after.count(Group.EXPECTED_NOT_MAPPED)).isEqualTo(1);
            assertThat(after.count(Group.MAPPED_DIFFERENTLY)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCommandRunsOnTheDemoWithoutAnyValueTyped() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Cli.execute(new String[] {"tenants", "--auth", "demo", "--expected-demo", "--format", "json"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(1);
        JsonNode counts = new ObjectMapper().readTree(out.toString()).get("reconciliation").get("counts");
        assertThat(counts.get("mapped-and-expected").asInt()).isEqualTo(30);
        assertThat(counts.get("mapped-differently").asInt()).isEqualTo(3);
    }

    @Test
    void theDemoFileIsRefusedWithARealSignIn() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Cli.execute(new String[] {"tenants", "--subscription", TenantsDemo.SUBSCRIPTION, "--registration", "r",
                "--expected-demo", "--auth", "azure-cli"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--expected-demo goes with --auth demo");
    }
}
