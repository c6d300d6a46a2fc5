package dev.azscsp.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.i18n.Language;

class FieldModelTest {
    private final I18n i18n = new I18n(Language.EN);

    @Test
    void anEmptyRequiredFieldBlocksButSaysNothingUntilTouched() {
        FieldModel f = new FieldModel(Field.SUBSCRIPTION_ID, i18n);
        assertThat(f.isBlocking()).isTrue();
        assertThat(f.messageProperty().get()).isEmpty();
        assertThat(f.levelProperty().get()).isEqualTo(FieldModel.Level.NONE);
        f.touchedProperty().set(true);
        assertThat(f.messageProperty().get()).isEqualTo("Registration subscription ID is required.");
        assertThat(f.levelProperty().get()).isEqualTo(FieldModel.Level.ERROR);
    }

    @Test
    void aMalformedValueSaysWhyAtOnce() {
        FieldModel f = new FieldModel(Field.SUBSCRIPTION_ID, i18n);
        f.set("dd8597b4-8739-4467-8b10-f8679f62bfb");
        assertThat(f.isBlocking()).isTrue();
        assertThat(f.messageProperty().get()).contains("must be a GUID").contains("31 hexadecimal digits");
    }

    @Test
    void aPastedResourceIdIsAccepted() {
        FieldModel f = new FieldModel(Field.SUBSCRIPTION_ID, i18n);
        f.set("  /subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/resourceGroups/azurestack ");
        assertThat(f.isBlocking()).isFalse();
        assertThat(f.messageProperty().get()).isEmpty();
    }

    @Test
    void aWarningDoesNotBlock() {
        FieldModel f = new FieldModel(Field.CUSTOMER_SUBSCRIPTION_ID, i18n);
        f.set("E09A4E93-29A7-4EBA-A6D4-76202383F07F");
        assertThat(f.isBlocking()).isFalse();
        assertThat(f.levelProperty().get()).isEqualTo(FieldModel.Level.WARNING);
        assertThat(f.messageProperty().get()).contains("capital letters");
    }

    @Test
    void theMessageFollowsTheLanguage() {
        FieldModel f = new FieldModel(Field.REGISTRATION_NAME, i18n);
        f.set("Azure/Stack");
        String en = "Registration names allow letters, digits and _ - . ( ) only; found \u201c/\u201d.";
        assertThat(f.messageProperty().get()).isEqualTo(en);
        i18n.setLanguage(Language.FR);
        assertThat(f.messageProperty().get()).isNotEqualTo(en).contains("\u00ab\u00a0/\u00a0\u00bb");
    }
}
