package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.bulk.CsvInput;

/** {@code bulk} reads the files the window reads (Excel's and PowerShell's), and writes one Excel opens right. */
class BulkInputTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";

    @RegisterExtension static final FakeArm fake = FakeArm.start();
    static final ApiFactory THROUGH_FAKE = ThroughFake.api(() -> fake);

    @TempDir Path dir;
    final Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);

    @BeforeEach
    void azure() {
        ThroughFake.healthy(fake, SUB, CUST);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    }

    CliRun bulk(Path input, String... extra) {
        List<String> args = new ArrayList<>(List.of("bulk", "--subscription", SUB, "--registration", "reg1", "--input", input.toString(),
                "--arm-endpoint", fake.endpoint().toString(), "--auth", "azure-cli", "--lang", "en"));
        args.addAll(Arrays.asList(extra));
        return CliRun.with(THROUGH_FAKE, args.toArray(String[]::new));
    }

    Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aUtf16FileWithSemicolonsAsPowerShellWritesIt() throws IOException {
        Path in = file("in.csv", ("\uFEFFcustomerSubscriptionId;label\r\n" + CUST + ";Société\r\n").getBytes(StandardCharsets.UTF_16LE));
        CliRun r = bulk(in);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2," + CUST + ",,Société,ok,");
    }

    @Test
    void anExcelAnsiFileKeepsItsAccents() throws IOException {
        Path in = file("in.csv", ("customerSubscriptionId;label\r\n" + CUST + ";Société Générale\r\n").getBytes(Charset.forName("windows-1252")));
        CliRun r = bulk(in);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Société Générale");
    }

    @Test
    void aLabelOverTwoLinesIsOneRow() throws IOException {
        Path in = file("in.csv", ("customerSubscriptionId;label\r\n" + CUST + ";\"Fabrikam\nsite Nord\"\r\n").getBytes(StandardCharsets.UTF_8));
        CliRun r = bulk(in);
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("2," + CUST + ",,Fabrikam site Nord,ok,");
    }

    @Test
    void aBadLineSaysWhyInTheLanguageAsked() throws IOException {
        Path in = file("in.csv", ("customerSubscriptionId;label\n\"never closed;x\n" + CUST + ";ok\n").getBytes(StandardCharsets.UTF_8));
        CliRun r = bulk(in, "--lang", "fr");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("La ligne 2 est illisible\u00a0: un guillemet est ouvert et jamais fermé.")
                .doesNotContain("never closed");
        assertThat(r.out()).contains("3," + CUST + ",,ok,ok,");
    }

    @Test
    void anUnusableHeaderIsExplainedInTheLanguageAsked() throws IOException {
        Path in = file("in.csv", "Subscription;Customer\nx;y\n".getBytes(StandardCharsets.UTF_8));
        CliRun r = bulk(in, "--lang", "fr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("La première ligne n’a pas de colonne customerSubscriptionId.").contains("Subscription;Customer");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void standardInputGoesThroughTheSameDecoder() throws IOException {
        var saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("\uFEFFcustomerSubscriptionId\n" + CUST + "\n").getBytes(StandardCharsets.UTF_16BE)));
            CliRun r = bulk(Path.of("-"));
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("2," + CUST + ",,,ok,");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void excelOutputHasTheUtf8MarkAndTheSeparatorOfTheLocale() throws Exception {
        Locale.setDefault(Locale.Category.FORMAT, Locale.FRANCE);
        Path in = file("in.csv", ("customerSubscriptionId,label\n" + CUST + ",\"a;b, c\"\n").getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out.csv");
        CliRun r = bulk(in, "--excel", "--output", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        byte[] b = Files.readAllBytes(out);
        assertThat(b).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(b, StandardCharsets.UTF_8)).contains("\uFEFFline;customerSubscriptionId;");
        // Round trip: the file written for Excel is one our reader takes as input.
        List<BulkRow> back = CsvInput.read(Files.newInputStream(out));
        assertThat(back).singleElement().satisfies(row -> {
            assertThat(row.customerSubscriptionId()).isEqualTo(CUST);
            assertThat(row.label()).isEqualTo("a;b, c");
        });

        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        CliRun us = bulk(in, "--excel", "--output", out.toString());
        assertThat(us.exitCode()).as(us.err()).isZero();
        assertThat(Files.readString(out)).startsWith("\uFEFFline,customerSubscriptionId,");

        CliRun plain = bulk(in, "--output", out.toString());
        assertThat(plain.exitCode()).isZero();
        assertThat(Files.readString(out)).as("without --excel: plain CSV").startsWith("line,customerSubscriptionId,");
    }

    @Test
    void excelIsForCsvOnlyAndDocumented() throws IOException {
        Path in = file("in.csv", ("customerSubscriptionId\n" + CUST + "\n").getBytes(StandardCharsets.UTF_8));
        CliRun json = bulk(in, "--excel", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).contains("--excel").contains("csv");
        assertThat(fake.requests()).isEmpty();
        CliRun help = CliRun.of("bulk", "--help");
        assertThat(help.out()).contains("--excel").contains("byte order mark").contains("semicolon");
    }
}
