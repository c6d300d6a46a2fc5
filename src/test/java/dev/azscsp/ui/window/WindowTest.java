package dev.azscsp.ui.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.TestServices;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.ui.main.MainViewModel;
import dev.azscsp.ui.main.MainWindow;
import dev.azscsp.ui.main.Page;

/**
 * A real main window per test, headless under Monocle by default, with settings in a folder of its own and
 * fakes only where a desktop is needed (browser, native save dialog).
 */
abstract class WindowTest {
    protected final FxRobot robot = new FxRobot();
    protected final TestServices services = new TestServices();
    protected Path home;
    protected MainWindow window;

    /** Lets a test change the services before the window opens. */
    protected void configure() {}

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openWindow() throws IOException {
        Path base = Path.of(System.getProperty("azscsp.home", "target/test-home"));
        Files.createDirectories(base);
        home = Files.createTempDirectory(base, "window-");
        configure();
        robot.interact(() -> {
            Stage stage = new Stage();
            window = MainWindow.show(stage, services.build(stage, home));
            stage.setWidth(1040);
            stage.setHeight(720);
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() {
        if (window == null) return;
        robot.interact(() -> {
            // A confirmation left open by a failed test would block the next one.
            javafx.stage.Window.getWindows().stream().filter(w -> w != window.stage()).toList().forEach(javafx.stage.Window::hide);
            window.stage().close();
        });
    }

    protected MainViewModel vm() {
        return window.viewModel();
    }

    protected <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the condition, read on the JavaFX thread, holds. */
    protected void waitUntil(Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within " + seconds + " s (page " + fx(() -> vm().page())
                    + ", focus on " + fx(() -> window.stage().getScene().getFocusOwner()) + ")", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, 10);
    }

    protected String clipboard() {
        return fx(() -> Clipboard.getSystemClipboard().getString());
    }

    protected String text(String query) {
        return fx(() -> ((Labeled) robot.lookup(query).query()).getText());
    }

    protected Button button(String query) {
        return robot.lookup(query).queryButton();
    }

    /** Start page → demo tile → scenario → "Start the demo": the Connect step with the scenario's values. */
    protected void openDemo(Scenario s) {
        robot.clickOn("#demoButton");
        waitUntil(() -> vm().page() == Page.DEMO);
        ListView<Scenario> list = robot.lookup("#scenarios").queryListView();
        robot.interact(() -> {
            list.getSelectionModel().select(s);
            list.scrollTo(s);
        });
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CONNECT);
    }

    /** Connect → Registration → Customer → Run, with the mouse, then waits for the result page. */
    protected void runWizardToResult(int seconds) {
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CUSTOMER);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.RESULT, seconds);
    }

    /** The open write confirmation, once it shows. */
    protected DialogPane confirmation() {
        waitUntil(() -> findConfirmation().isPresent());
        return findConfirmation().orElseThrow();
    }

    private Optional<DialogPane> findConfirmation() {
        return fx(() -> robot.lookup("#" + AlertConfirmer.DIALOG_ID).tryQueryAs(DialogPane.class));
    }

    protected Node dialogButton(DialogPane pane, ButtonBar.ButtonData data) {
        return fx(() -> pane.lookupButton(pane.getButtonTypes().stream().filter(b -> b.getButtonData() == data).findFirst().orElseThrow()));
    }
}
