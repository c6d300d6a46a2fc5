package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;

/**
 * Every row of {@code bulk --output FILE} reaches the file in one write, so a run killed at any moment leaves only
 * whole rows. Rows longer than any usual buffer (a long label) are the case that splits.
 */
class BulkWholeRowsTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final int ROWS = 40;
    /** Longer than the 8 KiB buffers of a buffered writer and of its encoder. */
    static final String LONG_LABEL = "é".repeat(6000);

    @RegisterExtension static final FakeArm fake = FakeArm.start();
    static final ApiFactory THROUGH_FAKE = ThroughFake.api(() -> fake);

    @TempDir Path dir;

    static String cust(int i) { return String.format("%08x-3333-4000-8000-%012x", i, i); }

    @BeforeEach
    void azure() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        FakeRegistration reg = fake.addRegistration(SUB, "azurestack", "reg1");
        for (int i = 0; i < ROWS; i++) {
            fake.addSubscription(cust(i));
            if (i % 3 != 0) reg.addCustomerSubscription(cust(i), null);
        }
    }

    Path input(int rows) throws Exception {
        StringBuilder b = new StringBuilder("customerSubscriptionId,label\n");
        for (int i = 0; i < rows; i++) b.append(cust(i % ROWS)).append(',').append(i % 2 == 0 ? LONG_LABEL : "row " + i).append('\n');
        b.append("not-a-guid,").append(LONG_LABEL).append('\n');
        return Files.writeString(dir.resolve("in.csv"), b.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json"})
    void eachRowIsOneWriteToTheFile(String format) throws Exception {
        Path input = input(ROWS);
        Path output = dir.resolve("out." + format);
        Path jfr = dir.resolve("writes.jfr");
        int code;
        StringWriter err = new StringWriter();
        try (Recording rec = new Recording()) {
            rec.enable("jdk.FileWrite").withThreshold(Duration.ZERO).withoutStackTrace();
            rec.start();
            code = Cli.execute(new String[] {"bulk", "--subscription", SUB, "--registration", "reg1", "--input", input.toString(),
                    "--output", output.toString(), "--format", format, "--arm-endpoint", fake.endpoint().toString(), "--auth", "azure-cli",
                    "--lang", "en"}, new PrintWriter(new StringWriter()), new PrintWriter(err), THROUGH_FAKE);
            rec.stop();
            rec.dump(jfr);
        }
        assertThat(code).as(err.toString()).isEqualTo(1);
        List<Long> writes = RecordingFile.readAllEvents(jfr).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.FileWrite"))
                .filter(e -> output.toString().equals(e.getString("path")))
                .map(e -> e.getLong("bytesWritten")).collect(Collectors.toList());
        List<Long> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .map(l -> (long) l.getBytes(StandardCharsets.UTF_8).length + 1).collect(Collectors.toList());
        assertThat(lines).hasSize(ROWS + 1 + (format.equals("csv") ? 1 : 0));
        assertThat(lines).anySatisfy(n -> assertThat(n).isGreaterThan(9000));
        // One write per line of the file, each exactly that line with its line end.
        assertThat(writes).containsExactlyInAnyOrderElementsOf(lines);
    }

    /** The run as a user starts it, killed without warning midway: what is in the file is whole rows. */
    @ParameterizedTest
    @ValueSource(strings = {"csv", "json"})
    @DisabledOnOs(OS.WINDOWS)
    void aRunKilledMidwayLeavesOnlyWholeRows(String format) throws Exception {
        fake.inject(Fault.delay(Duration.ofMillis(40)).on("/subscriptions/[0-9a-f]{8}-3333-").always());
        Path input = input(2000);
        Path output = dir.resolve("out." + format);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.copy(Path.of("bench", "fake-az"), bin.resolve("az"));
        Files.setPosixFilePermissions(bin.resolve("az"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path trust = dir.resolve("trust.p12");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("fake-arm", fake.certificate().certificate());
        try (OutputStream o = Files.newOutputStream(trust)) {
            ks.store(o, "changeit".toCharArray());
        }
        String appClassPath = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> !p.endsWith("test-classes")).collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dazscsp.home=" + dir.resolve("home"), "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=changeit",
                "-cp", appClassPath, "dev.azscsp.Main", "bulk", "--subscription", SUB, "--registration", "reg1",
                "--input", input.toString(), "--output", output.toString(), "--format", format,
                "--arm-endpoint", fake.endpoint().toString(), "--auth", "azure-cli", "--lang", "en"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile());
        pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (rowsIn(output) < 30 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
            assertThat(p.isAlive()).as("still running when killed: " + Files.readString(dir.resolve("console.txt"))).isTrue();
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        byte[] bytes = Files.readAllBytes(output);
        assertThat(bytes).isNotEmpty();
        assertThat(bytes[bytes.length - 1]).as("the file ends with a whole row").isEqualTo((byte) '\n');
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines.size()).isLessThan(2000);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines.subList(format.equals("csv") ? 1 : 0, lines.size())) {
            if (format.equals("json")) {
                JsonNode n = json.readTree(line);
                assertThat(n.path("status").asText()).isIn("ok", "problem", "incomplete", "invalid");
            } else {
                assertThat(line).matches("[0-9]+,[^,]*,,[^,]*,(ok|problem|incomplete|invalid),.*");
            }
        }
    }

    static long rowsIn(Path file) throws Exception {
        if (!Files.exists(file)) return 0;
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }
}
