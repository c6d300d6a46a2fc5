package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javafx.scene.control.TextArea;

import org.junit.jupiter.api.Test;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.paste.FakePastedErrorReader;
import dev.azscsp.ui.paste.PastedError;

/** "I have an error message": pasted text → card at once → the checks with the values found. */
class PasteWindowTest extends WindowTest {
    private static final String PASTED = "Operation failed: UnauthorizedCspRegistration for reg-contoso";
    private final FakePastedErrorReader reader = new FakePastedErrorReader().answer(PASTED, new PastedError(
            List.of("UnauthorizedCspRegistration", "AuthorizationFailed"), "UnauthorizedCspRegistration",
            Map.of(Field.SUBSCRIPTION_ID, "dd8597b4-8739-4467-8b10-f8679f62bfbf", Field.REGISTRATION_NAME, "reg-contoso",
                    Field.CUSTOMER_SUBSCRIPTION_ID, "e09a4e93-29a7-4eba-a6d4-76202383f07f")));

    @Override
    protected void configure() {
        services.pasteReader = reader;
    }

    @Test
    void pastedTextShowsItsCardAndStartsTheChecksWithItsValues() {
        robot.clickOn("#pasteButton");
        waitUntil(() -> vm().page() == Page.PASTE);
        assertThat(button("#nextButton").isDisabled()).isTrue();
        // Paste from the clipboard, as a user would.
        robot.interact(() -> dev.azscsp.ui.common.Clipboards.put(PASTED));
        robot.clickOn("#fromClipboardButton");
        waitUntil(() -> PASTED.equals(robot.lookup("#text").queryAs(TextArea.class).getText()));
        assertThat(reader.lastText).isEqualTo(PASTED);
        assertThat(text("#pastedCard #cardCode")).isEqualTo("UnauthorizedCspRegistration");
        assertThat(text("#pastedCard #cardTitle")).isEqualTo(
                ErrorCatalog.shipped().text("UnauthorizedCspRegistration", dev.azscsp.i18n.Language.EN).title());
        assertThat(text("#status")).isEqualTo("Recognized: UnauthorizedCspRegistration, and 1 other code.");
        assertThat(robot.lookup("#values .label").queryAll()).extracting(n -> ((javafx.scene.control.Label) n).getText())
                .contains("reg-contoso", "e09a4e93-29a7-4eba-a6d4-76202383f07f");

        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CONNECT);
        assertThat(fx(() -> vm().registration().registrationName().value())).isEqualTo("reg-contoso");
        assertThat(fx(() -> vm().customer().customerSubscriptionId().value())).isEqualTo("e09a4e93-29a7-4eba-a6d4-76202383f07f");
        assertThat(fx(() -> vm().registration().resourceGroup().value())).as("not in the text: kept").isEqualTo("azurestack");
    }

    @Test
    void textWithoutAKnownCodeSaysSo() {
        robot.clickOn("#pasteButton");
        waitUntil(() -> vm().page() == Page.PASTE);
        robot.clickOn("#text").write("Something odd happened");
        assertThat(text("#status")).startsWith("No known error code was found in this text.");
        assertThat(robot.lookup("#pastedCard #cardCode").tryQuery()).isEmpty();
        assertThat(button("#nextButton").isDisabled()).isTrue();
    }
}
