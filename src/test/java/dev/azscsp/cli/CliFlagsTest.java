package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;

/**
 * Hostile or contradictory command-line flags: each is refused before anything reaches Azure, with a sentence
 * that says what is wrong, and nothing is written unless the write was confirmed. Runs against FakeArm, the local
 * HTTPS ARM, so "nothing reached Azure" is what the fake saw.
 */
class CliFlagsTest {
    static final String SUB = DiagnoseArmTest.SUB;
    static final String RG = DiagnoseArmTest.RG;
    static final String REG = DiagnoseArmTest.REG;
    static final String CLOUD = DiagnoseArmTest.CLOUD;
    static final String CUST = DiagnoseArmTest.CUST;
    static final String TENANT = DiagnoseArmTest.TENANT;

    @RegisterExtension static final FakeArm fake = FakeArm.start();
    /** How many times the command line asked for a client to Azure (before any call, a connection is prepared). */
    final AtomicInteger connects = new AtomicInteger();
    final ApiFactory throughFake = (connection, deviceCode) -> {
        connects.incrementAndGet();
        return ThroughFake.api(() -> fake).connect(connection, deviceCode);
    };

    @BeforeEach
    void healthyAzure() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        fake.addSubscription(CUST).tenantId(TENANT);
        fake.addRegistration(SUB, RG, REG).cloudId(CLOUD);
    }

    /** diagnose with the registration's values, against {@code endpoint}, plus {@code extra}. */
    CliRun diagnoseAt(String endpoint, String... extra) {
        List<String> args = new ArrayList<>(List.of("diagnose", "--subscription", SUB, "--resource-group", RG, "--registration", REG,
                "--customer-subscription", CUST, "--customer-tenant", TENANT, "--cloud-id", CLOUD,
                "--arm-endpoint", endpoint, "--auth", "azure-cli", "--format", "json", "--lang", "en", "--timeout", "10"));
        args.addAll(Arrays.asList(extra));
        return CliRun.with(throughFake, args.toArray(String[]::new));
    }

    CliRun diagnose(String... extra) {
        return diagnoseAt(fake.endpoint().toString(), extra);
    }

    /** https://127.0.0.1:PORT, without the trailing slash. */
    static String origin() {
        String e = fake.endpoint().toString();
        return e.substring(0, e.length() - 1);
    }

    // ---- --arm-endpoint

    @ParameterizedTest
    @ValueSource(strings = {"/foo", "/foo/", "/?x=1", "?x=1", "#f", "/#f", "/subscriptions"})
    void anArmEndpointWithAPathQueryOrFragmentIsRefusedBeforeAnyCall(String suffix) {
        CliRun r = diagnoseAt(origin() + suffix);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--arm-endpoint").containsIgnoringCase("path").contains(origin() + suffix);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(connects).hasValue(0);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void anArmEndpointWithUserInfoIsRefused() {
        CliRun r = diagnoseAt(origin().replace("https://", "https://user:pw@"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--arm-endpoint");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void anArmEndpointInCapitalsOrWithATrailingSlashIsAccepted() throws Exception {
        fake.registration(SUB, RG, REG).addCustomerSubscription(CUST, TENANT);
        for (String endpoint : List.of(origin().replace("https://", "HTTPS://"), origin() + "/", origin())) {
            fake.clearRequests();
            CliRun r = diagnoseAt(endpoint);
            assertThat(r.exitCode()).as(endpoint + ": " + r.err()).isZero();
            assertThat(new ObjectMapper().readTree(r.out()).get("outcome").asText()).isEqualTo("ok");
            assertThat(fake.requests()).as(endpoint).isNotEmpty()
                    .allSatisfy(q -> assertThat(q.path()).startsWith("/subscriptions/"));
        }
    }

    @Test
    void aPlainHttpOrMalformedArmEndpointIsRefused() {
        for (String endpoint : List.of("http://127.0.0.1:1", "https://", "https:///path", "not a url", "ftp://example.com")) {
            CliRun r = diagnoseAt(endpoint);
            assertThat(r.exitCode()).as(endpoint).isEqualTo(2);
            assertThat(r.err()).as(endpoint).contains("--arm-endpoint", "https://");
        }
        assertThat(connects).hasValue(0);
    }

    // ---- --certificate

    CliRun servicePrincipalWith(Path certificate) {
        return diagnose("--auth", "service-principal", "--tenant", TENANT, "--client-id", "0a1b2c3d-0000-4000-8000-00000000abcd",
                "--certificate", certificate.toString());
    }

    @Test
    void aMissingCertificateIsAnInputErrorNamingThePath(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-sp.pem");
        CliRun r = servicePrincipalWith(missing);
        assertThat(r.exitCode()).as(r.err() + r.out()).isEqualTo(2);
        assertThat(r.err()).contains("--certificate", missing.toString(), "not found");
        assertThat(connects).as("refused before a client is made").hasValue(0);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aFolderGivenAsTheCertificateIsAnInputError(@TempDir Path dir) {
        CliRun r = servicePrincipalWith(dir);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--certificate", dir.toString(), "folder");
        assertThat(connects).hasValue(0);
    }

    @Test
    void anUnreadableCertificateIsAnInputError(@TempDir Path dir) throws Exception {
        Path pem = Files.writeString(dir.resolve("sp.pem"), "-----BEGIN CERTIFICATE-----\n");
        Assumptions.assumeTrue(pem.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(pem, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(pem), "running as a user who reads every file (root)");
        CliRun r = servicePrincipalWith(pem);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--certificate", pem.toString(), "cannot be read");
        assertThat(connects).hasValue(0);
    }

    // ---- --add without --yes, no terminal

    @Test
    void addWithoutYesAndNoTerminalWritesNothingAndIsNotOk() throws Exception {
        CliRun r = diagnose("--add");
        assertThat(r.exitCode()).as(r.out()).isEqualTo(DiagnoseCommand.NOT_CONFIRMED).isNotZero();
        assertThat(r.err()).contains("not confirmed", "nothing was written", "--yes");
        assertThat(new ObjectMapper().readTree(r.out()).get("outcome").asText()).isNotEqualTo("ok");
        assertThat(fake.writes()).isEmpty();
        assertThat(fake.requests()).noneMatch(q -> q.method().equals("PUT"));
    }

    @Test
    void addWithoutYesSaysSoInTheTextReportToo() {
        CliRun r = diagnose("--add", "--format", "text");
        assertThat(r.exitCode()).isEqualTo(DiagnoseCommand.NOT_CONFIRMED);
        assertThat(r.out()).doesNotStartWith("No problem found").startsWith("Nothing was written");
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void theNotConfirmedExitCodeIsDocumentedInTheHelp() {
        CliRun r = CliRun.of("diagnose", "--help");
        assertThat(r.out()).contains(DiagnoseCommand.NOT_CONFIRMED + " --add was not confirmed");
    }

    // ---- --before-add with --add

    @Test
    void beforeAddWithAddIsRefused() {
        CliRun r = diagnose("--before-add", "--add", "--yes");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--before-add", "--add", "never writes");
        assertThat(connects).hasValue(0);
        assertThat(fake.requests()).isEmpty();
    }
}
