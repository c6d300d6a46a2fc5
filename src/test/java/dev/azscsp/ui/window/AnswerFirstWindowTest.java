package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import dev.azscsp.demo.Scenario;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.main.Page;

/** The result page leads with the fix the checks found, and "Use these values and run again" runs with it. */
class AnswerFirstWindowTest extends WindowTest {
    static final String RIGHT = "AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    static final String CLOUD = "5bf881b2-6be7-42a1-9f47-d6fcb6737747";

    private int indexInPage(String query) {
        return fx(() -> {
            Node n = robot.lookup(query).query();
            while (!n.getParent().getStyleClass().contains("result-page")) n = n.getParent();
            return n.getParent().getChildrenUnmodifiable().indexOf(n);
        });
    }

    /** Scrolls the page so the node's top shows, as a user would before clicking it. */
    private void scrollTo(Node node) {
        robot.interact(() -> {
            Node n = node;
            while (!(n instanceof ScrollPane)) n = n.getParent();
            ScrollPane sp = (ScrollPane) n;
            double y = sp.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double range = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> labels(String query) {
        return fx(() -> robot.lookup(query).queryAll().stream().filter(Node::isVisible).map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void theFoundRegistrationComesFirstAndRunsAgainWithOneClick() {
        openDemo(Scenario.REGISTRATION_NOT_FOUND);
        runWizardToResult(15);

        assertThat(labels("#answerText")).containsExactly("The registration for CloudID " + CLOUD + " is " + RIGHT
                + ", in resource group azurestack.");
        assertThat(fx(() -> robot.lookup("#answerBox").query().isVisible())).isTrue();
        assertThat(indexInPage("#answerBox")).as("the answer is the first block").isZero();
        assertThat(indexInPage("#answerBox")).isLessThan(indexInPage("#outcome"));
        // What the app listed on the way is there, one click away, instead of a command to run.
        assertThat(indexInPage("#listedBox")).as("seen before the card asks for the same listing").isLessThan(indexInPage("#primaryCard"));
        TitledPane listing = fx(() -> (TitledPane) robot.lookup(".listing").query());
        assertThat(fx(listing::getText)).isEqualTo("The 2 registrations of subscription dd8597b4-8739-4467-8b10-f8679f62bfbf");
        assertThat(fx(listing::isExpanded)).isFalse();
        scrollTo(listing);
        robot.clickOn(fx(() -> listing.lookup(".title")));
        waitUntil(listing::isExpanded);
        assertThat(fx(() -> listing.getContent().lookupAll(".mono").stream().map(n -> ((Label) n).getText()).toList()))
                .anyMatch(t -> t.startsWith(RIGHT + " (resource group azurestack, cloud ID " + CLOUD));

        scrollTo(fx(() -> robot.lookup("#useValues").query()));
        robot.clickOn("#useValues");
        waitUntil(() -> vm().page() == Page.RESULT && vm().result().diagnosis() != null
                && RIGHT.equals(vm().result().diagnosis().target().registrationName()), 15);
        assertThat(fx(() -> vm().registration().registrationName().value())).isEqualTo(RIGHT);
        assertThat(fx(() -> vm().result().diagnosis().primaryCode())).as("the registration is found now; the mapping is the next question")
                .isEqualTo("CustomerSubscriptionNotFound");
        assertThat(fx(() -> robot.lookup("#answerBox").query().isVisible())).isFalse();
        assertThat(fx(() -> ((TitledPane) robot.lookup(".listing").query()).getText()))
                .isEqualTo("The 2 customer subscriptions of registration " + RIGHT);
    }

    @Test
    void theSubscriptionThatHoldsTheRegistrationComesFirstAndRunsAgainThere() {
        String typed = "8e4d2c1b-7a6f-4e5d-9c3b-2a1f0e9d8c7b";
        String holding = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
        openDemo(Scenario.REGISTRATION_IN_OTHER_SUBSCRIPTION);
        runWizardToResult(15);

        assertThat(labels("#answerText")).containsExactly("The registration for CloudID " + CLOUD + " is " + RIGHT
                + ", in subscription " + holding + " (resource group azurestack), not in subscription " + typed + ".");
        assertThat(indexInPage("#answerBox")).as("the answer is the first block").isZero();
        assertThat(fx(() -> robot.lookup("#useValues").query().isVisible())).isTrue();

        scrollTo(fx(() -> robot.lookup("#useValues").query()));
        robot.clickOn("#useValues");
        waitUntil(() -> vm().page() == Page.RESULT && vm().result().diagnosis() != null
                && holding.equals(vm().result().diagnosis().target().subscriptionId()), 15);
        assertThat(fx(() -> vm().registration().subscriptionId().value())).isEqualTo(holding);
        assertThat(fx(() -> vm().result().diagnosis().outcome())).isEqualTo(dev.azscsp.diagnosis.Outcome.OK);
        assertThat(fx(() -> robot.lookup("#answerBox").query().isVisible())).isFalse();
    }

    @Test
    void theAnswerIsInFrenchToo() {
        robot.clickOn("#french");
        waitUntil(() -> vm().i18n().language() == Language.FR);
        openDemo(Scenario.WRONG_CLOUD_ID);
        runWizardToResult(15);
        assertThat(labels("#answerText")).containsExactly("L’inscription du CloudID 9c2f3a10-41d7-4e55-a0b3-7d1e6f2c8a44 est "
                + "AzureStack-9c2f3a10-41d7-4e55-a0b3-7d1e6f2c8a44, dans le groupe de ressources azurestack.");
        assertThat(text("#useValues")).isEqualTo("Utiliser ces _valeurs et relancer");
    }

    @Test
    void aResultWithNothingFoundHasNoAnswerBlock() {
        openDemo(Scenario.HEALTHY);
        runWizardToResult(15);
        assertThat(fx(() -> robot.lookup("#answerBox").query().isVisible())).isFalse();
        assertThat(fx(() -> robot.lookup("#listedBox").query().isVisible())).isFalse();
    }
}
