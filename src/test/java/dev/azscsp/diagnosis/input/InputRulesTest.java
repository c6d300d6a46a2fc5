package dev.azscsp.diagnosis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.i18n.Language;

class InputRulesTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";

    static RawInput raw(String sub, String rg, String name, String cust) {
        return new RawInput(sub, rg, name, cust, null, null, Intent.VERIFY);
    }

    @Test
    void acceptsWellFormedInput() {
        InputReport r = InputRules.check(raw(SUB, "azurestack", "AzureStack-5bf881b2", CUST));
        assertThat(r.usable()).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(r.target().subscriptionId()).isEqualTo(SUB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  dd8597b4-8739-4467-8b10-f8679f62bfbf ", "\"dd8597b4-8739-4467-8b10-f8679f62bfbf\"",
            "{dd8597b4-8739-4467-8b10-f8679f62bfbf}", "'dd8597b4-8739-4467-8b10-f8679f62bfbf'",
            "/subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/resourceGroups/azurestack",
            "https://management.azure.com/subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf?api-version=1",
            "\u00a0dd8597b4-8739-4467-8b10-f8679f62bfbf\u00a0"})
    void cleansSubscriptionIdsAsPeoplePasteThem(String pasted) {
        InputReport r = InputRules.check(raw(pasted, "azurestack", "reg", CUST));
        assertThat(r.target().subscriptionId()).isEqualTo(SUB);
        assertThat(r.usable()).isTrue();
    }

    @Test
    void aMalformedCustomerIdMapsToInvalidCustomerSubscriptionIdNamingTheField() {
        InputReport r = InputRules.check(raw(SUB, "azurestack", "reg", "e09a4e93-29a7-4eba-a6d4-76202383fO7f"));
        assertThat(r.usable()).isFalse();
        InputProblem p = r.blocking(Field.CUSTOMER_SUBSCRIPTION_ID).orElseThrow();
        assertThat(p.code()).isEqualTo("InvalidCustomerSubscriptionId");
        assertThat(p.message().in(Language.EN)).contains("Customer subscription ID must be a GUID", "\u201cO\u201d");
        assertThat(p.message().in(Language.FR)).contains("ID de l’abonnement client doit être un GUID");
    }

    @Test
    void explainsWhatIsWrongWithAGuid() {
        assertThat(InputRules.checkField(Field.SUBSCRIPTION_ID, "dd8597b487394467 8b10f8679f62bfbf")).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).contains("U+0020"));
        assertThat(InputRules.checkField(Field.SUBSCRIPTION_ID, "dd8597b487394467 8b10f8679f62bfbf".replace(" ", ""))).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).contains("dashes"));
        assertThat(InputRules.checkField(Field.SUBSCRIPTION_ID, "dd8597b4-8739-4467-8b10-f8679f62bf")).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).contains("30 hexadecimal digits"));
        assertThat(InputRules.checkField(Field.SUBSCRIPTION_ID, "")).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).isEqualTo("Registration subscription ID is required."));
    }

    @Test
    void otherMalformedFieldsMapToInputFormatInvalid() {
        InputReport r = InputRules.check(raw("nope", "azurestack", "reg", CUST));
        assertThat(r.blocking(Field.SUBSCRIPTION_ID)).get().extracting(InputProblem::code).isEqualTo("InputFormatInvalid");
    }

    @Test
    void resourceGroupRules() {
        assertThat(InputRules.checkField(Field.RESOURCE_GROUP, "azurestack")).isEmpty();
        assertThat(InputRules.checkField(Field.RESOURCE_GROUP, "rg_(test).1-é")).isEmpty();
        assertThat(InputRules.checkField(Field.RESOURCE_GROUP, "x".repeat(90))).isEmpty();
        assertThat(InputRules.checkField(Field.RESOURCE_GROUP, "x".repeat(91))).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).contains("1 to 90", "91"));
        assertThat(InputRules.checkField(Field.RESOURCE_GROUP, "azure stack")).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).contains("U+0020"));
        assertThat(InputRules.checkField(Field.RESOURCE_GROUP, "azurestack.")).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).contains("period"));
        assertThat(InputRules.checkField(Field.RESOURCE_GROUP, "a/b")).hasSize(1);
    }

    @Test
    void registrationNameRules() {
        assertThat(InputRules.checkField(Field.REGISTRATION_NAME, "AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747")).isEmpty();
        assertThat(InputRules.checkField(Field.REGISTRATION_NAME, "reg/1")).singleElement()
                .satisfies(p -> assertThat(p.blocking()).isTrue());
        assertThat(InputRules.checkField(Field.REGISTRATION_NAME, "reg.")).hasSize(1);
        assertThat(InputRules.checkField(Field.REGISTRATION_NAME, "x".repeat(261))).hasSize(1);
    }

    /** A name that passed the old rules and ended a PowerShell string in the card's commands. */
    @ParameterizedTest
    @ValueSource(strings = {"x\u201a;calc;\u201a", "x\u201b;calc", "a$(calc)", "a`calc", "a;calc", "a|b", "a\u202eb", "a,b"})
    void registrationNamesUseArmsNameCharactersOnly(String name) {
        assertThat(InputRules.checkField(Field.REGISTRATION_NAME, name)).singleElement().satisfies(p -> {
            assertThat(p.blocking()).isTrue();
            assertThat(p.message().in(Language.EN)).contains("letters, digits and _ - . ( ) only");
            assertThat(p.message().in(Language.FR)).contains("des lettres, des chiffres et les caractères _ - . ( )");
        });
    }

    @Test
    void aGuidWithLookAlikeDigitsIsNamedAsSuch() {
        String fullWidth = "\uff44\uff44\uff18\uff15\uff19\uff17\uff42\uff14-8739-4467-8b10-f8679f62bfbf";
        assertThat(InputRules.checkField(Field.SUBSCRIPTION_ID, fullWidth)).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).contains("look-alike", "U+FF44"));
        String arabicIndic = "\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661-8739-4467-8b10-f8679f62bfbf";
        assertThat(InputRules.checkField(Field.CUSTOMER_SUBSCRIPTION_ID, arabicIndic)).singleElement()
                .satisfies(p -> assertThat(p.message().in(Language.FR)).contains("imitent", "U+0664"));
    }

    @Test
    void catchesAGuidInTheRegistrationNameField() {
        InputReport r = InputRules.check(raw(SUB, "azurestack", "5bf881b2-6be7-42a1-9f47-d6fcb6737747", CUST));
        assertThat(r.usable()).isTrue();
        assertThat(r.problems(Field.REGISTRATION_NAME)).singleElement().satisfies(p -> {
            assertThat(p.blocking()).isFalse();
            assertThat(p.message().in(Language.EN)).contains("is a GUID, not a name");
        });
    }

    @Test
    void catchesTheSameSubscriptionInBothFields() {
        InputReport r = InputRules.check(raw(SUB, "azurestack", "reg", SUB.toUpperCase()));
        assertThat(r.usable()).isFalse();
        assertThat(r.blocking(Field.CUSTOMER_SUBSCRIPTION_ID)).get()
                .satisfies(p -> assertThat(p.message().in(Language.EN)).contains("registration subscription itself"));
    }

    @Test
    void warnsOnCapitalLettersInTheCustomerIdAndKeepsThemAsTyped() {
        InputReport r = InputRules.check(raw(SUB, "azurestack", "reg", CUST.toUpperCase()));
        assertThat(r.usable()).isTrue();
        assertThat(r.target().customerSubscriptionId()).isEqualTo(CUST.toUpperCase());
        assertThat(r.problems(Field.CUSTOMER_SUBSCRIPTION_ID)).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("BadCustomerSubscriptionId"));
        assertThat(InputRules.checkField(Field.CUSTOMER_SUBSCRIPTION_ID, CUST.toUpperCase())).hasSize(1);
    }

    @Test
    void optionalFieldsMayBeEmptyButMustBeGuidsWhenGiven() {
        RawInput in = new RawInput(SUB, "azurestack", "reg", CUST, "", null, Intent.VERIFY);
        assertThat(InputRules.check(in).usable()).isTrue();
        RawInput bad = new RawInput(SUB, "azurestack", "reg", CUST, "contoso.onmicrosoft.com", "x", Intent.VERIFY);
        InputReport r = InputRules.check(bad);
        assertThat(r.blocking(Field.CUSTOMER_TENANT_ID)).isPresent();
        assertThat(r.blocking(Field.STAMP_CLOUD_ID)).isPresent();
    }

    @Test
    void refusesAHugeFieldWithoutWorkingOnIt() {
        List<InputProblem> p = InputRules.checkField(Field.CUSTOMER_SUBSCRIPTION_ID, "a".repeat(5_000_000));
        assertThat(p).singleElement().satisfies(x -> assertThat(x.message().in(Language.EN)).contains("longer than 1000"));
    }
}
