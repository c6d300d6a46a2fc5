package dev.azscsp.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Fault;

/**
 * FakeArm as a separate process for benchmarks of fresh app processes: a healthy registration with one mapped
 * customer subscription. Writes a trust store holding the fake's certificate, prints {@code PORT=<port>}, and serves
 * until its standard input closes.  Arguments: TRUSTSTORE_PATH [DELAY_MS]
 */
public final class FakeArmServer {
    public static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    public static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";

    private FakeArmServer() {}

    public static void main(String[] args) throws Exception {
        try (FakeArm fake = FakeArm.start()) {
            fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
            fake.addSubscription(CUST);
            fake.addRegistration(SUB, "azurestack", "reg1").addCustomerSubscription(CUST, null);
            if (args.length > 1) fake.inject(Fault.delay(Duration.ofMillis(Long.parseLong(args[1]))).on(".*").always());
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
        }
    }
}
