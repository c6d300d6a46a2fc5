package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;

/** Where {@code bulk} writes its rows: a path that cannot take them is bad usage, found before any call to ARM. */
class BulkOutputTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";

    @RegisterExtension static final FakeArm fake = FakeArm.start();
    static final ApiFactory THROUGH_FAKE = ThroughFake.api(() -> fake);

    @TempDir Path dir;
    Path input;

    @BeforeEach
    void azureAndInput() throws IOException {
        ThroughFake.healthy(fake, SUB, CUST);
        input = Files.writeString(dir.resolve("in.csv"), "customerSubscriptionId\n" + CUST + "\n");
    }

    CliRun bulk(String... extra) {
        List<String> args = new ArrayList<>(List.of("bulk", "--subscription", SUB, "--registration", "reg1", "--input", input.toString(),
                "--arm-endpoint", fake.endpoint().toString(), "--auth", "azure-cli", "--lang", "en"));
        args.addAll(Arrays.asList(extra));
        return CliRun.with(THROUGH_FAKE, args.toArray(String[]::new));
    }

    /** Exit 2, one sentence that names the path, nothing asked of ARM, no stack trace. */
    void refused(CliRun r, Path output, String why) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(output.toString()).contains(why).doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(fake.requests()).as("no call to ARM").isEmpty();
    }

    @Test
    void aMissingFolderIsBadUsage() {
        Path output = dir.resolve("no-such-folder").resolve("out.csv");
        refused(bulk("--output", output.toString()), output, "does not exist");
        assertThat(output.getParent()).doesNotExist();
    }

    @Test
    void aFolderIsBadUsage() {
        refused(bulk("--output", dir.toString()), dir, "is a folder");
    }

    @Test
    void aFileWhereAFolderShouldBeIsBadUsage() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Path output = file.resolve("out.csv");
        refused(bulk("--output", output.toString()), output, "is not a folder");
    }

    @Test
    void anUnwritablePlaceIsBadUsage() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        Path output = locked.resolve("out.csv");
        if (Files.isWritable(locked)) output = Path.of("/sys", "azscsp-bulk-out.csv");   // root writes anywhere but in sysfs
        try (OutputStream o = Files.newOutputStream(output)) {
            Assumptions.abort("this user can write " + output);
        } catch (AccessDeniedException expected) {
            // as it should be
        } catch (IOException e) {
            Assumptions.abort("no unwritable place to try here: " + e);
        }
        refused(bulk("--output", output.toString()), output, "permission");
    }

    @Test
    void inFrenchToo() {
        Path output = dir.resolve("absent").resolve("out.csv");
        CliRun r = bulk("--output", output.toString(), "--lang", "fr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(output.toString()).contains("n’existe pas");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aGoodPathGetsTheRows() throws IOException {
        Path output = dir.resolve("out.csv");
        CliRun r = bulk("--output", output.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(output, StandardCharsets.UTF_8)).hasSize(2);
    }
}
