package dev.azscsp.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.Outcome;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.ui.checks.RunResult;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.SaveDialog;

class ResultViewModelTest {
    private final FakeUiThread ui = new FakeUiThread();
    private final I18n i18n = new I18n(Language.EN);
    private final List<String> confirmed = new CopyOnWriteArrayList<>();
    private boolean answer = true;
    @TempDir Path dir;

    @AfterEach
    void close() {
        ui.close();
    }

    private ResultViewModel vm() {
        return ui.call(() -> new ResultViewModel(i18n, ui.background(), ErrorCatalog.shipped(), (id, tenant) -> {
            confirmed.add(id);
            return answer;
        }));
    }

    private static RunResult run(Scenario s, dev.azscsp.diagnosis.api.RegistrationApi azure) throws InterruptedException {
        Diagnostician d = Diagnostician.standard(azure, Duration.ofSeconds(10));
        Diagnosis diagnosis = d.run(InputRules.check(s.input()), null);
        return new RunResult(diagnosis, d, new dev.azscsp.report.RunContext("1.0.0", "AzureCloud", "https://management.azure.com/",
                "2017-06-01", java.time.Instant.parse("2026-11-30T06:58:00Z")));
    }

    @Test
    void aMissingWritePermissionShowsItsCardAndNeverAsksToWrite() throws Exception {
        ResultViewModel vm = vm();
        SimulatedAzure azure = new SimulatedAzure(Scenario.MISSING_WRITE_PERMISSION, Duration.ZERO);
        RunResult r = run(Scenario.MISSING_WRITE_PERMISSION, azure);
        ui.run(() -> vm.show(r));
        ui.run(() -> { });
        assertThat(ui.call(() -> vm.primaryCardProperty().get().code())).isEqualTo("MissingWritePermission");
        assertThat(ui.call(vm::canAdd)).isFalse();
        ui.run(vm::confirmAndAdd);
        assertThat(confirmed).isEmpty();
        assertThat(azure.writes()).isEmpty();
    }

    @Test
    void rightsThatCouldNotBeReadAreShownInTheConfirmation() throws Exception {
        List<List<String>> asked = new CopyOnWriteArrayList<>();
        ResultViewModel vm = ui.call(() -> new ResultViewModel(i18n, ui.background(), ErrorCatalog.shipped(), new dev.azscsp.ui.common.Confirmer() {
            @Override public boolean confirmWrite(String id, String tenant) { throw new AssertionError("the cautions were dropped"); }
            @Override public boolean confirmWrite(String id, String tenant, List<String> cautions) {
                asked.add(cautions);
                return false;
            }
        }));
        Scenario s = Scenario.BAD_CUSTOMER_SUBSCRIPTION_ID;   // an add whose checks pass (the PUT finds the problem)
        SimulatedAzure azure = new SimulatedAzure(s, Duration.ZERO);
        RunResult r = run(s, new dev.azscsp.ui.PermissionsUnreadable(azure));
        ui.run(() -> vm.show(r));
        ui.await(() -> !asked.isEmpty());
        assertThat(asked.get(0)).singleElement().asString().contains("could not be read", "Microsoft.Authorization/permissions/read");
        assertThat(azure.writes()).isEmpty();
    }

    @Test
    void aProblemShowsItsCardWithTheUsersValues() throws Exception {
        ResultViewModel vm = vm();
        RunResult r = run(Scenario.REGISTRATION_NOT_FOUND, new SimulatedAzure(Scenario.REGISTRATION_NOT_FOUND, Duration.ZERO));
        ui.run(() -> vm.show(r));
        assertThat(ui.call(() -> vm.headlineProperty().get())).isEqualTo("Problem found: RegistrationNotFound");
        assertThat(ui.call(() -> vm.primaryCardProperty().get().code())).isEqualTo("RegistrationNotFound");
        assertThat(ui.call(() -> vm.primaryCardProperty().get().actions().get(0).commands().get(0).text()))
                .contains("dd8597b4-8739-4467-8b10-f8679f62bfbf");
        assertThat(ui.call(vm::documentationUrl)).isPresent();
        assertThat(ui.call(vm::ticketPlain)).contains("RegistrationNotFound").contains("AzureStackRegistration");
        assertThat(ui.call(vm::ticketMarkdown)).contains("`RegistrationNotFound`");
        assertThat(confirmed).as("reading never asks to write").isEmpty();
    }

    @Test
    void redactShortensIdsInWhatIsCopiedAndSaved() throws Exception {
        ResultViewModel vm = vm();
        RunResult r = run(Scenario.REGISTRATION_NOT_FOUND, new SimulatedAzure(Scenario.REGISTRATION_NOT_FOUND, Duration.ZERO));
        ui.run(() -> { vm.show(r); vm.redactProperty().set(true); });
        assertThat(ui.call(vm::ticketPlain)).doesNotContain("dd8597b4-8739-4467-8b10-f8679f62bfbf").contains("dd85\u2026bfbf");
        assertThat(ui.call(vm::json)).doesNotContain("dd8597b4-8739-4467-8b10-f8679f62bfbf");
        String correlation = r.diagnosis().primaryAnswer().correlationId();
        assertThat(correlation).as("the demo's ids look like ARM's").matches("[0-9a-f]{8}-[0-9a-f]{4}-.*");
        assertThat(ui.call(vm::ticketPlain)).as("support needs the ids of the call").contains(correlation);
        assertThat(ui.call(vm::ticketMarkdown)).contains(correlation);
        assertThat(ui.call(vm::json)).contains("\"correlationId\" : \"" + correlation + "\"");
    }

    @Test
    void theTicketSaysWhenWhereAndWithWhichVersionItWasChecked() throws Exception {
        ResultViewModel vm = vm();
        RunResult r = run(Scenario.REGISTRATION_NOT_FOUND, new SimulatedAzure(Scenario.REGISTRATION_NOT_FOUND, Duration.ZERO));
        ui.run(() -> vm.show(r));
        assertThat(ui.call(vm::ticketPlain).lines().toList().get(1)).isEqualTo("Checked on 2026-11-30 06:58:00 UTC with AzS CSP "
                + "Troubleshooter 1.0.0; cloud AzureCloud, Azure Resource Manager https://management.azure.com/, api-version 2017-06-01");
        assertThat(ui.call(vm::ticketMarkdown)).contains("*Checked on 2026-11-30 06:58:00 UTC with AzS CSP Troubleshooter 1.0.0;");
        assertThat(ui.call(vm::json)).contains("\"checkedAt\" : \"2026-11-30T06:58:00Z\"", "\"appVersion\" : \"1.0.0\"",
                "\"cloud\" : \"AzureCloud\"", "\"armEndpoint\" : \"https://management.azure.com/\"");
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(ui.call(vm::ticketPlain)).contains("Vérifié le 2026-11-30 06:58:00 UTC avec AzS CSP Troubleshooter 1.0.0\u00a0; cloud AzureCloud");
    }

    @Test
    void aCleanRunSaysWhatPassedAndWhatCouldNotBeVerified() throws Exception {
        ResultViewModel vm = vm();
        RunResult r = run(Scenario.HEALTHY, new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO));
        ui.run(() -> vm.show(r));
        assertThat(ui.call(vm::outcome)).isEqualTo(Outcome.OK);
        assertThat(ui.call(() -> vm.primaryCardProperty().get())).isNull();
        assertThat(ui.call(vm::passed)).hasSizeGreaterThan(5);
        assertThat(ui.call(() -> vm.headlineProperty().get())).startsWith("No problem found");
        assertThat(ui.call(vm::ticketPlain)).startsWith("No problem found");
    }

    @Test
    void addNowAsksWithTheExactResourceThenWrites() throws Exception {
        ResultViewModel vm = vm();
        SimulatedAzure azure = new SimulatedAzure(Scenario.BAD_CUSTOMER_SUBSCRIPTION_ID, Duration.ZERO);
        RunResult r = run(Scenario.BAD_CUSTOMER_SUBSCRIPTION_ID, azure);
        assertThat(Diagnostician.readyToAdd(r.diagnosis())).isTrue();
        ui.run(() -> vm.show(r));
        ui.await(() -> vm.addStateProperty().get() == ResultViewModel.AddState.ADDED);
        String expected = r.diagnosis().target().registration().customerSubscriptionId(r.diagnosis().target().customerSubscriptionId());
        assertThat(confirmed).containsExactly(expected);
        assertThat(azure.writes()).isEmpty();   // the service refused: nothing changed
        assertThat(ui.call(() -> vm.primaryCardProperty().get().code())).isEqualTo("BadCustomerSubscriptionId");
        assertThat(ui.call(() -> vm.addMessageProperty().get())).isEqualTo("Azure refused to add the customer subscription: the card below says why.");
    }

    @Test
    void aNoWritesNothingAndCanBeChangedLater() throws Exception {
        answer = false;
        ResultViewModel vm = vm();
        SimulatedAzure azure = new SimulatedAzure(Scenario.UNAUTHORIZED_CSP_REGISTRATION, Duration.ZERO);
        RunResult r = run(Scenario.UNAUTHORIZED_CSP_REGISTRATION, azure);
        ui.run(() -> vm.show(r));
        ui.await(() -> vm.addStateProperty().get() == ResultViewModel.AddState.DECLINED);
        assertThat(azure.calls()).isPositive();
        int before = azure.calls();
        assertThat(ui.call(vm::canAdd)).isTrue();
        assertThat(ui.call(() -> vm.addMessageProperty().get())).startsWith("Nothing was written.");
        answer = true;
        ui.run(vm::confirmAndAdd);
        ui.await(() -> vm.addStateProperty().get() == ResultViewModel.AddState.ADDED);
        assertThat(azure.calls()).isGreaterThan(before);
        assertThat(ui.call(() -> vm.primaryCardProperty().get().code())).isEqualTo("UnauthorizedCspRegistration");
    }

    @Test
    void savesMarkdownOrJson() throws Exception {
        ResultViewModel vm = vm();
        RunResult r = run(Scenario.MISSING_PROVIDER, new SimulatedAzure(Scenario.MISSING_PROVIDER, Duration.ZERO));
        ui.run(() -> vm.show(r));
        assertThat(ui.call(vm::suggestedFileName)).startsWith("azscsp-MissingSubscriptionRegistration-");
        Path md = dir.resolve("r.md");
        ui.call(() -> vm.save(new SaveDialog.Target(md, SaveDialog.Format.MARKDOWN))).ended().join();
        assertThat(Files.readString(md)).startsWith("# Problem found: MissingSubscriptionRegistration");
        Path json = dir.resolve("r.json");
        ui.call(() -> vm.save(new SaveDialog.Target(json, SaveDialog.Format.JSON))).ended().join();
        assertThat(Files.readString(json)).contains("\"primaryCode\" : \"MissingSubscriptionRegistration\"");
        assertThat(ui.call(() -> vm.saveMessageProperty().get())).isEqualTo("Report saved to " + json);
        ui.call(() -> vm.save(new SaveDialog.Target(dir.resolve("missing/x.md"), SaveDialog.Format.MARKDOWN))).ended().join();
        assertThat(ui.call(() -> vm.saveMessageProperty().get())).startsWith("The report could not be saved:");
    }

    @Test
    void useTheFoundValuesHandsTheCorrectedInputOnWithTheSameIntent() throws Exception {
        ResultViewModel vm = vm();
        List<dev.azscsp.diagnosis.input.RawInput> sent = new CopyOnWriteArrayList<>();
        RunResult r = run(Scenario.WRONG_CLOUD_ID, new SimulatedAzure(Scenario.WRONG_CLOUD_ID, Duration.ZERO));
        ui.run(() -> { vm.onUseValues(sent::add); vm.show(r); });
        assertThat(ui.call(vm::answerLines)).singleElement().asString().contains("AzureStack-9c2f3a10-41d7-4e55-a0b3-7d1e6f2c8a44");
        ui.run(vm::useFoundValues);
        assertThat(sent).singleElement().satisfies(in -> {
            assertThat(in.registrationName()).isEqualTo("AzureStack-9c2f3a10-41d7-4e55-a0b3-7d1e6f2c8a44");
            assertThat(in.stampCloudId()).as("the stamp's CloudID is the admin's own: never changed").isEqualTo(Scenario.WRONG_CLOUD_ID.input().stampCloudId());
            assertThat(in.intent()).isEqualTo(Scenario.WRONG_CLOUD_ID.intent());
        });
    }

    @Test
    void withNothingFoundThereIsNothingToUse() throws Exception {
        ResultViewModel vm = vm();
        List<dev.azscsp.diagnosis.input.RawInput> sent = new CopyOnWriteArrayList<>();
        RunResult r = run(Scenario.HEALTHY, new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO));
        ui.run(() -> { vm.onUseValues(sent::add); vm.show(r); vm.useFoundValues(); });
        assertThat(ui.call(vm::canUseValues)).isFalse();
        assertThat(sent).isEmpty();
    }

    @Test
    void thePastedErrorIsConfirmedContradictedOrNotSeenNow() throws Exception {
        ResultViewModel vm = vm();
        RunResult problem = run(Scenario.REGISTRATION_NOT_FOUND, new SimulatedAzure(Scenario.REGISTRATION_NOT_FOUND, Duration.ZERO));
        RunResult healthy = run(Scenario.HEALTHY, new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO));
        ui.run(() -> vm.show(problem));
        assertThat(ui.call(() -> vm.pasteVerdictProperty().get())).as("no paste, no verdict").isEmpty();
        ui.run(() -> vm.pastedCodeProperty().set("registrationnotfound"));
        assertThat(ui.call(() -> vm.pasteVerdictProperty().get())).isEqualTo("The live checks confirm the pasted error: registrationnotfound.");
        ui.run(() -> vm.pastedCodeProperty().set("InvalidCSPSubscription"));
        assertThat(ui.call(() -> vm.pasteVerdictProperty().get()))
                .isEqualTo("The live checks contradict the pasted InvalidCSPSubscription: they found RegistrationNotFound.");
        ui.run(() -> vm.show(healthy));
        assertThat(ui.call(() -> vm.pasteVerdictProperty().get())).contains("found no problem", "InvalidCSPSubscription");
        i18n.setLanguage(Language.FR);
        assertThat(ui.call(() -> vm.pasteVerdictProperty().get())).startsWith("Les vérifications en direct n’ont trouvé aucun problème\u00a0:");
    }

    @Test
    void theCopiedTicketAndTheJsonReportCarryThePasteVerdict() throws Exception {
        ResultViewModel vm = vm();
        RunResult problem = run(Scenario.REGISTRATION_NOT_FOUND, new SimulatedAzure(Scenario.REGISTRATION_NOT_FOUND, Duration.ZERO));
        ui.run(() -> vm.show(problem));
        assertThat(ui.call(vm::ticketPlain)).as("no paste, nothing said").doesNotContain("Pasted error");
        ui.run(() -> vm.pastedCodeProperty().set("InvalidCSPSubscription"));
        assertThat(ui.call(vm::ticketPlain)).contains("Pasted error InvalidCSPSubscription: contradicted by the live checks, which found RegistrationNotFound.");
        assertThat(ui.call(vm::ticketMarkdown)).contains("Pasted error `InvalidCSPSubscription`: contradicted");
        assertThat(ui.call(vm::json)).contains("\"verdict\" : \"contradicted\"");
        i18n.setLanguage(Language.FR);
        ui.run(() -> vm.pastedCodeProperty().set("RegistrationNotFound"));
        assertThat(ui.call(vm::ticketPlain)).contains("Erreur collée RegistrationNotFound\u00a0: confirmée par les vérifications en direct.");
    }
}
