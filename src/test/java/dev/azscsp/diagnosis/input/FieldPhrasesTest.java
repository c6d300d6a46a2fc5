package dev.azscsp.diagnosis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.azscsp.i18n.Language;

/**
 * A message that names a field puts the field in a sentence, and a French sentence needs the field's article
 * ("Le groupe de ressources est obligatoire.", "L’ID de l’abonnement client doit être un GUID"): each field carries
 * its own phrase for that, rather than a label (without article) glued into a fixed sentence.
 */
class FieldPhrasesTest {
    private static final String LOOKALIKE = "\uff44\uff44\uff18\uff15\uff19\uff17\uff42\uff14-8739-4467-8b10-f8679f62bfbf";

    @Test
    void requiredFieldsInFrenchStartWithTheirArticle() {
        assertThat(message(Field.RESOURCE_GROUP, "")).isEqualTo("Le groupe de ressources est obligatoire.");
        assertThat(message(Field.REGISTRATION_NAME, "")).isEqualTo("Le nom de l’inscription est obligatoire.");
        assertThat(message(Field.SUBSCRIPTION_ID, "")).isEqualTo("L’ID de l’abonnement d’inscription est obligatoire.");
        assertThat(message(Field.CUSTOMER_SUBSCRIPTION_ID, "")).isEqualTo("L’ID de l’abonnement client est obligatoire.");
    }

    @ParameterizedTest
    @EnumSource(value = Field.class, names = {"SUBSCRIPTION_ID", "STAMP_CLOUD_ID", "CUSTOMER_SUBSCRIPTION_ID", "CUSTOMER_TENANT_ID"})
    void everyIdMessageInFrenchNamesItsFieldWithItsArticle(Field f) {
        String notGuid = message(f, "dd8597b4-8739-4467-8b10-f8679f62bfb");
        String tooLong = message(f, "a".repeat(5000));
        String lookalike = InputRules.lookalikeId(f, LOOKALIKE).in(Language.FR);
        for (String m : List.of(notGuid, tooLong, lookalike)) {
            assertThat(m).as(f + " in a sentence").matches("(L’|Le |La |Les )\\S.*");
        }
        assertThat(notGuid).contains(" doit être un GUID ");
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void everyFieldHasItsPhraseInBothLanguages(Field f) {
        for (Language l : Language.values()) {
            String phrase = dev.azscsp.diagnosis.Text.of("field." + f.name() + ".subject").in(l);
            assertThat(phrase).as(f + " in " + l).isNotBlank().doesNotStartWith("!");
        }
    }

    @Test
    void englishKeepsItsWording() {
        assertThat(InputRules.checkField(Field.RESOURCE_GROUP, "")).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).isEqualTo("Resource group is required."));
    }

    private static String message(Field f, String value) {
        List<InputProblem> problems = InputRules.checkField(f, value);
        assertThat(problems).as(f + " " + value).isNotEmpty();
        return problems.get(0).message().in(Language.FR);
    }
}
