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
            assertThat(json.out()).startsWith("## `InvalidCSPSubscription`: ");
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
}
