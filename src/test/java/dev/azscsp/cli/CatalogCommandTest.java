package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCatalog;

class CatalogCommandTest {
    @Test
    void printsEveryCardInFrench() {
        CliRun r = CliRun.of("catalog", "--lang", "fr");
        assertThat(r.exitCode()).isZero();
        for (CodeInfo c : ErrorCatalog.shipped().codes()) assertThat(r.out()).contains(c.code() + " \u2014 ");
        assertThat(r.out()).contains("Actions suivantes", "Cause", "L’inscription fournie est introuvable")
                .doesNotContain("Next actions");
    }

    @Test
    void printsMarkdownAndJson() throws Exception {
        assertThat(CliRun.of("catalog", "--format", "markdown", "--lang", "en").out()).contains("## `InvalidCSPSubscription`: ");
        JsonNode all = new ObjectMapper().readTree(CliRun.of("catalog", "--format", "json", "--lang", "en").out());
        assertThat(all.size()).isEqualTo(ErrorCatalog.shipped().codes().size());
        assertThat(all.get(0).get("actions").get(0).get("number").asInt()).isEqualTo(1);
    }

    @Test
    void badUsageExitsWithTwoAndAClearMessage() {
        CliRun r = CliRun.of("catalog", "--lang", "de");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'de' is not a language: use en or fr").doesNotContain("Exception");
        assertThat(CliRun.of("nonsense").exitCode()).isEqualTo(2);
    }

    @Test
    void versionAndHelpWork() {
        assertThat(CliRun.of("--version").out()).contains("AzS CSP Troubleshooter");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("catalog", "diagnose");
    }
}
