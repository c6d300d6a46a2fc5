package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.HeldWrite;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.result.ResultViewModel.AddState;

/** The one write, in the window: while it is in flight, Escape does nothing and closing the window asks first. */
class WriteWindowTest extends WindowTest {
    private final HeldWrite held = new HeldWrite();

    @Override
    protected void configure() {
        services.apiFactory = (c, dc) -> held.api(c.scenario());
    }

    @AfterEach
    void letTheAnswerCome() {
        held.answer();
    }

    private Optional<DialogPane> closeQuestion() {
        return fx(() -> robot.lookup("#" + AlertConfirmer.CLOSE_DIALOG_ID).tryQueryAs(DialogPane.class));
    }

    @Test
    void duringTheWriteEscapeKeepsThePageAndClosingAsksFirst() {
        openDemo(Scenario.UNAUTHORIZED_CSP_REGISTRATION);
        runWizardToResult(15);
        DialogPane confirm = confirmation();
        robot.clickOn(dialogButton(confirm, ButtonBar.ButtonData.OK_DONE));
        waitUntil(() -> vm().result().addStateProperty().get() == AddState.ADDING);

        robot.type(KeyCode.ESCAPE);
        assertThat(fx(vm()::page)).isEqualTo(Page.RESULT);
        assertThat(button("#homeButton").isDisabled()).isTrue();

        // Closing the window: asked, and "Wait for the answer" (the default) keeps it open.
        Platform.runLater(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> closeQuestion().isPresent());
        DialogPane question = closeQuestion().orElseThrow();
        assertThat(fx(() -> ((javafx.scene.control.Label) question.getContent()).getText()))
                .contains(fx(() -> vm().result().resourceToWrite()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> closeQuestion().isEmpty());
        assertThat(fx(() -> window.stage().isShowing())).isTrue();

        held.answer();
        waitUntil(() -> vm().result().addStateProperty().get() == AddState.ADDED);
        assertThat(text("#addMessage")).isEqualTo("Azure refused to add the customer subscription: the card below says why.");
        assertThat(button("#homeButton").isDisabled()).isFalse();

        // Once answered, closing asks nothing.
        Platform.runLater(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> !window.stage().isShowing());
        assertThat(closeQuestion()).isEmpty();
    }
}
