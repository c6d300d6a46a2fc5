package dev.azscsp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.i18n.Language;

/** Reports lead with the fix the checks found, and print what the app already listed instead of asking for it. */
class AnswerFirstReportTest {
    static final String RIGHT = "AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final RunContext CTX = new RunContext("1.0.0", "AzureCloud", "https://management.azure.com", "2022-06-01",
            Instant.parse("2026-11-30T08:00:00Z"));
    final DiagnosisReport report = new DiagnosisReport(ErrorCatalog.shipped());

    static Diagnosis run(Scenario s) throws InterruptedException {
        return Diagnostician.standard(new SimulatedAzure(s, Duration.ZERO), Duration.ofSeconds(10)).run(InputRules.check(s.input()), null);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void plainTextSaysTheFixBeforeTheCard(Language l) throws Exception {
        String text = report.plain(run(Scenario.REGISTRATION_NOT_FOUND), l, CTX, false);
        String heading = TicketText.messages(l).get("heading.found");
        assertThat(text).contains(heading, RIGHT);
        assertThat(text.indexOf(heading)).as("the answer comes before the card").isLessThan(text.indexOf("RegistrationNotFound \u2014"));
        assertThat(text).contains(TicketText.messages(l).get("heading.listed"));
    }

    @Test
    void markdownHasTheAnswerAndItsValuesAndTheListing() throws Exception {
        String md = report.markdown(run(Scenario.REGISTRATION_NOT_FOUND), Language.EN, CTX, false);
        assertThat(md).contains("## What the checks found", "**The registration for CloudID 5bf881b2-6be7-42a1-9f47-d6fcb6737747 is "
                + RIGHT + ", in resource group azurestack.**", "| Registration name | `" + RIGHT + "` |");
        assertThat(md).contains("## Already listed by the app: The 2 registrations of subscription");
        assertThat(md.indexOf("What the checks found")).isLessThan(md.indexOf("## `RegistrationNotFound`"));
    }

    @Test
    void jsonCarriesTheCorrectionsAndListings() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report.json(run(Scenario.REGISTRATION_NOT_FOUND), Language.FR, CTX, false));
        JsonNode c = root.path("corrections").get(0);
        assertThat(c.path("check").asText()).isEqualTo("registration");
        assertThat(c.path("values").path("registrationName").asText()).isEqualTo(RIGHT);
        assertThat(c.path("answer").asText()).startsWith("L’inscription du CloudID");
        assertThat(root.path("listings").get(0).path("total").asInt()).isEqualTo(2);
        assertThat(root.path("listings").get(0).path("items")).hasSize(2);
    }

    @Test
    void aCleanRunHasNoAnswerBlockAndEmptyLists() throws Exception {
        Diagnosis d = run(Scenario.HEALTHY);
        assertThat(report.plain(d, Language.EN, CTX, false)).doesNotContain("What the checks found", "Already listed");
        JsonNode root = new ObjectMapper().readTree(report.json(d, Language.EN, CTX, false));
        assertThat(root.path("corrections")).isEmpty();
        assertThat(root.path("listings")).isEmpty();
    }
}
