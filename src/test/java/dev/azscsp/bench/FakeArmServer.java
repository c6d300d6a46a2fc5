package dev.azscsp.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;

/**
 * FakeArm as a separate process for benchmarks of fresh app processes: a healthy registration with one mapped
 * customer subscription, and optionally many more customers (each a CSP subscription in its own tenant, all mapped
 * but one in {@value #UNMAPPED_EVERY}, listed in pages as ARM does). Writes a trust store holding the fake's
 * certificate, prints {@code PORT=<port>}, and serves until its standard input closes; then prints
 * {@code REQUESTS=<n>} and {@code CPU_MS=<its own CPU time>}.
 * Arguments: TRUSTSTORE_PATH [DELAY_MS [CUSTOMERS [PAGE_SIZE]]]
 */
public final class FakeArmServer {
    public static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    public static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    /** Among the many customers, customer i is left unmapped when i is a multiple of this. */
    public static final int UNMAPPED_EVERY = 100;

    private FakeArmServer() {}

    /** The i-th of the many customers' subscription id, and its tenant. */
    public static String cust(int i) { return String.format("%08x-1111-4000-8000-%012x", i, i); }
    public static String tenant(int i) { return String.format("%08x-2222-4000-8000-%012x", i, i); }

    public static void main(String[] args) throws Exception {
        long delayMs = args.length > 1 ? Long.parseLong(args[1]) : 0;
        int customers = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int pageSize = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        try (FakeArm fake = FakeArm.start()) {
            fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
            fake.addSubscription(CUST);
            FakeRegistration reg = fake.addRegistration(SUB, "azurestack", "reg1").addCustomerSubscription(CUST, null);
            for (int i = 0; i < customers; i++) {
                fake.addSubscription(cust(i)).tenantId(tenant(i));
                if (i % UNMAPPED_EVERY != 0) reg.addCustomerSubscription(cust(i), tenant(i));
            }
            fake.pageSize(pageSize);
            // Always present, so it counts every request; waits only when asked to.
            Fault every = Fault.delay(Duration.ofMillis(delayMs)).on(".*").always();
            fake.inject(every);
            // The fake's own log of requests is not needed here and would grow with every call of a long run.
            ScheduledExecutorService forget = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "forget-requests");
                t.setDaemon(true);
                return t;
            });
            forget.scheduleWithFixedDelay(fake::clearRequests, 1, 1, TimeUnit.SECONDS);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setCertificateEntry("fake-arm", fake.certificate().certificate());
            try (OutputStream o = Files.newOutputStream(Path.of(args[0]))) {
                ks.store(o, "changeit".toCharArray());
            }
            System.out.println("PORT=" + fake.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the benchmark closes our input
            }
            forget.shutdownNow();
            System.out.println("REQUESTS=" + every.fired());
            System.out.println("CPU_MS=" + ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1_000_000);
            System.out.flush();
        }
    }
}
