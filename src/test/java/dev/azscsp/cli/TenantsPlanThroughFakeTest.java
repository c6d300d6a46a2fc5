package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.azure.fake.RecordedRequest;

/**
 * {@code tenants --dry-run} and {@code --apply} through the real adapter against FakeArm: the plan printed in full,
 * the plan file and its digest, the one confirmation (default No), each row's outcome, a refusal in the middle, a plan
 * applied again after an interruption, and rows that no longer apply. FakeArm's request log says what was written.
 */
class TenantsPlanThroughFakeTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE = "/subscriptions/" + SUB + "/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/reg1/customerSubscriptions/";

    @RegisterExtension static final FakeArm fake = FakeArm.start();
    static final ApiFactory THROUGH_FAKE = ThroughFake.api(() -> fake);

    @TempDir Path dir;
    FakeRegistration reg;
    Path expected;
    Path plan;

    static String cust(int i) { return String.format("%08x-1111-4000-8000-%012x", i, i); }
    static String tenant(int i) { return String.format("%08x-2222-4000-8000-%012x", i, i); }

    @AfterEach
    void noPrompt() { TenantsCommand.promptForTests = null; }

    /**
     * Mapped: 0-3 as expected, 4 and 5 that no line expects, 10 with another tenant than expected. Expected and not
     * mapped: 6, 7, and 8 and 9, two subscriptions of one tenant. Every customer subscription is a CSP one the fake knows.
     */
    @BeforeEach
    void registration() throws IOException {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        reg = fake.addRegistration(SUB, "azurestack", "reg1");
        for (int i = 0; i <= 10; i++) fake.addSubscription(cust(i)).tenantId(tenant(i));
        for (int i = 0; i <= 5; i++) reg.addCustomerSubscription(cust(i), tenant(i));
        reg.addCustomerSubscription(cust(10), tenant(99));
        StringBuilder b = new StringBuilder("customerSubscriptionId,customerTenantId,label\n");
        for (int i = 0; i <= 3; i++) b.append(cust(i)).append(',').append(tenant(i)).append(",customer ").append(i).append('\n');
        b.append(cust(6)).append(',').append(tenant(6)).append(",=HYPERLINK(\"x\")\n");
        b.append(cust(7)).append(',').append(tenant(7)).append(",seven\n");
        b.append(cust(8)).append(',').append(tenant(8)).append(",eight\n");
        b.append(cust(9)).append(',').append(tenant(8)).append(",eight again\n");
        b.append(cust(10)).append(',').append(tenant(10)).append(",ten\n");
        expected = Files.writeString(dir.resolve("expected.csv"), b.toString(), StandardCharsets.UTF_8);
        plan = dir.resolve("plan.json");
    }

    CliRun tenants(String... extra) {
        List<String> args = new ArrayList<>(List.of("tenants", "--arm-endpoint", fake.endpoint().toString(), "--auth", "azure-cli"));
        args.addAll(Arrays.asList(extra));
        return CliRun.with(THROUGH_FAKE, args.toArray(String[]::new));
    }

    CliRun dryRun(String... extra) {
        List<String> args = new ArrayList<>(List.of("--subscription", SUB, "--registration", "reg1", "--expected", expected.toString(),
                "--dry-run", "--plan-out", plan.toString(), "--lang", "en"));
        args.addAll(Arrays.asList(extra));
        return tenants(args.toArray(String[]::new));
    }

    List<String> writes() {
        return fake.writes().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    @Test
    void aDryRunPrintsThePlanInFullWritesThePlanFileAndSendsNothing() throws Exception {
        CliRun r = dryRun("--remove", cust(4));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Plan for registration reg1", "Add 3, remove 1. Nothing is sent before you confirm.")
                .contains("PUT " + BASE + cust(6) + "\n    tenant " + tenant(6) + ", line 6")
                .contains("PUT " + BASE + cust(7))
                .contains("PUT " + BASE + cust(10) + "\n    tenant " + tenant(10) + ", line 10 \u2014 ten.\n    Replaces this subscription's current mapping (with " + tenant(99) + ").")
                .contains("DELETE " + BASE + cust(4) + "\n    tenant " + tenant(4) + ".\n    The customer's usage is then reported against the registration subscription " + SUB + ".")
                .doesNotContain("DELETE " + BASE + cust(5))
                .contains("Not planned (2)")
                .contains(cust(8) + " (line 8): not planned: tenant " + tenant(8) + " has several expected subscriptions (lines 8, 9)")
                .contains(cust(9) + " (line 9): not planned: tenant " + tenant(8))
                .doesNotContain("PUT " + BASE + cust(8)).doesNotContain("PUT " + BASE + cust(9));
        assertThat(r.err()).contains("Plan written to " + plan);
        JsonNode file = JSON.readTree(plan.toFile());
        assertThat(file.get("registration").get("id").asText()).isEqualTo(BASE.substring(0, BASE.length() - "/customerSubscriptions/".length()));
        assertThat(file.get("writes")).extracting(n -> n.get("action").asText() + " " + n.get("customerSubscriptionId").asText())
                .containsExactly("add " + cust(6), "add " + cust(7), "add " + cust(10), "remove " + cust(4));
        assertThat(file.get("digest").asText()).startsWith("sha256:").hasSize(7 + 64);
        assertThat(fake.writes()).as("a dry run writes nothing").isEmpty();
    }

    @Test
    void theRemovalsAreOnlyThoseAskedFor() throws Exception {
        CliRun none = dryRun();
        assertThat(none.out()).contains("Add 3, remove 0.").doesNotContain("DELETE ");
        CliRun all = dryRun("--remove-all-unexpected", "--format", "json");
        assertThat(JSON.readTree(all.out()).get("removes").asInt()).isEqualTo(2);

        CliRun expectedOne = dryRun("--remove", cust(1));
        assertThat(expectedOne.exitCode()).isEqualTo(2);
        assertThat(expectedOne.err()).contains(cust(1) + " is expected (line 3 of the file): it is not removed.");
        assertThat(plan).as("no plan, no plan file").doesNotExist();
        CliRun unknown = dryRun("--remove", cust(7));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Not planned for removal: " + cust(7));
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void applyWithYesSendsExactlyThePlanAndReportsEachRow() throws Exception {
        dryRun("--remove", cust(4));
        fake.clearRequests();
        Path csv = dir.resolve("outcome.csv");

        CliRun r = tenants("--apply", plan.toString(), "--yes", "--format", "csv", "--output", csv.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(writes()).containsExactly("PUT " + BASE + cust(6), "PUT " + BASE + cust(7), "PUT " + BASE + cust(10),
                "DELETE " + BASE + cust(4));
        assertThat(fake.writes().get(2).body()).contains(tenant(10));
        assertThat(reg.customerSubscriptions()).containsEntry(cust(6), tenant(6)).containsEntry(cust(10), tenant(10))
                .doesNotContainKey(cust(4)).containsKey(cust(5));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("action,method,customerSubscriptionId,customerTenantId,resourceId,replaces,line,label,outcome");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("add,PUT," + cust(6) + "," + tenant(6) + "," + BASE + cust(6) + ",,6,\"'=HYPERLINK(\"\"x\"\")\",done,");
        assertThat(lines.get(3)).contains("," + cust(10) + "=" + tenant(99) + ",10,ten,done,");
        assertThat(lines.get(4)).startsWith("remove,DELETE," + cust(4)).contains(",done,");

        CliRun md = tenants("--apply", plan.toString(), "--yes", "--format", "markdown", "--lang", "en");
        assertThat(md.exitCode()).as(md.err()).isZero();
        assertThat(md.out()).contains("## Plan applied on registration reg1", "0 done, 4 already done, 0 refused")
                .contains("| 1 | PUT | `" + cust(6) + "` | `" + tenant(6) + "` |")
                .contains("| already done: already mapped as planned |", "| already done: already gone: no mapping of this id any more |");
    }

    @Test
    void aPlanOfFiftyAddsAndTwentyRemovesWritesNothingOutsideIt() throws Exception {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        reg = fake.addRegistration(SUB, "azurestack", "reg1");
        StringBuilder b = new StringBuilder("customerSubscriptionId,customerTenantId\n");
        for (int i = 100; i < 150; i++) {
            fake.addSubscription(cust(i)).tenantId(tenant(i));
            b.append(cust(i)).append(',').append(tenant(i)).append('\n');
        }
        for (int i = 200; i < 230; i++) reg.addCustomerSubscription(cust(i), tenant(i));
        Files.writeString(expected, b.toString());
        List<String> removeArgs = new ArrayList<>();
        for (int i = 200; i < 220; i++) removeArgs.addAll(List.of("--remove", cust(i)));
        CliRun dry = dryRun(removeArgs.toArray(String[]::new));
        assertThat(dry.out()).as(dry.err()).contains("Add 50, remove 20.");
        fake.clearRequests();

        CliRun r = tenants("--apply", plan.toString(), "--yes", "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Set<String> planned = new java.util.HashSet<>();
        for (int i = 100; i < 150; i++) planned.add("PUT " + BASE + cust(i));
        for (int i = 200; i < 220; i++) planned.add("DELETE " + BASE + cust(i));
        assertThat(writes()).hasSize(70).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(JSON.readTree(r.out()).get("outcomes").get("done").asInt()).isEqualTo(70);
        assertThat(reg.customerSubscriptions()).hasSize(60);
    }

    @Test
    void aRefusalInTheMiddleStopsTheRunAndAPlanAppliedAgainSkipsWhatWasDone() throws Exception {
        dryRun("--remove", cust(4));
        fake.clearRequests();
        // The second write of the plan is refused: the role lost its write right in between.
        fake.inject(Fault.error(403, "AuthorizationFailed", "The client 'user@contoso.example' does not have authorization to perform action "
                + "'Microsoft.AzureStack/registrations/customerSubscriptions/write'.").method("PUT").after(1).on("/customerSubscriptions/"));

        CliRun r = tenants("--apply", plan.toString(), "--yes", "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(writes()).as("nothing after the refusal").containsExactly("PUT " + BASE + cust(6), "PUT " + BASE + cust(7));
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("writes")).extracting(n -> n.get("outcome").asText())
                .containsExactly("done", "refused", "not-sent", "not-sent");
        assertThat(root.get("writes").get(1).get("code").asText()).isEqualTo("AuthorizationFailed");
        assertThat(root.get("writes").get(1).get("requestId").asText()).isNotBlank();
        assertThat(root.get("writes").get(2).get("note").asText()).contains("stopped at a refusal that every write would get (AuthorizationFailed)");
        assertThat(root.get("stoppedBy").asText()).isEqualTo("AuthorizationFailed");

        CliRun text = tenants("--apply", plan.toString(), "--yes", "--lang", "fr");
        fake.clearRequests();
        // Applied again, once the right is back: a fresh listing shows the first row done, so it is not sent again.
        CliRun again = tenants("--apply", plan.toString(), "--yes", "--format", "json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(JSON.readTree(again.out()).get("writes")).extracting(n -> n.get("outcome").asText())
                .containsExactly("already-done", "already-done", "already-done", "already-done");
        assertThat(text.out()).as("the run in between applied the rest").contains("[déjà fait] PUT " + BASE + cust(6))
                .contains("[fait] PUT " + BASE + cust(7)).contains("[fait] DELETE " + BASE + cust(4));
        assertThat(writes()).isEmpty();
    }

    @Test
    void rowsWhoseMappingsChangedSinceTheDryRunAreNotSent() throws Exception {
        dryRun("--remove", cust(4), "--remove", cust(5));
        // Since then: tenant 6 got another subscription mapped (the PUT of 6 would replace it), and 5's tenant changed.
        reg.addCustomerSubscription(cust(3), tenant(6));
        reg.addCustomerSubscription(cust(5), tenant(55));
        fake.clearRequests();

        CliRun r = tenants("--apply", plan.toString(), "--yes", "--lang", "en");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("[no longer applies] PUT " + BASE + cust(6))
                .contains("no longer applies: the PUT would now replace " + cust(3) + " (tenant " + tenant(6) + "), which the plan did not name")
                .contains("[no longer applies] DELETE " + BASE + cust(5))
                .contains("no longer applies: mapped now with tenant " + tenant(55) + ", the plan saw tenant " + tenant(5))
                .contains("[done] PUT " + BASE + cust(7));
        assertThat(writes()).doesNotContain("PUT " + BASE + cust(6), "DELETE " + BASE + cust(5));
    }

    @Test
    void aChangedPlanFileIsRefusedBeforeAnyCall() throws Exception {
        dryRun("--remove", cust(4));
        fake.clearRequests();
        Files.writeString(plan, Files.readString(plan).replace(cust(4), cust(5)));

        CliRun r = tenants("--apply", plan.toString(), "--yes");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("The plan file was changed after the dry run printed it").doesNotContain("Exception");
        assertThat(fake.requests()).isEmpty();

        Files.writeString(plan, "{\"format\":\"something else\"}");
        assertThat(tenants("--apply", plan.toString(), "--yes", "--lang", "fr").err())
                .contains("Le fichier n’est pas un plan écrit par tenants --dry-run --plan-out.");
        Files.writeString(plan, "not json at all");
        assertThat(tenants("--apply", plan.toString(), "--yes").err()).contains("The plan file is not JSON");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void yesWithoutAPlanFileIsRefused() {
        CliRun r = tenants("--subscription", SUB, "--registration", "reg1", "--expected", expected.toString(), "--yes");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--yes confirms a plan file: give it with --apply FILE");
        CliRun noDry = tenants("--subscription", SUB, "--registration", "reg1", "--expected", expected.toString(), "--remove", cust(4));
        assertThat(noDry.exitCode()).isEqualTo(2);
        assertThat(noDry.err()).contains("go with --dry-run");
        CliRun columns = tenants("--apply", expected.toString(), "--columns", "subscription=Subscription ID");
        assertThat(columns.exitCode()).isEqualTo(2);
        assertThat(columns.err()).as("the plan file is applied as printed, no column of a CSV is read").contains("--apply takes everything from the plan file")
                .contains("--columns");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void theOneConfirmationNamesTheRegistrationAndTheCountsAndDefaultsToNo() throws Exception {
        dryRun("--remove", cust(4));
        fake.clearRequests();
        AtomicReference<String> asked = new AtomicReference<>();
        TenantsCommand.promptForTests = q -> { asked.set(q); return ""; };   // Enter alone

        CliRun declined = tenants("--apply", plan.toString(), "--lang", "en");

        assertThat(declined.exitCode()).isEqualTo(4);
        assertThat(asked.get()).isEqualTo("Write to Azure: add 3, remove 1 on reg1. Each removed customer's usage is then reported"
                + " against the registration subscription " + SUB + ". Apply? [y/N]");
        assertThat(declined.err()).contains("PUT " + BASE + cust(6)).contains("Not written: the plan was not confirmed");
        assertThat(fake.requests()).as("nothing read or written before the answer").isEmpty();

        TenantsCommand.promptForTests = q -> { asked.set(q); return "o"; };
        CliRun fr = tenants("--apply", plan.toString(), "--lang", "fr");
        assertThat(fr.exitCode()).as(fr.err()).isZero();
        assertThat(asked.get()).isEqualTo("Écrire dans Azure\u00a0: ajouter 3, retirer 1 sur reg1. La consommation de chaque client retiré"
                + " est alors comptée sur l’abonnement de l’inscription " + SUB + ". Appliquer\u00a0? [o/N]");
        assertThat(writes()).hasSize(4);
    }

    @Test
    void onlyAClearYesConfirms() {
        for (String no : new String[] {null, "", "  ", "n", "no", "non", "yes please", "Y!", "ok"}) {
            assertThat(TenantsCommand.confirmed(no)).as(String.valueOf(no)).isFalse();
        }
        for (String yes : new String[] {"y", "Y", "yes", " YES ", "o", "oui", "Oui"}) {
            assertThat(TenantsCommand.confirmed(yes)).as(yes).isTrue();
        }
    }

    @Test
    void withoutATerminalAndWithoutYesNothingIsWritten() throws Exception {
        dryRun("--remove", cust(4));
        fake.clearRequests();
        CliRun r = tenants("--apply", plan.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("no --yes, and no terminal to ask on");
        assertThat(fake.requests()).isEmpty();
    }

    static String paths(List<RecordedRequest> requests) {
        return requests.stream().map(RecordedRequest::toString).collect(Collectors.joining("\n"));
    }
}
