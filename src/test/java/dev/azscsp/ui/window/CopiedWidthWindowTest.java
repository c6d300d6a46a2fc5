package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.i18n.Language;

/** A Copy button that says it copied keeps its width and shows the whole word: nothing moves under the pointer. */
class CopiedWidthWindowTest extends WindowTest {

    @Test
    void copyButtonsKeepTheirWidthWhileTheySayCopiedInBothLanguages() {
        openDemo(Scenario.REGISTRATION_NOT_FOUND);
        runWizardToResult(15);
        assertKeepsWidth("#primaryCard .copy-button", "Copied");
        assertKeepsWidth("#copyPlain", "Copied");
        robot.interact(() -> vm().i18n().setLanguage(Language.FR));
        waitUntil(() -> vm().i18n().language() == Language.FR);
        assertKeepsWidth("#primaryCard .copy-button", "Copié");
        assertKeepsWidth("#copyMarkdown", "Copié");
    }

    /** Reads before, during and the shown text in one turn of the JavaFX thread, with a layout pass in between. */
    private void assertKeepsWidth(String query, String copiedWord) {
        robot.interact(() -> {});
        List<double[]> widths = fx(() -> {
            Button b = robot.lookup(query).queryAs(Button.class);
            double before = b.getWidth();
            b.fire();
            b.getScene().getRoot().applyCss();
            b.getScene().getRoot().layout();
            double during = b.getWidth();
            Text shown = (Text) b.lookup(".text");
            assertThat(shown.getText()).as(query + " shows the whole word").isEqualTo(b.getText()).startsWith(copiedWord);
            return List.of(new double[] {before, during});
        });
        assertThat(widths.get(0)[1]).as(query + " width while it says " + copiedWord).isEqualTo(widths.get(0)[0]);
    }
}
