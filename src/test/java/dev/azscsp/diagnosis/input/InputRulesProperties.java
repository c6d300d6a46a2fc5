package dev.azscsp.diagnosis.input;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.i18n.Language;

/** Whatever a user types or pastes, the rules answer at once with a usable target or a message, never a throw. */
class InputRulesProperties {

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("{}[]()<>|`*_#\\\"'\u202e\u200f\u0000\n\r\t -./").ofMaxLength(200),
                Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').withChars('-', 'O', 'l', '{', '}', ' ').ofMaxLength(60),
                Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(20_000),
                Arbitraries.of("/subscriptions/", "{subscriptionId}", "\u00a0", "\"\"", "''", "{}", "/subscriptions//x"));
    }

    @Property(tries = 400)
    void anyInputGivesAReportWithMessagesInBothLanguages(@ForAll("hostile") String sub, @ForAll("hostile") String rg,
                                                         @ForAll("hostile") String name, @ForAll("hostile") String cust) {
        InputReport r = InputRules.check(new RawInput(sub, rg, name, cust, cust, sub, Intent.VERIFY));
        for (InputProblem p : r.problems()) {
            assertThat(p.message().in(Language.EN)).isNotBlank().doesNotContain("!input.");
            assertThat(p.message().in(Language.FR)).isNotBlank().doesNotContain("!input.");
            assertThat(p.code()).isNotBlank();
        }
        if (r.usable()) {
            assertThat(InputRules.isGuid(r.target().subscriptionId())).isTrue();
            assertThat(InputRules.isGuid(r.target().customerSubscriptionId())).isTrue();
            assertThat(r.target().resourceGroup()).hasSizeBetween(1, 90);
        }
    }

    @Property(tries = 300)
    void everyFieldCheckAnswersWithoutThrowing(@ForAll("hostile") String value) {
        for (Field f : Field.values()) {
            InputRules.checkField(f, value).forEach(p -> assertThat(p.field()).isEqualTo(f));
        }
    }

    @Property(tries = 200)
    void aGuidSurvivesTheWaysPeoplePasteIt(@ForAll("guids") String guid, @ForAll("wrappers") String wrapper) {
        String pasted = wrapper.replace("X", guid);
        InputReport r = InputRules.check(new RawInput(pasted, "azurestack", "reg", "e09a4e93-29a7-4eba-a6d4-76202383f07f", null, null, Intent.VERIFY));
        if (!guid.equalsIgnoreCase("e09a4e93-29a7-4eba-a6d4-76202383f07f")) {
            assertThat(r.target().subscriptionId()).isEqualTo(guid);
        }
    }

    @Provide
    Arbitrary<String> guids() {
        net.jqwik.api.arbitraries.StringArbitrary hex = Arbitraries.strings().withChars("0123456789abcdefABCDEF");
        return net.jqwik.api.Combinators.combine(hex.ofLength(8), hex.ofLength(4), hex.ofLength(4), hex.ofLength(4), hex.ofLength(12))
                .as((a, b, c, d, e) -> a + "-" + b + "-" + c + "-" + d + "-" + e);
    }

    @Provide
    Arbitrary<String> wrappers() {
        return Arbitraries.of("X", " X ", "\"X\"", "{X}", "'X'", "/subscriptions/X", "/subscriptions/X/resourceGroups/azurestack",
                "https://management.azure.com/subscriptions/X?api-version=2022-12-01", "\u00a0X\t", "\u201cX\u201d");
    }

    @Property(tries = 50)
    void hugeFieldsAreRefusedQuickly(@ForAll @StringLength(min = 100_000, max = 300_000) String huge) {
        long t0 = System.nanoTime();
        InputRules.check(new RawInput(huge, huge, huge, huge, huge, huge, Intent.ADD));
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
    }
}
