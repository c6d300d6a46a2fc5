package dev.azscsp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.azure.fake.RecordedRequest;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.bulk.BulkResult;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.bulk.BulkRunner;
import dev.azscsp.diagnosis.input.RawInput;

/**
 * Bulk: 500 customer subscriptions against FakeArm with 100 ms per call, through the real adapter, with the default
 * concurrency and rate limits, against the same rows one at a time. Counts the rows out and the requests per second
 * the fake saw per subscription. Run: bench/bulk.sh
 */
class BulkBench {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final int ROWS = Integer.getInteger("bench.rows", 500);

    static String cust(int i) {
        return String.format("%08x-1111-4000-8000-%012x", i, i);
    }

    @Test
    void measure() throws Exception {
        try (FakeArm fake = FakeArm.start()) {
            fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
            FakeRegistration reg = fake.addRegistration(SUB, "azurestack", "reg1");
            List<BulkRow> rows = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                fake.addSubscription(cust(i));
                if (i % 10 != 0) reg.addCustomerSubscription(cust(i), null);   // one in ten is not mapped
                rows.add(new BulkRow(i + 2, cust(i), null, "row " + i, null));
            }
            fake.inject(Fault.delay(Duration.ofMillis(100)).on(".*").always());
            RegistrationApi api = fake.connect();
            RawInput target = new RawInput(SUB, "azurestack", "reg1", null, null, null, Intent.VERIFY);

            Run concurrent = run(fake, new BulkRunner(api, BulkRunner.DEFAULT_CONCURRENCY, BulkRunner.DEFAULT_CALLS_PER_SECOND, Duration.ofSeconds(60)), target, rows);
            Run serial = run(fake, new BulkRunner(api, 1, BulkRunner.DEFAULT_CALLS_PER_SECOND, Duration.ofSeconds(60)), target, rows);

            BenchReport.write("bulk", "# Bulk: " + ROWS + " customer subscriptions, 100 ms per ARM call\n\n"
                    + "| run | time | rows out | requests | peak requests/s on one subscription | peak requests/s in all |\n"
                    + "|---|---|---|---|---|---|\n"
                    + concurrent.line("8 at a time (default)") + serial.line("one at a time")
                    + "\nSpeed-up: " + String.format("%.1f", (double) serial.ms / concurrent.ms) + "× (target ≥ 6×). ARM's "
                    + "subscription read bucket holds 250 and refills 25 per second: the busiest subscription saw at most "
                    + concurrent.peakPerSubscription + " requests in any second, "
                    + (concurrent.peakPerSubscription <= 25 ? "within" : "ABOVE") + " the sustained rate.\n");
        }
    }

    record Run(long ms, int rowsOut, int requests, int peakPerSubscription, int peakAll) {
        String line(String name) {
            return "| " + name + " | " + String.format("%.1f s", ms / 1000.0) + " | " + rowsOut + " | " + requests + " | "
                    + peakPerSubscription + " | " + peakAll + " |\n";
        }
    }

    static Run run(FakeArm fake, BulkRunner runner, RawInput target, List<BulkRow> rows) throws Exception {
        fake.clearRequests();
        ConcurrentLinkedQueue<BulkResult> out = new ConcurrentLinkedQueue<>();
        long t0 = System.nanoTime();
        runner.run(target, rows, Intent.VERIFY, out::add);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (out.size() != rows.size()) throw new AssertionError("rows lost: " + out.size() + " of " + rows.size());
        // Requests per second per subscription, from the order the fake saw them (its log is in arrival order).
        List<RecordedRequest> reqs = fake.requests();
        java.util.Map<String, Integer> window = new TreeMap<>();
        int peakSub = 0, peakAll = 0;
        long[] times = new long[reqs.size()];
        String[] subs = new String[reqs.size()];
        for (int i = 0; i < reqs.size(); i++) {
            times[i] = reqs.get(i).receivedNanos();
            String p = reqs.get(i).path();
            subs[i] = p.split("/").length > 2 ? p.split("/")[2] : "";
        }
        int lo = 0;
        for (int hi = 0; hi < times.length; hi++) {
            while (times[hi] - times[lo] >= 1_000_000_000L) {
                window.merge(subs[lo], -1, Integer::sum);
                lo++;
            }
            int n = window.merge(subs[hi], 1, Integer::sum);
            peakSub = Math.max(peakSub, n);
            peakAll = Math.max(peakAll, hi - lo + 1);
        }
        return new Run(ms, out.size(), reqs.size(), peakSub, peakAll);
    }
}
