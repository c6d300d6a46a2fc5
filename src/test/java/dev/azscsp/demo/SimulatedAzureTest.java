package dev.azscsp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.Outcome;
import dev.azscsp.diagnosis.input.InputRules;

class SimulatedAzureTest {

    /** What a user of each scenario sees at the end, when they confirm the write where the scenario adds. */
    static Diagnosis runToTheEnd(Scenario s) throws InterruptedException {
        SimulatedAzure azure = new SimulatedAzure(s, Duration.ZERO);
        Diagnostician diag = Diagnostician.standard(azure, Duration.ofSeconds(10));
        Diagnosis d = diag.run(InputRules.check(s.input()), null);
        return Diagnostician.readyToAdd(d) ? diag.add(d) : d;
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyScenarioEndsOnItsCard(Scenario s) throws Exception {
        Diagnosis d = runToTheEnd(s);
        assertThat(d.primaryCode()).as(s.key()).isEqualTo(s.expectedCode().orElse(null));
        if (s.expectedCode().isEmpty()) assertThat(d.outcome()).isEqualTo(Outcome.OK);
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"BAD_CUSTOMER_SUBSCRIPTION_ID", "UNAUTHORIZED_CSP_REGISTRATION"})
    void theCodesArmCannotPredictComeFromThePut(Scenario s) throws Exception {
        SimulatedAzure azure = new SimulatedAzure(s, Duration.ZERO);
        Diagnostician diag = Diagnostician.standard(azure, Duration.ofSeconds(10));
        Diagnosis checked = diag.run(InputRules.check(s.input()), null);
        assertThat(checked.outcome()).isEqualTo(Outcome.OK);
        assertThat(Diagnostician.readyToAdd(checked)).isTrue();
        assertThat(azure.writes()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"HEALTHY", "CUSTOMER_SUBSCRIPTION_NOT_FOUND"})
    void readingNeverWrites(Scenario s) throws Exception {
        SimulatedAzure azure = new SimulatedAzure(s, Duration.ZERO);
        Diagnostician.standard(azure, Duration.ofSeconds(10)).run(InputRules.check(s.input()), null);
        assertThat(azure.writes()).isEmpty();
        assertThat(azure.calls()).isGreaterThan(0);
    }

    @org.junit.jupiter.api.Test
    void scenariosParseByTheirCommandLineNames() {
        assertThat(Scenario.parse("customer-subscriptions-not-allowed")).contains(Scenario.CUSTOMER_SUBSCRIPTIONS_NOT_ALLOWED);
        assertThat(Scenario.parse("HEALTHY")).contains(Scenario.HEALTHY);
        assertThat(Scenario.parse("nope")).isEmpty();
    }
}
