package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.demo.Scenario;

/** {@code diagnose --auth demo}: every scenario through the whole command line. */
class DiagnoseDemoTest {
    static JsonNode json(CliRun r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    static int expectedExit(Scenario s) {
        return switch (s) {
            case HEALTHY, SLOW -> 0;
            case INVALID_CUSTOMER_SUBSCRIPTION_ID -> 2;
            case METADATA_RESOLVER_BAD_GATEWAY, THROTTLED -> 3;
            default -> 1;
        };
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = "SLOW", mode = EnumSource.Mode.EXCLUDE)
    void everyScenarioGivesItsCodeAndExitCode(Scenario s) throws Exception {
        boolean adds = s.intent() == dev.azscsp.diagnosis.Intent.ADD;
        CliRun r = adds ? CliRun.of("diagnose", "--auth", "demo", "--scenario", s.key(), "--add", "--yes", "--format", "json", "--lang", "en")
                : CliRun.of("diagnose", "--auth", "demo", "--scenario", s.key(), "--format", "json", "--lang", "en");
        JsonNode j = json(r);
        assertThat(j.get("primaryCode").isNull() ? null : j.get("primaryCode").asText()).as(s.key()).isEqualTo(s.expectedCode().orElse(null));
        assertThat(r.exitCode()).as(s.key()).isEqualTo(expectedExit(s));
        assertThat(j.get("checks")).hasSize(dev.azscsp.diagnosis.CheckId.values().length);
        assertThat(j.get("checks").get(0).fieldNames()).toIterable().contains("id", "status", "code", "evidence", "durationMs");
        assertThat(j.get("target").get("subscriptionId").asText()).isEqualTo(s == Scenario.REGISTRATION_IN_OTHER_SUBSCRIPTION
                ? "8e4d2c1b-7a6f-4e5d-9c3b-2a1f0e9d8c7b" : "dd8597b4-8739-4467-8b10-f8679f62bfbf");
        if (s.expectedCode().isPresent()) assertThat(j.get("card").get("code").asText()).isEqualTo(s.expectedCode().get());
    }

    @Test
    void jsonOutcomesAreTheDocumentedWords() throws Exception {
        assertThat(json(CliRun.of("diagnose", "--auth", "demo", "--format", "json")).get("outcome").asText()).isEqualTo("ok");
        assertThat(json(CliRun.of("diagnose", "--auth", "demo", "--scenario", "registration-not-found", "--format", "json"))
                .get("outcome").asText()).isEqualTo("problem");
        assertThat(json(CliRun.of("diagnose", "--auth", "demo", "--scenario", "throttled", "--format", "json"))
                .get("outcome").asText()).isEqualTo("incomplete");
    }

    @Test
    void withoutConfirmationNothingIsWritten() throws Exception {
        CliRun r = CliRun.of("diagnose", "--auth", "demo", "--scenario", "unauthorized-csp-registration", "--add", "--format", "json");
        assertThat(r.err()).contains("Not written", "--yes");
        JsonNode add = json(r).get("checks").get(dev.azscsp.diagnosis.CheckId.values().length - 1);
        assertThat(add.get("id").asText()).isEqualTo("add");
        assertThat(add.get("status").asText()).isEqualTo("skipped");
        assertThat(json(r).get("outcome").asText()).isEqualTo("incomplete");
        assertThat(r.exitCode()).isEqualTo(DiagnoseCommand.NOT_CONFIRMED);
    }

    @Test
    void textOutputIsTheTicketThenTheChecksInTheChosenLanguage() {
        CliRun r = CliRun.of("diagnose", "--auth", "demo", "--scenario", "invalid-csp-subscription", "--lang", "fr");
        assertThat(r.out()).startsWith("Problème trouvé\u00a0: InvalidCSPSubscription").contains("Vérifications", "[échec]");
        CliRun md = CliRun.of("diagnose", "--auth", "demo", "--scenario", "invalid-csp-subscription", "--format", "markdown", "--lang", "en");
        assertThat(md.out()).startsWith("# Problem found: InvalidCSPSubscription").contains("## `InvalidCSPSubscription`: ", "| Check | Status |");
    }

    @Test
    void redactShortensEveryGuid() {
        CliRun r = CliRun.of("diagnose", "--auth", "demo", "--redact", "--lang", "en");
        assertThat(r.out()).doesNotContain("dd8597b4-8739-4467-8b10-f8679f62bfbf").contains("dd85\u2026bfbf");
    }

    @Test
    void malformedInputExitsWithTwoAndNamesTheField() throws Exception {
        CliRun r = CliRun.of("diagnose", "--auth", "demo", "--customer-subscription", "12345", "--format", "json", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode j = json(r);
        assertThat(j.get("primaryCode").asText()).isEqualTo("InvalidCustomerSubscriptionId");
        assertThat(j.get("checks").get(0).get("evidence").asText()).contains("Customer subscription ID", "5 hexadecimal digits");
    }

    @Test
    void unknownOptionsValuesAreUsageErrors() {
        assertThat(CliRun.of("diagnose", "--auth", "carrier-pigeon").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("diagnose", "--auth", "demo", "--scenario", "nope").err()).contains("Unknown --scenario 'nope'", "healthy");
        assertThat(CliRun.of("diagnose", "--cloud", "Mars").err()).contains("Unknown --cloud");
        assertThat(CliRun.of("diagnose", "--arm-endpoint", "http://localhost").err()).contains("https://");
        assertThat(CliRun.of("diagnose", "--timeout", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void listsTheScenarios() {
        CliRun r = CliRun.of("diagnose", "--list-scenarios");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("healthy", "customer-subscriptions-not-allowed\tCustomerSubscriptionsNotAllowed");
    }
}
