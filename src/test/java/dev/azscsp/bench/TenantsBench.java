package dev.azscsp.bench;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.bulk.BulkRunner;
import dev.azscsp.diagnosis.bulk.CsvInput;
import dev.azscsp.diagnosis.tenants.Reconciliation;
import dev.azscsp.diagnosis.tenants.Reconciliation.Group;
import dev.azscsp.diagnosis.tenants.TenantListing;
import dev.azscsp.diagnosis.tenants.TenantsReader;

/**
 * The tenant listing and its reconciliation: a registration with {@code bench.mappings} mappings (pages of 100) and
 * an expected list of {@code bench.expected} lines, FakeArm answering every call after 100 ms, through the real adapter
 * with the default concurrency and rate limits. Times the whole thing (list, a read of every mapped customer
 * subscription, reconciliation, file read included): the JVM's first run, then the median of three more.
 * Run: bench/tenants.sh
 */
class TenantsBench {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final int MAPPINGS = Integer.getInteger("bench.mappings", 200);
    static final int EXPECTED = Integer.getInteger("bench.expected", 250);
    static final long DELAY_MS = Long.getLong("bench.delayMs", 100);

    static String cust(int i) { return String.format("%08x-1111-4000-8000-%012x", i, i); }
    static String tenant(int i) { return String.format("%08x-2222-4000-8000-%012x", i, i); }

    @Test
    void measure() throws Exception {
        try (FakeArm fake = FakeArm.start()) {
            fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
            FakeRegistration reg = fake.addRegistration(SUB, "azurestack", "reg1");
            // Mapped: 0..MAPPINGS-1; expected: from 10 on, so 10 are mapped and not expected and the rest of the file is not mapped.
            for (int i = 0; i < MAPPINGS; i++) {
                fake.addSubscription(cust(i)).tenantId(tenant(i));
                reg.addCustomerSubscription(cust(i), i % 50 == 7 ? tenant(i + 1000) : tenant(i));
            }
            StringBuilder csv = new StringBuilder("customerSubscriptionId,customerTenantId,label\n");
            for (int i = 10; i < 10 + EXPECTED; i++) csv.append(cust(i)).append(',').append(tenant(i)).append(",Customer ").append(i).append('\n');
            fake.pageSize(100);
            Fault every = Fault.delay(Duration.ofMillis(DELAY_MS)).on(".*").always();
            fake.inject(every);
            RegistrationApi api = fake.connect();
            ExecutorService pool = Executors.newCachedThreadPool();
            try {
                List<Run> runs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    fake.clearRequests();
                    int before = every.fired();
                    long t0 = System.nanoTime();
                    List<BulkRow> expected = CsvInput.read(new StringReader(csv.toString()));
                    TenantListing listing = new TenantsReader(api, pool, TenantsReader.DEFAULT_CONCURRENCY, BulkRunner.DEFAULT_CALLS_PER_SECOND)
                            .read(reg.ref(), Set.of(), Set.of(), true, TenantsReader.Listener.NONE);
                    Reconciliation r = Reconciliation.of(listing, expected);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    runs.add(new Run(ms, every.fired() - before, listing.mappings().size(), listing.details().size(), r));
                }
                long[] warm = runs.subList(1, 4).stream().mapToLong(Run::ms).toArray();
                Run first = runs.get(0);
                Reconciliation r = first.reconciliation();
                long median = BenchReport.median(warm);
                String body = "# Tenants: " + MAPPINGS + " mappings, " + EXPECTED + " expected lines, " + DELAY_MS + " ms per ARM call\n\n"
                        + "| run | time | ARM calls | mappings listed | customer subscriptions read |\n|---|---|---|---|---|\n"
                        + first.line("first in the JVM (cold)") + runs.get(1).line("second") + runs.get(2).line("third") + runs.get(3).line("fourth")
                        + "\nGroups: " + r.count(Group.MAPPED_AND_EXPECTED) + " mapped and expected, " + r.count(Group.EXPECTED_NOT_MAPPED)
                        + " expected but not mapped, " + r.count(Group.MAPPED_NOT_EXPECTED) + " mapped but not expected, "
                        + r.count(Group.MAPPED_DIFFERENTLY) + " mapped with another tenant.\n\n"
                        + "Target: under 5 s. Cold run " + String.format("%.1f s", first.ms() / 1000.0) + ", warm median "
                        + String.format("%.1f s", median / 1000.0) + ": " + (Math.max(first.ms(), median) < 5000 ? "met" : "NOT met")
                        + ". The floor at " + TenantsReader.DEFAULT_CONCURRENCY + " calls at a time is "
                        + String.format("%.1f s", (Math.ceil(MAPPINGS / 100.0) + Math.ceil(MAPPINGS / (double) TenantsReader.DEFAULT_CONCURRENCY)) * DELAY_MS / 1000.0)
                        + " (the list's pages one after another, then the reads eight at a time).\n";
                BenchReport.write("tenants", body);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    record Run(long ms, int calls, int listed, int read, Reconciliation reconciliation) {
        String line(String name) {
            return "| " + name + " | " + String.format("%.2f s", ms / 1000.0) + " | " + calls + " | " + listed + " | " + read + " |\n";
        }
    }
}
