package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.main.Page;

/** Visited input steps in the step bar are buttons that go back; other steps do not pretend to be. */
class StepBarWindowTest extends WindowTest {

    @Test
    void aVisitedStepGoesBackAndStepsAheadAreNotButtons() {
        openDemo(Scenario.HEALTHY);
        assertThat(robot.lookup("#step-connect").tryQuery()).as("the current step is no link").isEmpty();
        runWizardToResult(15);
        assertThat(robot.lookup("#step-connect").tryQuery()).isPresent();
        assertThat(robot.lookup("#step-customer").tryQuery()).isPresent();
        assertThat(robot.lookup("#step-checks").tryQuery()).as("the checks are no place to go back to").isEmpty();
        assertThat(button("#step-registration").getAccessibleText()).isEqualTo("Go back to Registration");

        robot.clickOn("#step-registration");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        assertThat(robot.lookup("#step-connect").tryQuery()).isPresent();
        assertThat(robot.lookup("#step-customer").tryQuery()).as("a step ahead is not a link").isEmpty();
        assertThat(robot.lookup("#step-registration").tryQuery()).isEmpty();
    }

    @Test
    void whileTheChecksRunTheVisitedStepsAreHeld() {
        openDemo(Scenario.SLOW);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CUSTOMER);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CHECKS);
        waitUntil(() -> robot.lookup("#step-customer").tryQuery().isPresent());
        assertThat(fx(() -> vm().checks().isRunning())).isTrue();
        assertThat(fx(() -> button("#step-customer").isDisabled())).isTrue();
        robot.interact(() -> button("#step-customer").fire());
        assertThat(fx(() -> vm().page())).isEqualTo(Page.CHECKS);
    }
}
