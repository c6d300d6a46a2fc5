package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.ui.PermissionsUnreadable;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.ui.result.ResultViewModel.AddState;

/** "Add now" and the rights checks, in the window: unverified rights are said in the confirmation, missing ones refuse. */
class RightsWindowTest extends WindowTest {
    private SimulatedAzure azure;

    @Override
    protected void configure() {
        services.apiFactory = (c, dc) -> {
            azure = new SimulatedAzure(c.scenario(), Duration.ZERO);
            return c.scenario() == Scenario.BAD_CUSTOMER_SUBSCRIPTION_ID ? new PermissionsUnreadable(azure) : azure;
        };
    }

    @Test
    void rightsThatCouldNotBeReadAreSaidInTheConfirmationAndCancelWritesNothing() {
        openDemo(Scenario.BAD_CUSTOMER_SUBSCRIPTION_ID);
        runWizardToResult(15);
        DialogPane confirm = confirmation();
        Label caution = fx(() -> robot.from(confirm).lookup("#confirmUnverified").queryAs(Label.class));
        assertThat(fx(caution::getText)).startsWith("The checks could not confirm that you may write")
                .contains("Microsoft.Authorization/permissions/read");
        robot.clickOn(dialogButton(confirm, ButtonBar.ButtonData.CANCEL_CLOSE));
        waitUntil(() -> vm().result().addStateProperty().get() == AddState.DECLINED);
        assertThat(azure.writes()).isEmpty();
    }

    @Test
    void aMissingPermissionShowsItsCardAndNoConfirmation() {
        openDemo(Scenario.MISSING_WRITE_PERMISSION);
        runWizardToResult(15);
        assertThat(text("#primaryCard #cardCode")).isEqualTo("MissingWritePermission");
        assertThat(robot.lookup("#" + AlertConfirmer.DIALOG_ID).tryQuery()).isEmpty();
        assertThat(fx(() -> vm().result().canAdd())).isFalse();
        assertThat(azure.writes()).isEmpty();
    }
}
