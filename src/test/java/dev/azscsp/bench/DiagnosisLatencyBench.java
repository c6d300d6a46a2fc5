package dev.azscsp.bench;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.Outcome;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;

/**
 * Diagnosis latency: from "run" to the result, through the real adapter against FakeArm with 150 ms added to every
 * call, the client already built and warmed up (as the window does in the background). Compared with the critical
 * path: the longest chain of dependent calls times 150 ms. Run: bench/latency.sh
 */
class DiagnosisLatencyBench {
    static final Duration PER_CALL = Duration.ofMillis(150);
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final int RUNS = 15;

    @Test
    void measure() throws Exception {
        try (FakeArm fake = FakeArm.start()) {
            fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
            fake.addSubscription(CUST);
            fake.addRegistration(SUB, "azurestack", "reg1").addCustomerSubscription(CUST, null);
            fake.inject(Fault.delay(PER_CALL).on(".*").always());
            RegistrationApi api = fake.connect();
            Diagnostician diag = Diagnostician.standard(api, Duration.ofSeconds(30));
            RawInput in = new RawInput(SUB, "azurestack", "reg1", CUST, null, null, Intent.VERIFY);

            for (int i = 0; i < 3; i++) diag.run(InputRules.check(in), null);   // warm-up, as the window does at start
            fake.clearRequests();
            long[] ms = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                Diagnosis d = diag.run(InputRules.check(in), null);
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
                if (d.outcome() != Outcome.OK) throw new AssertionError(d);
                if (Boolean.getBoolean("bench.verbose")) {
                    System.out.println(ms[i] + " ms: " + d.checks().stream().map(c -> c.id().key() + "=" + c.duration().toMillis()).toList());
                }
            }
            int callsPerRun = fake.requests().size() / RUNS;
            // Sign-in reads a cached token (no ARM call); then every ARM call of a healthy run is independent.
            int chain = 1;
            long critical = chain * PER_CALL.toMillis();
            long median = BenchReport.median(ms);
            BenchReport.write("latency", "# Diagnosis latency through the real adapter, 150 ms per ARM call\n\n"
                    + "| calls per run | critical path | median of " + RUNS + " runs | ratio | target |\n|---|---|---|---|---|\n"
                    + "| " + callsPerRun + " | " + chain + " call = " + critical + " ms | " + median + " ms | "
                    + String.format("%.2f", (double) median / critical) + " | ≤ 1.30 |\n\n"
                    + "Sum of the calls if made one after another: " + callsPerRun * PER_CALL.toMillis() + " ms.\n"
                    + "Samples (ms): " + java.util.Arrays.toString(ms) + "\n");
            List.of(ms).size();
        }
    }
}
