package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.paste.FakePastedErrorReader;
import dev.azscsp.ui.paste.PastedError;

/**
 * From a paste to a result: every value found is on the page and in the ticket, the checks start from "verify", and
 * the result says whether the live checks confirm or contradict the pasted error.
 */
class PasteToResultWindowTest extends WindowTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String CORRELATION = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b";
    static final String REQUEST = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    static final String CONFIRMED = "New-AzResource: RegistrationNotFound";
    static final String CONTRADICTED = "New-AzResource: CustomerSubscriptionNotFound";

    private final FakePastedErrorReader reader = new FakePastedErrorReader()
            .answer(CONFIRMED, pasted("RegistrationNotFound"))
            .answer(CONTRADICTED, pasted("CustomerSubscriptionNotFound"));

    static PastedError pasted(String code) {
        return new PastedError(List.of(code), code, Map.of(Field.SUBSCRIPTION_ID, SUB, Field.REGISTRATION_NAME, "AzureStackRegistration",
                Field.CUSTOMER_SUBSCRIPTION_ID, CUST), Map.of(),
                Map.of(PastedError.CORRELATION_ID, CORRELATION, PastedError.REQUEST_ID, REQUEST));
    }

    @Override
    protected void configure() {
        services.pasteReader = reader;
    }

    private void pasteAndRun(String text) {
        robot.clickOn("#pasteButton");
        waitUntil(() -> vm().page() == Page.PASTE);
        robot.interact(() -> vm().paste().textProperty().set(text));
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CONNECT);
        // The demo's Azure stands in for the real one; its scenario has the registration the paste names missing.
        robot.interact(() -> vm().connect().useDemo(Scenario.REGISTRATION_NOT_FOUND));
        runWizardToResult(15);
    }

    @Test
    void theCorrelationAndRequestIdsAreOnThePageAndInTheCopiedTicket() {
        robot.clickOn("#pasteButton");
        waitUntil(() -> vm().page() == Page.PASTE);
        robot.interact(() -> vm().paste().textProperty().set(CONFIRMED));
        assertThat(fx(() -> robot.lookup("#values .label").queryAll().stream().map(n -> ((Label) n).getText()).toList()))
                .contains("x-ms-correlation-request-id", CORRELATION, "x-ms-request-id", REQUEST, "AzureStackRegistration");
        robot.clickOn("#copyCard");
        assertThat(clipboard()).contains("x-ms-correlation-request-id: " + CORRELATION, "x-ms-request-id: " + REQUEST);
    }

    @Test
    void theChecksStartFromVerifyAndConfirmThePastedError() {
        robot.interact(() -> vm().customer().intentProperty().set(Intent.ADD));   // left over from an earlier run
        pasteAndRun(CONFIRMED);
        assertThat(fx(() -> vm().result().diagnosis().target().intent())).isEqualTo(Intent.VERIFY);
        assertThat(text("#pasteVerdict")).isEqualTo("The live checks confirm the pasted error: RegistrationNotFound.");
    }

    @Test
    void theResultSaysWhenTheLiveChecksContradictThePaste() {
        pasteAndRun(CONTRADICTED);
        assertThat(text("#pasteVerdict")).isEqualTo("The live checks contradict the pasted CustomerSubscriptionNotFound: they found RegistrationNotFound.");
        // A run of its own, not from a paste, says nothing about one.
        robot.clickOn("#homeButton");
        waitUntil(() -> vm().page() == Page.START);
        openDemo(Scenario.HEALTHY);
        runWizardToResult(15);
        assertThat(fx(() -> robot.lookup("#pasteVerdict").query().isVisible())).isFalse();
    }
}
