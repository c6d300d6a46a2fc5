package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.RegistrationTarget;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.result.ResultViewModel;

/** Every demo scenario, walked through the window, ends on the card it is meant to show. */
class DemoScenariosWindowTest extends WindowTest {

    @Override
    protected void configure() {
        // The slow scenario has its own tests (cancel, responsiveness); here its 2.5 s per call would only cost time.
        services.apiFactory = (c, dc) -> c.scenario() == Scenario.SLOW
                ? new SimulatedAzure(Scenario.SLOW, Duration.ZERO) : new SimulatedAzure(c.scenario());
    }

    /** Enter is the default button (Next, then Run): the keyboard walks the wizard. */
    @ParameterizedTest
    @EnumSource(Scenario.class)
    void theDemoEndsOnTheScenariosCard(Scenario s) {
        openDemo(s);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().page() == Page.CUSTOMER);
        if (InputRules.check(s.input()).usable()) {
            robot.type(KeyCode.ENTER);
        } else {
            // A malformed customer ID blocks Run; its card is one click away instead.
            assertThat(button("#nextButton").isDisabled()).isTrue();
            assertThat(text("#customerSubscriptionIdMessage")).contains("must be a GUID");
            robot.clickOn("#explainButton");
        }
        waitUntil(() -> vm().page() == Page.RESULT, 15);
        // A write the rights checks found refused is never offered: no confirmation opens (checked below).
        if (s.intent() == Intent.ADD && s != Scenario.MISSING_WRITE_PERMISSION) {
            DialogPane dialog = confirmation();
            RegistrationTarget t = fx(() -> vm().result().target());
            assertThat(fx(() -> robot.from(dialog).lookup("#confirmResourceId").queryAs(TextArea.class).getText()))
                    .as("the confirmation names exactly the resource to write")
                    .isEqualTo(t.registration().customerSubscriptionId(t.customerSubscriptionId()));
            robot.clickOn(dialogButton(dialog, ButtonBar.ButtonData.OK_DONE));
            waitUntil(() -> vm().result().addStateProperty().get() == ResultViewModel.AddState.ADDED);
        }
        if (s.expectedCode().isPresent()) {
            assertThat(text("#primaryCard #cardCode")).isEqualTo(s.expectedCode().get());
        } else {
            assertThat(robot.lookup("#primaryCard #cardCode").tryQuery()).isEmpty();
            assertThat(fx(() -> vm().result().headlineProperty().get())).startsWith("No problem found");
        }
        assertThat(robot.lookup("#" + AlertConfirmer.DIALOG_ID).tryQuery()).isEmpty();
    }
}
