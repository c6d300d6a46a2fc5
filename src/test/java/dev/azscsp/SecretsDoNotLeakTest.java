package dev.azscsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeTokens;

/**
 * Signs in with a recognizable token and a recognizable client secret, runs the command line as a user would (a
 * separate process with the shipped logging set-up, the Azure CLI sign-in through an {@code az} on the PATH, the
 * fake ARM's certificate trusted the standard Java way), and scans everything it wrote: standard output and error,
 * report files and the log folder. Neither secret may appear anywhere.
 */
@DisabledOnOs(OS.WINDOWS)
class SecretsDoNotLeakTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String SECRET = "CANARY-CLIENT-SECRET-7Q2x";
    static final String TOKEN = FakeTokens.jwt(Map.of("upn", "admin@contoso.example", "tid", "6a3c2f0e-1b7d-4c9a-8e55-2d1f0b9c7a10",
            "canary", "CANARY-TOKEN-3f9Zp"));

    @RegisterExtension static final FakeArm fake = FakeArm.start();

    @BeforeAll
    static void azure() {
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        fake.addSubscription(CUST);
        fake.addRegistration(SUB, "azurestack", "reg1");
    }

    /** The run-time class path of this JVM without the test classes (so the shipped logging set-up applies, not logback-test.xml). */
    static String appClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> !p.endsWith("test-classes")).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    record Run(int code, String out, String err) {}

    static Run cli(Path home, Path bin, Path trust, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dazscsp.home=" + home, "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=changeit",
                "-cp", appClassPath(), "dev.azscsp.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void neitherTheTokenNorTheSecretAppearsInAnythingWritten(@TempDir Path home) throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path az = bin.resolve("az");
        // What `az account get-access-token --output json` prints.
        Files.writeString(az, "#!/bin/sh\ncat <<'JSON'\n{\"accessToken\": \"" + TOKEN + "\", \"expiresOn\": \"2099-01-01 00:00:00.000000\","
                + " \"expires_on\": 4070908800, \"subscription\": \"" + SUB + "\", \"tenant\": \"6a3c2f0e-1b7d-4c9a-8e55-2d1f0b9c7a10\","
                + " \"tokenType\": \"Bearer\"}\nJSON\n");
        Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path trust = home.resolve("trust.p12");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("fake-arm", fake.certificate().certificate());
        try (OutputStream o = Files.newOutputStream(trust)) {
            ks.store(o, "changeit".toCharArray());
        }
        String arm = fake.endpoint().toString();
        Map<String, String> env = Map.of("AZURE_CLIENT_SECRET", SECRET);
        List<Run> runs = new ArrayList<>();

        // The Azure CLI sign-in against the fake ARM, in every output format, and an add.
        for (String format : List.of("text", "markdown", "json")) {
            runs.add(cli(home, bin, trust, env, "diagnose", "--auth", "azure-cli", "--arm-endpoint", arm, "--subscription", SUB,
                    "--registration", "reg1", "--customer-subscription", CUST, "--format", format, "--verbose"));
        }
        runs.add(cli(home, bin, trust, env, "diagnose", "--auth", "azure-cli", "--arm-endpoint", arm, "--subscription", SUB,
                "--registration", "reg1", "--customer-subscription", CUST, "--add", "--yes", "--verbose"));
        Path csv = home.resolve("in.csv");
        Files.writeString(csv, "customerSubscriptionId\n" + CUST + "\nnot-a-guid\n");
        runs.add(cli(home, bin, trust, env, "bulk", "--auth", "azure-cli", "--arm-endpoint", arm, "--subscription", SUB,
                "--registration", "reg1", "--input", csv.toString(), "--output", home.resolve("out.csv").toString(), "--verbose"));
        // A service principal with a secret whose sign-in cannot reach its authority: the failure path.
        runs.add(cli(home, bin, trust, env, "diagnose", "--auth", "service-principal", "--tenant", "6a3c2f0e-1b7d-4c9a-8e55-2d1f0b9c7a10",
                "--client-id", "11111111-2222-4333-8444-555555555555", "--arm-endpoint", arm, "--authority-host", "https://127.0.0.1:9/",
                "--subscription", SUB, "--registration", "reg1", "--customer-subscription", CUST, "--timeout", "20", "--verbose"));

        assertThat(runs.get(0).code()).as(runs.get(0).err()).isIn(0, 1);
        assertThat(runs.get(3).code()).as(runs.get(3).err()).isZero();
        assertThat(fake.writes()).hasSize(1);
        assertThat(fake.requests()).anySatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN));
        assertThat(runs.get(5).code()).as(runs.get(5).out() + runs.get(5).err()).isEqualTo(3);

        String everything = runs.stream().map(r -> r.out() + r.err()).collect(Collectors.joining("\n")) + filesUnder(home);
        assertThat(everything).contains("Diagnosis of");    // the log file was written...
        assertThat(everything).doesNotContain(SECRET).doesNotContain(TOKEN).doesNotContain("CANARY-TOKEN")
                .doesNotContain(TOKEN.substring(TOKEN.indexOf('.') + 1, TOKEN.lastIndexOf('.')));   // ...but no secret did
    }

    /** Every file the runs left (logs, reports), except the fake az script that holds the token by design. */
    static String filesUnder(Path home) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().equals("az") || f.getFileName().toString().endsWith(".p12")) continue;
                all.append('\n').append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
