package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExplainCommandTest {
    static final String PS = """
            New-AzResource : RegistrationNotFound : The provided registration was not found. Make sure the following
            information was provided correctly: 1. Subscription identifier (value provided:
            dd8597b4-8739-4467-8b10-f8679f62bfbf), 2. Resource group (value provided: azurestack), 3. Registration name
            (value provided: AzureStack-Old).
            At line:1 char:1
            + New-AzResource -ResourceId "subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/resourceGroups/azurestack/provi ...
            + CategoryInfo          : CloseError: (:) [New-AzResource], ErrorResponseMessageException
            + FullyQualifiedErrorId : RegistrationNotFound,Microsoft.Azure.Commands.ResourceManager.Cmdlets.Implementation.NewAzureResourceCmdlet
            """;

    @Test
    void aFileBecomesItsCardWithTheValuesFromTheText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("error.txt");
        Files.writeString(f, PS);
        CliRun r = CliRun.of("explain", f.toString(), "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("RegistrationNotFound \u2014 ").contains("(value provided: AzureStack-Old)",
                "Registration name: AzureStack-Old", "Next actions");
    }

    @Test
    void jsonHasTheDocumentedKeys(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("error.txt");
        Files.writeString(f, PS + "\nx-ms-correlation-request-id: 5f3c2a1b-0000-4000-8000-0000000000aa\n");
        JsonNode j = new ObjectMapper().readTree(CliRun.of("explain", f.toString(), "--format", "json").out());
        assertThat(j.get("codes").get(0).asText()).isEqualTo("RegistrationNotFound");
        assertThat(j.get("primaryCode").asText()).isEqualTo("RegistrationNotFound");
        assertThat(j.get("extracted").fieldNames()).toIterable().containsExactlyInAnyOrder("subscriptionId", "resourceGroup",
                "registrationName", "customerSubscriptionId", "correlationId", "requestId", "timestamp");
        assertThat(j.get("extracted").get("registrationName").asText()).isEqualTo("AzureStack-Old");
        assertThat(j.get("extracted").get("correlationId").asText()).isEqualTo("5f3c2a1b-0000-4000-8000-0000000000aa");
        assertThat(j.get("extracted").get("customerSubscriptionId").isNull()).isTrue();
        assertThat(j.get("card").get("code").asText()).isEqualTo("RegistrationNotFound");
    }

    @Test
    void readsStandardInputAndSaysWhenNothingIsRecognized() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Hello, the weather is fine.".getBytes(StandardCharsets.UTF_8)));
            CliRun r = CliRun.of("explain", "-", "--lang", "fr");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("Aucune erreur connue", "New-AzResource");
            System.setIn(new ByteArrayInputStream("{\"error\":{\"code\":\"InvalidCSPSubscription\",\"message\":\"x\"}}".getBytes(StandardCharsets.UTF_8)));
            CliRun json = CliRun.of("explain", "--format", "markdown", "--lang", "fr");
            assertThat(json.exitCode()).isZero();
            assertThat(json.out()).startsWith("## `InvalidCSPSubscription`\u00a0: ");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aMissingFileIsABadUsage() {
        CliRun r = CliRun.of("explain", "/no/such/file.txt");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("File not found: /no/such/file.txt");
    }

    @Test
    void everyCorpusSampleThatNamesAnErrorIsExplained() throws Exception {
        Path corpus = Path.of("src/test/resources/paste-corpus");
        JsonNode expected = new ObjectMapper().readTree(corpus.resolve("expected.json").toFile());
        int checked = 0;
        for (var it = expected.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode want = e.getValue().get("primaryCode");
            if (want == null) continue;
            CliRun r = CliRun.of("explain", corpus.resolve(e.getKey()).toString(), "--format", "json");
            JsonNode got = new ObjectMapper().readTree(r.out()).get("primaryCode");
            assertThat(got.isNull() ? null : got.asText()).as(e.getKey()).isEqualTo(want.isNull() ? null : want.asText());
            assertThat(r.exitCode()).as(e.getKey()).isEqualTo(want.isNull() ? 1 : 0);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(40);
    }

    /** The critical case: a name from a pasted text must never turn a ready-to-run command into another command. */
    @Test
    void aPastedNameThatWouldEndAPowerShellStringIsKeptOutOfTheCommands(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("error.txt");
        Files.writeString(f, PS.replace("AzureStack-Old", "AzureStack-1\u201a;Start-Process calc;#"));
        for (String format : new String[] {"text", "markdown", "json"}) {
            CliRun r = CliRun.of("explain", f.toString(), "--format", format, "--lang", "fr");
            assertThat(r.exitCode()).isZero();
            String commands = format.equals("json")
                    ? new ObjectMapper().readTree(r.out()).get("card").get("actions").findValues("text").toString()
                    : r.out().lines().filter(l -> l.contains("Get-AzResource") || l.contains("az resource")).reduce("", String::concat);
            assertThat(commands).as(format).contains("<nom de l\u02bcinscription>").doesNotContain("Start-Process");
            assertThat(r.out()).as(format).contains("Non rempli");
        }
    }

    @Test
    void anIdWithLookAlikeDigitsIsReportedNotUsed(@TempDir Path dir) throws Exception {
        String fullWidth = "\uff44\uff44\uff18\uff15\uff19\uff17\uff42\uff14-8739-4467-8b10-f8679f62bfbf";
        Path f = dir.resolve("error.txt");
        Files.writeString(f, PS.replace("dd8597b4-8739-4467-8b10-f8679f62bfbf", fullWidth), StandardCharsets.UTF_8);
        CliRun text = CliRun.of("explain", f.toString(), "--lang", "en");
        assertThat(text.out()).contains("Registration subscription ID in the text, " + fullWidth + ", is written with look-alike characters",
                "U+FF44").doesNotContain("Registration subscription ID: " + fullWidth);
        JsonNode j = new ObjectMapper().readTree(CliRun.of("explain", f.toString(), "--format", "json").out());
        assertThat(j.get("extracted").get("subscriptionId").isNull()).isTrue();
        assertThat(j.get("lookalikeIds").get("subscriptionId").asText()).isEqualTo(fullWidth);
    }

    /** PowerShell 5's {@code >} writes UTF-16 LE with its mark; Windows PowerShell's Out-File -Encoding BigEndianUnicode the BE one. */
    @Test
    void aUtf16LogFromPowerShellIsRead(@TempDir Path dir) throws Exception {
        for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            // Not ASCII: read as UTF-8, "é" would come out as a replacement character.
            Path f = Files.write(dir.resolve("error-" + cs.name() + ".txt"), ("\uFEFF" + PS.replace("AzureStack-Old", "Société")).getBytes(cs));
            CliRun r = CliRun.of("explain", f.toString(), "--lang", "en");
            assertThat(r.exitCode()).as(cs.name() + ": " + r.out()).isZero();
            assertThat(r.out()).startsWith("RegistrationNotFound \u2014 ").contains("(value provided: Société)");
        }
    }

    @Test
    void anAnsiLogKeepsItsAccents(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("error.txt"), PS.replace("AzureStack-Old", "Société").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        CliRun r = CliRun.of("explain", f.toString(), "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("(value provided: Société)");
    }

    private static final Path CORPUS = Path.of("src/test/resources/paste-corpus");

    private static CliRun explain(String sample, String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "explain";
        args[1] = CORPUS.resolve(sample).toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return CliRun.of(args);
    }

    @Test
    void anArmErrorWithoutItsCodeWordIsKnownByItsMessageAndNamesWhoWasRefused() throws Exception {
        CliRun r = explain("51-portal-authorization-failed-message-only.txt", "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("AuthorizationFailed \u2014 ").contains(
                "Object ID: 5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c",
                "Action refused: Microsoft.AzureStack/registrations/customerSubscriptions/write",
                "Get-AzRoleAssignment -ObjectId '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c'",
                "The service's own words are in the pasted text.").doesNotContain("<no detail available>");
        assertThat(explain("52-fr-ticket-authorization-failed-message-only.txt", "--lang", "fr").out())
                .contains("ID d\u2019objet\u00a0: a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d").doesNotContain("<aucun d\u00e9tail disponible>");
        JsonNode j = new ObjectMapper().readTree(explain("52-fr-ticket-authorization-failed-message-only.txt", "--format", "json").out());
        assertThat(j.get("primaryCode").asText()).isEqualTo("AuthorizationFailed");
        assertThat(j.get("otherValues").get("client").asText()).isEqualTo("b7c6d5e4-f3a2-4b1c-9d0e-8f7a6b5c4d3e");
        assertThat(j.get("otherValues").get("scope").asText()).endsWith("/customerSubscriptions/4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a");
    }

    @Test
    void anEntraSignInErrorGetsTheCardOfItsNumberInBothLanguages() {
        CliRun en = explain("55-ps-sp-aadsts7000215-secret.txt", "--lang", "en");
        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).startsWith("AADSTS7000215 \u2014 ").contains("secret");
        CliRun fr = explain("59-fr-cli-aadsts50055-password-expired.txt", "--lang", "fr");
        assertThat(fr.exitCode()).isZero();
        assertThat(fr.out()).startsWith("AADSTS50055 \u2014 ").contains("mot de passe");
    }

    @Test
    void anyOtherEntraNumberGetsTheGenericCardNamingIt() {
        for (String lang : new String[] {"en", "fr"}) {
            CliRun r = explain("60-cli-aadsts-generic-50126.txt", "--lang", lang);
            assertThat(r.exitCode()).as(lang).isZero();
            assertThat(r.out()).as(lang).startsWith("AADSTS \u2014 ").contains("AADSTS50126")
                    .doesNotContain("<the AADSTS number in the text>", "<le num\u00e9ro AADSTS du texte>");
        }
    }

    @Test
    void aCodeWithoutItsMessageIsNotGivenTheCatalogsMessage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("error.txt");
        Files.writeString(f, "Status: 404\nCode: RegistrationNotFound\nMessage: Registration 'AzS-1' was not found.\n");
        CliRun en = CliRun.of("explain", f.toString(), "--lang", "en");
        assertThat(en.out()).startsWith("RegistrationNotFound \u2014 ").contains("not the message this card knows")
                .doesNotContain("The provided registration was not found");
        CliRun fr = CliRun.of("explain", f.toString(), "--lang", "fr");
        assertThat(fr.out()).doesNotContain("L\u2019inscription fournie est introuvable");
    }

    /** The card quotes no service message the text did not hold, and names the product the text is about. */
    @Test
    void aTextAboutAnotherProductIsAnsweredAsSuch() {
        for (String lang : new String[] {"en", "fr"}) {
            CliRun hci = explain("62-ps-hci-resource-not-found.txt", "--lang", lang);
            assertThat(hci.exitCode()).as(lang).isZero();
            assertThat(hci.out()).as(lang).startsWith("ResourceNotFound \u2014 ").contains("Microsoft.AzureStackHCI")
                    .doesNotContain("Microsoft.AzureStack/registrations/");
            CliRun admin = explain("63-cli-admin-namespace-not-registered.txt", "--lang", lang);
            assertThat(admin.out()).as(lang).contains("Microsoft.Subscriptions.Admin")
                    .doesNotContain("'Microsoft.AzureStack'", "ProviderNamespace 'Microsoft.AzureStack'");
        }
    }
}
