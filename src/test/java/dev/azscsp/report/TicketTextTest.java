package dev.azscsp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Placeholder;
import dev.azscsp.catalog.Values;
import dev.azscsp.diagnosis.ServiceAnswer;
import dev.azscsp.i18n.Language;

class TicketTextTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    final ErrorCatalog catalog = ErrorCatalog.shipped();

    ErrorCard card(Language l, String name) {
        Values v = Values.empty().with(Placeholder.SUBSCRIPTION_ID, SUB).with(Placeholder.RESOURCE_GROUP, "azurestack")
                .with(Placeholder.REGISTRATION_NAME, name);
        return catalog.card("RegistrationNotFound", l, v);
    }

    List<InputRow> rows(String name) {
        return List.of(new InputRow("Registration subscription ID", SUB), new InputRow("Registration name", name));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void plainTextCarriesTheWholeCard(Language l) {
        ErrorCard c = card(l, "reg1");
        String t = TicketText.plain(c, rows("reg1"), new ServiceAnswer("ResourceNotFound", "gone", 404, "req-9", "corr-9"), false);
        assertThat(t).startsWith("RegistrationNotFound \u2014 " + c.title());
        assertThat(t).contains(c.details(), c.cause(), "1. ", "req-9", "corr-9", c.docUrl(), SUB);
        assertThat(t).contains(l == Language.FR ? "Actions suivantes" : "Next actions");
        c.actions().forEach(a -> a.commands().forEach(cmd -> assertThat(t).contains(cmd.text().split("\n")[0])));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void markdownHasAHeadingTheCodeInBackticksATableAndFencedCommands(Language l) {
        String md = TicketText.markdown(card(l, "reg1"), rows("reg1"), null, false);
        assertThat(md).startsWith("## `RegistrationNotFound`" + l.colon());
        assertThat(md).contains("| Registration name | `reg1` |", "|---|---|", "```powershell\n", "```shell\n");
        assertThat(md.lines().filter(x -> x.strip().startsWith("```")).count() % 2).isZero();
    }

    @Test
    void markdownSpecialsInValuesCannotBreakTheLayout() {
        String hostile = "a|b`c *d* [x](y) <b>\n# h";
        String md = TicketText.markdown(card(Language.EN, hostile), rows(hostile), null, false);
        String row = md.lines().filter(x -> x.startsWith("| Registration name |")).findFirst().orElseThrow();
        // The row keeps its three cell pipes: the value's own pipe is escaped and its backtick stays inside the code span.
        assertThat(row).isEqualTo("| Registration name | `` a\\|b`c *d* [x](y) <b> # h `` |");
        assertThat(row.replace("\\|", "").chars().filter(ch -> ch == '|').count()).isEqualTo(3);
        assertThat(md).doesNotContain("\n# h");
        assertThat(md).contains("a\\|b\\`c \\*d\\* \\[x\\](y) \\<b\\>", "> \\# h");
    }

    @Test
    void commandsWithBackticksGetALongerFence() {
        String md = Markdown.fence("powershell", "Write-Host ```x```");
        assertThat(md).startsWith("````powershell\n").endsWith("\n````");
    }

    @Test
    void controlAndDirectionCharactersAreShownNotObeyed() {
        String t = TicketText.plain(card(Language.EN, "ab\u202Edc\u0007"), rows("ab\u202Edc\u0007"), null, false);
        assertThat(t).contains("ab<U+202E>dc<U+0007>").doesNotContain("\u202E").doesNotContain("\u0007");
    }

    @Test
    void redactionShortensEveryGuidTheSameWay() {
        String t = TicketText.plain(card(Language.EN, "reg1"), rows("reg1"), null, true);
        assertThat(t).doesNotContain(SUB).contains("dd85\u2026bfbf");
        String md = TicketText.markdown(card(Language.EN, "reg1"), rows("reg1"), null, true);
        assertThat(md).doesNotContain(SUB).contains("dd85\u2026bfbf");
        assertThat(Redactor.redact("x " + SUB.toUpperCase() + " y")).isEqualTo("x DD85\u2026BFBF y");
    }

    @Test
    void aFrenchTicketLinksTheFrenchDocumentation() {
        ErrorCard fr = ErrorCatalog.shipped().card("RegistrationNotFound", Language.FR, Values.empty());
        assertThat(TicketText.plain(fr, List.of(), null, false)).contains("https://learn.microsoft.com/fr-fr/azure-stack/")
                .doesNotContain("/en-us/");
        assertThat(TicketText.markdown(fr, List.of(), null, false)).contains("<https://learn.microsoft.com/fr-fr/azure-stack/");
    }
}
