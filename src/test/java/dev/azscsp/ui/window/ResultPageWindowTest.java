package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ScrollPane;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.main.Page;

/** The result page as a page: where it opens. */
class ResultPageWindowTest extends WindowTest {

    private ScrollPane enclosingScroll() {
        return fx(() -> {
            javafx.scene.Node n = robot.lookup("#outcome").query();
            while (n != null && !(n instanceof ScrollPane)) n = n.getParent();
            return (ScrollPane) n;
        });
    }

    @Test
    void aNewResultOpensScrolledToItsTop() {
        openDemo(Scenario.REGISTRATION_NOT_FOUND);
        runWizardToResult(15);
        ScrollPane scroll = enclosingScroll();
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        assertThat(fx(scroll::getVvalue)).as("the page is long enough to scroll").isGreaterThan(0);

        robot.clickOn("#homeButton");
        waitUntil(() -> vm().page() == Page.START);
        openDemo(Scenario.NOT_AUTHORIZED);
        runWizardToResult(15);
        robot.interact(() -> { });
        assertThat(fx(() -> enclosingScroll().getVvalue())).isEqualTo(fx(() -> enclosingScroll().getVmin()));
    }
}
