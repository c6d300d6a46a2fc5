package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.main.Page;

/** Everything by keyboard: mnemonics, Enter as the default button, Escape as Cancel; names for icon-only buttons. */
class KeyboardWindowTest extends WindowTest {

    private void alt(KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
    }

    @Test
    void mnemonicsEnterAndEscapeDriveTheWizard() {
        assertThat(fx(() -> window.stage().getScene().getFocusOwner().getId())).isEqualTo("checkButton");
        alt(KeyCode.D);   // "Try the _demo"
        waitUntil(() -> vm().page() == Page.DEMO);
        robot.type(KeyCode.ENTER);   // the selected scenario
        waitUntil(() -> vm().page() == Page.CONNECT);
        alt(KeyCode.W);   // "Bro_wser sign-in"
        waitUntil(() -> vm().connect().signInProperty().get() == dev.azscsp.app.SignIn.BROWSER);
        alt(KeyCode.O);   // "Dem_o"
        waitUntil(() -> vm().connect().signInProperty().get() == dev.azscsp.app.SignIn.DEMO);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        alt(KeyCode.G);   // "Resource _group"
        assertThat(fx(() -> window.stage().getScene().getFocusOwner().getId())).isEqualTo("resourceGroup");
        alt(KeyCode.B);   // "_Back"
        waitUntil(() -> vm().page() == Page.CONNECT);
        robot.type(KeyCode.ESCAPE);   // Cancel
        waitUntil(() -> vm().page() == Page.START);
    }

    @Test
    void tabReachesTheStartTilesInReadingOrder() {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seen.add(fx(() -> window.stage().getScene().getFocusOwner().getId()));
            robot.type(KeyCode.TAB);
        }
        assertThat(seen).containsExactly("checkButton", "bulkButton", "pasteButton", "catalogButton", "demoButton");
    }

    @Test
    void everyButtonWithoutTextHasANameForScreenReaders() {
        openDemo(Scenario.REGISTRATION_NOT_FOUND);
        runWizardToResult(15);
        for (Page p : List.of(Page.RESULT, Page.CHECKS, Page.CONNECT, Page.START, Page.BULK)) {
            robot.interact(() -> vm().go(p));
            List<ButtonBase> unnamed = fx(() -> {
                List<ButtonBase> out = new ArrayList<>();
                collect(window.stage().getScene().getRoot(), out);
                return out;
            });
            assertThat(unnamed).as("icon-only buttons on " + p).isEmpty();
        }
    }

    private static void collect(Node n, List<ButtonBase> unnamed) {
        if (!n.isVisible()) return;
        if (n instanceof ButtonBase b && (b.getText() == null || b.getText().isBlank())
                && (b.getAccessibleText() == null || b.getAccessibleText().isBlank())) {
            unnamed.add(b);
        }
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, unnamed));
    }
}
