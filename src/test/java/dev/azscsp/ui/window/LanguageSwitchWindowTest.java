package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.main.Page;

/** English ↔ Français changes every text at once and keeps everything typed. */
class LanguageSwitchWindowTest extends WindowTest {

    @Test
    void theStartPageTurnsFrenchAndBack() {
        assertThat(text("#checkButton")).isEqualTo("_Check a customer subscription");
        robot.clickOn("#french");
        waitUntil(() -> vm().i18n().language() == Language.FR);
        assertThat(text("#checkButton")).isEqualTo("_Vérifier un abonnement client");
        assertThat(text("#pageTitle")).isEqualTo("Accueil");
        assertThat(fx(() -> window.stage().getScene().getFocusOwner().getId())).as("the keyboard stays on the switch").isEqualTo("french");
        robot.clickOn("#english");
        waitUntil(() -> vm().i18n().language() == Language.EN);
        assertThat(text("#checkButton")).isEqualTo("_Check a customer subscription");
    }

    @Test
    void typedValuesAndAResultSurviveTheSwitch() {
        openDemo(Scenario.CUSTOMER_SUBSCRIPTION_NOT_FOUND);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.interact(() -> vm().registration().stampCloudId().set("oops"));
        String englishMessage = text("#stampCloudIdMessage");
        robot.clickOn("#french");
        waitUntil(() -> vm().i18n().language() == Language.FR);
        assertThat(robot.lookup("#stampCloudId").queryAs(TextField.class).getText()).isEqualTo("oops");
        assertThat(text("#stampCloudIdMessage")).isNotEmpty().isNotEqualTo(englishMessage);
        assertThat(text("#nextButton")).isEqualTo("_Suivant");
        assertThat(text("#hint")).isEqualTo("Suivant sera disponible une fois les champs en rouge corrigés.");

        robot.interact(() -> vm().registration().stampCloudId().set(""));
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CUSTOMER);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.RESULT, 15);
        assertThat(text("#primaryCard #cardTitle")).isEqualTo("Abonnement client non rattaché à l’inscription");
        robot.clickOn("#english");
        waitUntil(() -> vm().i18n().language() == Language.EN);
        assertThat(text("#primaryCard #cardCode")).isEqualTo("CustomerSubscriptionNotFound");
        assertThat(text("#primaryCard #cardTitle")).isEqualTo("Customer subscription not attached to registration");
        assertThat(text("#nextButton")).isEqualTo("Run _again");
    }
}
