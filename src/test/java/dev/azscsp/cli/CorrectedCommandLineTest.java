package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;

/**
 * When the checks found the fix, {@code diagnose} prints the command line to run next: the user's own arguments with
 * the found values in place, quoted as the card commands quote theirs; never a value that could not be typed.
 */
class CorrectedCommandLineTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String REG = "AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final String CLOUD = "5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String TENANT = "dbab3982-796f-4d03-9908-044c08aef8a2";

    @RegisterExtension static final FakeArm fake = FakeArm.start();
    static final ApiFactory THROUGH_FAKE = ThroughFake.api(() -> fake);

    @BeforeEach
    void azure() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        fake.addSubscription(CUST).tenantId(TENANT);
        fake.addRegistration(SUB, "azurestack", REG).cloudId(CLOUD).addCustomerSubscription(CUST, TENANT);
    }

    List<String> args(String registration, String format) {
        return new ArrayList<>(List.of("diagnose", "--subscription", SUB, "--registration", registration,
                "--customer-subscription", CUST, "--cloud-id", CLOUD, "--arm-endpoint", fake.endpoint().toString(),
                "--auth", "azure-cli", "--format", format, "--lang", "en", "--timeout", "10"));
    }

    /** The words of a printed line, as a shell would split it (single quotes only: the line has no other quoting). */
    static List<String> words(String line) {
        List<String> w = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
        while (m.find()) w.add(m.group(1) != null ? m.group(1) : m.group(2));
        return w;
    }

    @Test
    void aWrongRegistrationNamePrintsTheLineWithTheRightOneAndThatLineWorks() {
        CliRun r = CliRun.with(THROUGH_FAKE, args("Typo-Registration", "text").toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("What the checks found", "The registration for CloudID " + CLOUD + " is " + REG);
        String heading = "Run again with the values found\n  ";
        assertThat(r.out()).contains(heading);
        String line = r.out().substring(r.out().indexOf(heading) + heading.length()).lines().findFirst().orElseThrow();
        assertThat(line).startsWith("azs-csp diagnose --subscription " + SUB + " --registration '" + REG + "' --customer-subscription "
                + CUST).contains("--arm-endpoint " + fake.endpoint(), "--lang en").doesNotContain("Typo-Registration");

        List<String> again = words(line);
        assertThat(again.subList(0, 2)).containsExactly("azs-csp", "diagnose");
        CliRun second = CliRun.with(THROUGH_FAKE, again.subList(1, again.size()).toArray(String[]::new));
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).doesNotContain("Run again with");
    }

    @Test
    void aRegistrationInAnotherSubscriptionOfTheAdminPrintsTheLineWithThatSubscriptionAndThatLineWorks() {
        String real = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");   // typed, but holds no registration
        fake.addSubscription("6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e").refuseRegistrationList();
        fake.addSubscription(CUST).tenantId(TENANT);
        fake.addRegistration(real, "azurestack", REG).cloudId(CLOUD).addCustomerSubscription(CUST, TENANT);

        CliRun r = CliRun.with(THROUGH_FAKE, args(REG, "text").toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("What the checks found", "The registration for CloudID " + CLOUD + " is " + REG
                + ", in subscription " + real + " (resource group azurestack), not in subscription " + SUB + ".");
        String heading = "Run again with the values found\n  ";
        assertThat(r.out()).contains(heading);
        String line = r.out().substring(r.out().indexOf(heading) + heading.length()).lines().findFirst().orElseThrow();
        assertThat(line).startsWith("azs-csp diagnose --subscription '" + real + "' --registration " + REG).doesNotContain(SUB);

        List<String> again = words(line);
        CliRun second = CliRun.with(THROUGH_FAKE, again.subList(1, again.size()).toArray(String[]::new));
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    }

    @Test
    void aFlagGivenBeforeTheCommandComesAlong() {
        List<String> a = args("Typo-Registration", "text");
        a.add(0, "--verbose");
        CliRun r = CliRun.with(THROUGH_FAKE, a.toArray(String[]::new));
        assertThat(r.out()).as(r.err()).contains("\n  azs-csp --verbose diagnose --subscription " + SUB);
    }

    @Test
    void jsonCarriesTheLineInItsOneDocument() throws Exception {
        CliRun r = CliRun.with(THROUGH_FAKE, args("Typo-Registration", "json").toArray(String[]::new));
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("correctedCommandLine").asText()).contains("--registration '" + REG + "'", "--format json");
        assertThat(root.path("corrections").get(0).path("values").path("registrationName").asText()).isEqualTo(REG);
    }

    @Test
    void aResourceGroupNotTypedIsAddedWhenItWasTheSlip() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        fake.addSubscription(CUST).tenantId(TENANT);
        fake.addRegistration(SUB, "azurestack-hub", REG).cloudId(CLOUD).addCustomerSubscription(CUST, TENANT);
        CliRun r = CliRun.with(THROUGH_FAKE, args(REG, "text").toArray(String[]::new));
        assertThat(r.out()).contains("--registration " + REG, "--resource-group 'azurestack-hub'");
    }

    @Test
    void aNameFromArmThatCouldNotBeTypedIsNeverPrinted() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        fake.addSubscription(CUST).tenantId(TENANT);
        fake.addRegistration(SUB, "azurestack", "AzureStack-$(whoami)").cloudId(CLOUD);
        CliRun r = CliRun.with(THROUGH_FAKE, args("Typo-Registration", "text").toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("Run again with", "What the checks found");
    }

    @Test
    void anArgumentThatCannotBeQuotedSafelyMakesNoLine() {
        assertThat(CorrectedCommand.quote("plain-value_1.2")).isEqualTo("plain-value_1.2");
        assertThat(CorrectedCommand.quote("C:\\certs\\a.pem")).isEqualTo("'C:\\certs\\a.pem'");
        assertThat(CorrectedCommand.quote("a&b")).isNull();
        assertThat(CorrectedCommand.quote("/home/me/my cert.pem")).isEqualTo("'/home/me/my cert.pem'");
        assertThat(CorrectedCommand.quote("it's")).isNull();
        assertThat(CorrectedCommand.quote("$(rm -rf /)")).isNull();
        assertThat(CorrectedCommand.quote("a\nb")).isNull();
    }
}
