package dev.azscsp.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Assumptions;
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
 * Bulk, two measures. {@link #measure}: 500 customer subscriptions against FakeArm with 100 ms per call, through the
 * real adapter, with the default concurrency and rate limits, against the same rows one at a time; counts the rows
 * out and the requests per second the fake saw per subscription. {@link #scale}: the {@code bulk} command as a user
 * runs it (a fresh JVM with a capped heap) on {@code bench.scaleRows} rows against a registration with as many mapped
 * customers, FakeArm in another process answering at once; wall time against the floor ARM's rates set, the app's CPU
 * per row and its peak memory. Run: bench/bulk.sh
 */
class BulkBench {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final int ROWS = Integer.getInteger("bench.rows", 500);
    /** With N > 0, the comparison runs again with a fault on one customer subscription in N. */
    static final int FAULT_EVERY = Integer.getInteger("bench.faultEvery", 0);

    static String cust(int i) {
        return String.format("%08x-1111-4000-8000-%012x", i, i);
    }

    @Test
    void measure() throws Exception {
        Assumptions.assumeTrue(ROWS > 0, "bench.rows=0: comparison skipped");
        String report = "# Bulk: " + ROWS + " customer subscriptions, 100 ms per ARM call\n\n" + compare(0);
        if (FAULT_EVERY > 0) {
            report += "\n## With a fault on one customer subscription in " + FAULT_EVERY + "\n\n"
                    + "Every read of those subscriptions fails, for good: half answer 500 (retried by the pipeline, then given "
                    + "up), half a 200 whose body is not JSON. Mapped or not, their rows cannot complete.\n\n" + compare(FAULT_EVERY);
        }
        BenchReport.write("bulk", report);
    }

    /** Both runs against a fresh fake; with {@code faultEvery} > 0, one customer subscription in that many fails. */
    static String compare(int faultEvery) throws Exception {
        try (FakeArm fake = FakeArm.start()) {
            fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
            FakeRegistration reg = fake.addRegistration(SUB, "azurestack", "reg1");
            List<BulkRow> rows = new ArrayList<>();
            int faulty = 0;
            for (int i = 0; i < ROWS; i++) {
                fake.addSubscription(cust(i));
                if (i % 10 != 0) reg.addCustomerSubscription(cust(i), null);   // one in ten is not mapped
                rows.add(new BulkRow(i + 2, cust(i), null, "row " + i, null));
                if (faultEvery > 0 && i % faultEvery == faultEvery / 2) {
                    String path = "^/subscriptions/" + cust(i) + "$";
                    fake.inject((faulty++ % 2 == 0 ? Fault.error(500, "InternalServerError", "Something went wrong.")
                            : Fault.body(200, "application/json", "{\"id\": <html>")).always().on(path));
                }
            }
            fake.inject(Fault.delay(Duration.ofMillis(100)).on(".*").always());
            RegistrationApi api = fake.connect();
            RawInput target = new RawInput(SUB, "azurestack", "reg1", null, null, null, Intent.VERIFY);

            Run concurrent = run(fake, new BulkRunner(api, BulkRunner.DEFAULT_CONCURRENCY, BulkRunner.DEFAULT_CALLS_PER_SECOND, Duration.ofSeconds(60)), target, rows);
            Run serial = run(fake, new BulkRunner(api, 1, BulkRunner.DEFAULT_CALLS_PER_SECOND, Duration.ofSeconds(60)), target, rows);

            return "| run | time | rows out | rows lost | incomplete rows | requests | peak requests/s on one subscription | peak requests/s in all |\n"
                    + "|---|---|---|---|---|---|---|---|\n"
                    + concurrent.line("8 at a time (default)") + serial.line("one at a time")
                    + "\nSpeed-up: " + String.format("%.1f", (double) serial.ms / concurrent.ms) + "× (target ≥ 6×). "
                    + (faultEvery > 0 ? faulty + " customer subscriptions fail; each of their rows is reported as incomplete, none is lost. " : "")
                    + "ARM's subscription read bucket holds 250 and refills 25 per second: the busiest subscription saw at most "
                    + concurrent.peakPerSubscription + " requests in any second, "
                    + (concurrent.peakPerSubscription <= 25 ? "within" : "ABOVE") + " the sustained rate.\n";
        }
    }

    record Run(long ms, int rowsOut, int rowsLost, long incomplete, int requests, int peakPerSubscription, int peakAll) {
        String line(String name) {
            return "| " + name + " | " + String.format("%.1f s", ms / 1000.0) + " | " + rowsOut + " | " + rowsLost + " | " + incomplete
                    + " | " + requests + " | " + peakPerSubscription + " | " + peakAll + " |\n";
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
        long incomplete = out.stream().filter(r -> r.status() == dev.azscsp.diagnosis.bulk.RowStatus.INCOMPLETE).count();
        int lost = rows.size() - (int) out.stream().map(r -> r.row().line()).distinct().count();
        return new Run(ms, out.size(), lost, incomplete, reqs.size(), peakSub, peakAll);
    }

    // ---------------------------------------------------------------- scale

    static final int SCALE_ROWS = Integer.getInteger("bench.scaleRows", 0);
    static final int PAGE_SIZE = Integer.getInteger("bench.pageSize", 1000);
    /** The heap caps to run with, one run each (e.g. "300m 128m"). */
    static final List<String> HEAPS = List.of(System.getProperty("bench.xmx", "300m 128m").trim().split("\\s+"));
    static final int CALLS_PER_SECOND = Integer.getInteger("bench.callsPerSecond", 1000);
    static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** One scale run's numbers. */
    record Scale(String xmx, long wallMs, double cpuSeconds, long rssMb, long heapAfterGcMb, long heapCommittedMb,
                 int requests, double fakeCpuSeconds, Map<String, Integer> statuses) {
        int unmapped() { return (SCALE_ROWS + FakeArmServer.UNMAPPED_EVERY - 1) / FakeArmServer.UNMAPPED_EVERY; }

        /**
         * The fastest ARM lets it go: every call within the run's ceiling, and the unmapped rows' GETs (on the
         * registration's subscription) within that subscription's bucket of 250 refilled at 25 per second.
         */
        double floorSeconds() {
            return Math.max(0, Math.max((requests - CALLS_PER_SECOND) / (double) CALLS_PER_SECOND, (unmapped() - 250) / 25.0));
        }

        double cpuPerRowMs() { return cpuSeconds * 1000 / SCALE_ROWS; }

        String line() {
            return String.format("| -Xmx%s | %d | %.1f s | %.1f s | %.1f s | %.2f ms | %d MB | %d MB (%d MB) | %d | %.1f s |%n", xmx,
                    SCALE_ROWS, wallMs / 1000.0, floorSeconds(), cpuSeconds, cpuPerRowMs(), rssMb, heapAfterGcMb, heapCommittedMb,
                    requests, fakeCpuSeconds);
        }
    }

    @Test
    void scale() throws Exception {
        Assumptions.assumeTrue(SCALE_ROWS > 0, "bench.scaleRows not set: scale run skipped");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "needs /usr/bin/time for the child's CPU time and peak RSS");
        Path work = Files.createTempDirectory("bulk-bench");
        Path input = work.resolve("in.csv");
        try (BufferedWriter w = Files.newBufferedWriter(input)) {
            w.write("customerSubscriptionId,customerTenantId,label\n");
            for (int i = 0; i < SCALE_ROWS; i++) w.write(FakeArmServer.cust(i) + "," + FakeArmServer.tenant(i) + ",row " + i + "\n");
        }
        List<Scale> runs = new ArrayList<>();
        for (String xmx : HEAPS) runs.add(scaleRun(work.resolve("xmx-" + xmx), input, xmx));

        Scale first = runs.get(0);
        StringBuilder table = new StringBuilder("| heap cap | rows | wall time | ARM-rate floor | app CPU (user + sys) | app CPU per row "
                + "| peak RSS | peak heap after GC (committed) | ARM requests | fake's CPU |\n|---|---|---|---|---|---|---|---|---|---|\n");
        runs.forEach(r -> table.append(r.line()));
        BenchReport.write("bulk-scale", "# Bulk at scale: " + SCALE_ROWS + " rows, the `bulk` command in a fresh JVM with a capped heap, "
                + "FakeArm in another process answering at once\n\n"
                + "The registration has " + (SCALE_ROWS - first.unmapped() + 1) + " mapped customer subscriptions, listed in pages of "
                + PAGE_SIZE + "; the input names " + SCALE_ROWS + " of its customers with their tenants (one in "
                + FakeArmServer.UNMAPPED_EVERY + " unmapped). --max-calls-per-second " + CALLS_PER_SECOND + ", concurrency 8 (default).\n\n"
                + table
                + "\nRows by status: " + first.statuses() + ". Peak RSS and CPU as /usr/bin/time measures the app's process; its CPU "
                + "includes the JVM's start, JIT and GC, and the machine's 2 cores are shared with the fake. The floor is the time "
                + "ARM's rates allow at this ceiling; at the default ceiling of " + BulkRunner.DEFAULT_CALLS_PER_SECOND
                + " calls per second the same rows take at least "
                + String.format("%.0f s", (double) first.requests() / BulkRunner.DEFAULT_CALLS_PER_SECOND) + ", and the app then needs about "
                + String.format("%.0f%%", first.cpuPerRowMs() * SCALE_ROWS / first.requests() * BulkRunner.DEFAULT_CALLS_PER_SECOND / 10)
                + " of one core.\n");
        try (java.util.stream.Stream<Path> files = Files.walk(work)) {   // inputs, outputs and logs of tens of MB
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** Starts a fresh fake, runs {@code bulk} in a JVM capped at {@code xmx}, and reads what it took. */
    static Scale scaleRun(Path work, Path input, String xmx) throws Exception {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.copy(Path.of("bench", "fake-az"), bin.resolve("az"));
        bin.resolve("az").toFile().setExecutable(true);
        Path trust = work.resolve("trust.p12");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String testCp = System.getProperty("java.class.path");
        // The app as shipped: without the test classes, so its own logging set-up applies (a size-capped file).
        String appCp = Arrays.stream(testCp.split(File.pathSeparator)).filter(p -> !p.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));

        Process fake = new ProcessBuilder(java, "-Xmx2g", "-cp", testCp, FakeArmServer.class.getName(), trust.toString(), "0",
                String.valueOf(SCALE_ROWS), String.valueOf(PAGE_SIZE)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader fakeOut = new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
        String first = fakeOut.readLine();
        if (first == null || !first.startsWith("PORT=")) throw new AssertionError("the fake did not start: " + first);

        Path output = work.resolve("out.csv");
        Path timing = work.resolve("time.txt");
        Path gc = work.resolve("gc.log");
        Path err = work.resolve("err.txt");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timing.toString(), java,
                "-Xmx" + xmx, "-Xlog:gc:file=" + gc, "-Dazscsp.home=" + work.resolve("home"),
                "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=changeit"));
        String extra = System.getProperty("bench.jvmArgs", "");   // e.g. a flight recording, to see where the time goes
        if (!extra.isBlank()) cmd.addAll(List.of(extra.trim().split("\\s+")));
        cmd.addAll(List.of("-cp", appCp, "dev.azscsp.Main", "bulk", "--auth", "azure-cli",
                "--arm-endpoint", "https://127.0.0.1:" + first.substring(5) + "/", "--subscription", SUB, "--registration", "reg1",
                "--input", input.toString(), "--output", output.toString(),
                "--max-calls-per-second", String.valueOf(CALLS_PER_SECOND), "--lang", "en"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        long t0 = System.nanoTime();
        Process app = pb.start();
        if (!app.waitFor(SCALE_ROWS / 20 + 600, TimeUnit.SECONDS)) {
            app.destroyForcibly();
            throw new AssertionError("bulk did not finish: " + Files.readString(err));
        }
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        fake.getOutputStream().close();
        Map<String, String> fakeSays = new TreeMap<>();
        for (String line; (line = fakeOut.readLine()) != null; ) {
            if (line.contains("=")) fakeSays.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        fake.waitFor(30, TimeUnit.SECONDS);

        List<String> timed = Files.readAllLines(timing);
        String[] t = timed.get(timed.size() - 1).trim().split(" ");
        long heapAfterGc = 0, heapCommitted = 0;
        for (String line : Files.readAllLines(gc)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                heapAfterGc = Math.max(heapAfterGc, Long.parseLong(m.group(2)));
                heapCommitted = Math.max(heapCommitted, Long.parseLong(m.group(3)));
            }
        }
        Map<String, Integer> statuses = new TreeMap<>();
        int lines = 0;
        try (BufferedReader r = Files.newBufferedReader(output)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; lines++) statuses.merge(line.split(",", 6)[4], 1, Integer::sum);
        }
        if (app.exitValue() > 1 || lines != SCALE_ROWS) {
            throw new AssertionError("-Xmx" + xmx + ": exit " + app.exitValue() + ", " + lines + " rows of " + SCALE_ROWS + ": "
                    + Files.readString(err));
        }
        return new Scale(xmx, wallMs, Double.parseDouble(t[1]) + Double.parseDouble(t[2]), Long.parseLong(t[3]) / 1024, heapAfterGc,
                heapCommitted, Integer.parseInt(fakeSays.getOrDefault("REQUESTS", "0")),
                Long.parseLong(fakeSays.getOrDefault("CPU_MS", "0")) / 1000.0, statuses);
    }
}
