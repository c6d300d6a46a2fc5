package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.main.Page;

/** Inline validation: each field says what is wrong, and Next stays blocked until it is fixed. */
class ValidationWindowTest extends WindowTest {

    private static String expected(Field f, String value) {
        return InputRules.checkField(f, value).get(0).message().in(Language.EN);
    }

    @Test
    void aMalformedSubscriptionBlocksNextWithItsReason() {
        openDemo(Scenario.HEALTHY);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        String bad = "dd8597b4-8739-4467-8b10-f8679f62bfb";
        robot.doubleClickOn("#subscriptionId").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(bad);
        assertThat(text("#subscriptionIdMessage")).isEqualTo(expected(Field.SUBSCRIPTION_ID, bad));
        assertThat(button("#nextButton").isDisabled()).isTrue();
        assertThat(button("#findButton").isDisabled()).as("nothing to look up with a bad id").isTrue();
        assertThat(text("#hint")).isEqualTo("Next is available once the fields marked in red are corrected.");

        javafx.geometry.Bounds hintAt = fx(() -> robot.lookup("#hint").query().localToScene(robot.lookup("#hint").query().getLayoutBounds()));
        javafx.geometry.Bounds nextAt = fx(() -> button("#nextButton").localToScene(button("#nextButton").getLayoutBounds()));
        assertThat(hintAt.getMinY()).as("the hint is under the button it is about").isGreaterThanOrEqualTo(nextAt.getMaxY());
        assertThat(hintAt.getMaxX()).as("and reaches under it").isGreaterThan(nextAt.getMinX());

        robot.write("f");
        assertThat(text("#subscriptionIdMessage")).isEmpty();
        assertThat(button("#nextButton").isDisabled()).isFalse();
        assertThat(text("#hint")).isEmpty();
        robot.interact(() -> {});
        javafx.geometry.Bounds nextAfter = fx(() -> button("#nextButton").localToScene(button("#nextButton").getLayoutBounds()));
        assertThat(nextAfter.getMinY()).as("Next does not move when the hint goes").isEqualTo(nextAt.getMinY());
    }

    @Test
    void onlyAWrongFieldCarriesAMark() {
        openDemo(Scenario.HEALTHY);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        javafx.scene.control.TextField id = robot.lookup("#subscriptionId").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn("#subscriptionId");
        robot.clickOn("#registrationName");
        assertThat(fx(() -> marks(id))).as("a valid required field is not marked").isEmpty();
        robot.interact(() -> vm().registration().subscriptionId().set("not-a-guid"));
        robot.clickOn("#subscriptionId");
        robot.clickOn("#registrationName");
        assertThat(fx(() -> marks(id))).as("a wrong field is").isNotEmpty();
    }

    private static java.util.List<org.controlsfx.control.decoration.Decoration> marks(javafx.scene.Node n) {
        var list = org.controlsfx.control.decoration.Decorator.getDecorations(n);
        return list == null ? java.util.List.of() : java.util.List.copyOf(list);
    }

    @Test
    void anEmptyRequiredFieldSpeaksUpOnceLeft() {
        robot.clickOn("#checkButton");
        waitUntil(() -> vm().page() == Page.CONNECT);
        robot.interact(() -> vm().connect().useDemo(Scenario.HEALTHY));
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.interact(() -> vm().registration().registrationName().set(""));
        robot.clickOn("#registrationName");
        assertThat(text("#registrationNameMessage")).as("quiet while the user is in it").isEmpty();
        robot.clickOn("#stampCloudId");
        assertThat(text("#registrationNameMessage")).isEqualTo(expected(Field.REGISTRATION_NAME, ""));
        assertThat(button("#nextButton").isDisabled()).isTrue();
    }

    @Test
    void theCustomerStepRefusesTheRegistrationsOwnSubscription() {
        openDemo(Scenario.HEALTHY);
        robot.interact(() -> vm().go(Page.CUSTOMER));
        robot.interact(() -> vm().customer().customerSubscriptionId().set(vm().registration().subscriptionId().value()));
        assertThat(text("#crossFieldMessage")).startsWith("The customer subscription is the registration subscription itself.");
        assertThat(button("#nextButton").isDisabled()).isTrue();
    }
}
