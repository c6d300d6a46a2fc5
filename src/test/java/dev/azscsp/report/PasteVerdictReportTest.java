package dev.azscsp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.i18n.Language;

/**
 * A run that started from a pasted error carries, in the ticket the user copies (plain and Markdown) and in the JSON
 * report, the pasted code and whether the live checks confirmed it, contradicted it or could not check it.
 */
class PasteVerdictReportTest {
    static final RunContext CTX = new RunContext("1.0.0", "AzureCloud", "https://management.azure.com", "2022-06-01",
            Instant.parse("2026-11-30T08:00:00Z"));
    final DiagnosisReport report = new DiagnosisReport(ErrorCatalog.shipped());

    static Diagnosis run(Scenario s) throws InterruptedException {
        return Diagnostician.standard(new SimulatedAzure(s, Duration.ZERO), Duration.ofSeconds(10)).run(InputRules.check(s.input()), null);
    }

    @Test
    void aConfirmedPasteIsSaidAtTheHeadOfThePlainTicketInBothLanguages() throws Exception {
        Diagnosis d = run(Scenario.REGISTRATION_NOT_FOUND);
        String en = report.plain(d, Language.EN, CTX, false, "RegistrationNotFound");
        assertThat(en).contains("Pasted error RegistrationNotFound: confirmed by the live checks.");
        assertThat(en.indexOf("Pasted error")).as("before the answer and the card").isLessThan(en.indexOf("What the checks found"));
        assertThat(report.plain(d, Language.FR, CTX, false, "RegistrationNotFound"))
                .contains("Erreur collée RegistrationNotFound\u00a0: confirmée par les vérifications en direct.");
    }

    @Test
    void aContradictedPasteNamesWhatTheChecksFound() throws Exception {
        Diagnosis d = run(Scenario.REGISTRATION_NOT_FOUND);
        assertThat(report.plain(d, Language.EN, CTX, false, "InvalidCSPSubscription"))
                .contains("Pasted error InvalidCSPSubscription: contradicted by the live checks, which found RegistrationNotFound.");
        assertThat(report.plain(d, Language.FR, CTX, false, "InvalidCSPSubscription"))
                .contains("Erreur collée InvalidCSPSubscription\u00a0: contredite par les vérifications en direct, qui ont trouvé RegistrationNotFound.");
    }

    @Test
    void aPasteOfAnErrorTheChecksNoLongerSeeIsContradictedToo() throws Exception {
        Diagnosis d = run(Scenario.HEALTHY);
        assertThat(report.plain(d, Language.EN, CTX, false, "CustomerSubscriptionNotFound"))
                .contains("Pasted error CustomerSubscriptionNotFound: contradicted by the live checks, which found no problem with these values now.");
        assertThat(report.plain(d, Language.FR, CTX, false, "CustomerSubscriptionNotFound"))
                .contains("Erreur collée CustomerSubscriptionNotFound\u00a0: contredite par les vérifications en direct, qui n’ont trouvé aucun problème");
    }

    @Test
    void aPasteTheChecksCouldNotSettleIsNotChecked() throws Exception {
        Diagnosis d = run(Scenario.THROTTLED);
        assertThat(report.plain(d, Language.EN, CTX, false, "RegistrationNotFound"))
                .contains("Pasted error RegistrationNotFound: not checked, as the live checks could not complete.");
        assertThat(report.plain(d, Language.FR, CTX, false, "RegistrationNotFound"))
                .contains("Erreur collée RegistrationNotFound\u00a0: non vérifiée, les vérifications en direct n’ont pas pu aboutir.");
    }

    @Test
    void markdownCarriesTheVerdictWithTheCodesAsCode() throws Exception {
        Diagnosis d = run(Scenario.REGISTRATION_NOT_FOUND);
        String md = report.markdown(d, Language.EN, CTX, false, "InvalidCSPSubscription");
        assertThat(md).contains("Pasted error `InvalidCSPSubscription`: contradicted by the live checks, which found `RegistrationNotFound`.");
        assertThat(md.indexOf("Pasted error")).isLessThan(md.indexOf("## What the checks found"));
        assertThat(report.markdown(d, Language.FR, CTX, false, "RegistrationNotFound"))
                .contains("Erreur collée `RegistrationNotFound`\u00a0: confirmée par les vérifications en direct.");
    }

    @Test
    void aPastedCodeThatCouldBreakTheLayoutIsKeptAsData() throws Exception {
        Diagnosis d = run(Scenario.REGISTRATION_NOT_FOUND);
        String md = report.markdown(d, Language.EN, CTX, false, "Bad`Code\n# injected");
        assertThat(md).doesNotContain("\n# injected");
        String plain = report.plain(d, Language.EN, CTX, false, "X".repeat(5_000));
        assertThat(plain.lines().filter(l -> l.startsWith("Pasted error")).findFirst().orElseThrow()).hasSizeLessThan(400);
    }

    @Test
    void jsonCarriesThePastedCodeAndItsVerdict() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode p = json.readTree(report.json(run(Scenario.REGISTRATION_NOT_FOUND), Language.EN, CTX, false, "InvalidCSPSubscription"))
                .path("pasted");
        assertThat(p.path("code").asText()).isEqualTo("InvalidCSPSubscription");
        assertThat(p.path("verdict").asText()).isEqualTo("contradicted");
        assertThat(p.path("found").asText()).isEqualTo("RegistrationNotFound");
        assertThat(p.path("sentence").asText()).startsWith("Pasted error InvalidCSPSubscription: contradicted");
        assertThat(json.readTree(report.json(run(Scenario.THROTTLED), Language.FR, CTX, false, "RegistrationNotFound"))
                .path("pasted").path("verdict").asText()).isEqualTo("not_checked");
        assertThat(json.readTree(report.json(run(Scenario.REGISTRATION_NOT_FOUND), Language.EN, CTX, false, "registrationnotfound"))
                .path("pasted").path("verdict").asText()).isEqualTo("confirmed");
    }

    @Test
    void withoutAPasteNothingIsSaid() throws Exception {
        Diagnosis d = run(Scenario.REGISTRATION_NOT_FOUND);
        assertThat(report.plain(d, Language.EN, CTX, false, null)).doesNotContain("Pasted error");
        assertThat(report.plain(d, Language.EN, CTX, false)).doesNotContain("Pasted error");
        assertThat(new ObjectMapper().readTree(report.json(d, Language.EN, CTX, false)).has("pasted")).isFalse();
    }
}
