package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code explain} on a log bigger than what it reads: it reads the start and the end, says in every format how much
 * of the middle it skipped, and never says "no known error" about text it did not read.
 */
class ExplainLargeInputTest {
    static final long MIB = 1024 * 1024;
    /** An error the catalog knows, as PowerShell prints it. */
    static final String ERROR = ExplainCommandTest.PS;
    static final byte[] FILLER = "2024-05-02T10:15:00Z INFO step completed without trouble, moving on to the next one\n"
            .getBytes(StandardCharsets.UTF_8);

    /** {@code before} bytes of filler, the error, then {@code after} bytes of filler. */
    static void log(OutputStream out, long before, long after) throws IOException {
        filler(out, before);
        out.write(ERROR.getBytes(StandardCharsets.UTF_8));
        filler(out, after);
    }

    static void filler(OutputStream out, long bytes) throws IOException {
        for (long n = 0; n < bytes; n += FILLER.length) out.write(FILLER, 0, (int) Math.min(FILLER.length, bytes - n));
    }

    static Path file(Path dir, long before, long after) throws IOException {
        Path f = dir.resolve("big.log");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            log(out, before, after);
        }
        return f;
    }

    @Test
    void anErrorAtTheEndOfA17MibLogIsFoundAndTheSkippedMiddleIsNamed(@TempDir Path dir) throws Exception {
        Path f = file(dir, 17 * MIB, 2000);
        CliRun text = CliRun.of("explain", f.toString(), "--lang", "en");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("RegistrationNotFound").contains("in the middle were not read");
        assertThat(text.out()).containsPattern("1[5-7]\\.\\d MiB in the middle were not read");

        CliRun md = CliRun.of("explain", f.toString(), "--lang", "en", "--format", "markdown");
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).contains("in the middle were not read");

        JsonNode j = new ObjectMapper().readTree(CliRun.of("explain", f.toString(), "--format", "json").out());
        assertThat(j.get("primaryCode").asText()).isEqualTo("RegistrationNotFound");
        assertThat(j.get("inputBytes").asLong()).isEqualTo(Files.size(f));
        assertThat(j.get("skippedBytes").asLong()).isGreaterThan(15 * MIB).isLessThan(Files.size(f));
    }

    @Test
    void anErrorOnlyInTheSkippedMiddleIsNotCalledAbsent(@TempDir Path dir) throws Exception {
        Path f = file(dir, 8 * MIB, 9 * MIB);
        CliRun text = CliRun.of("explain", f.toString(), "--lang", "en");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).doesNotContain("No known error was found in this text")
                .containsPattern("No known error in the parts read; 1[5-7]\\.\\d MiB in the middle were not read");

        CliRun fr = CliRun.of("explain", f.toString(), "--lang", "fr", "--format", "markdown");
        assertThat(fr.out()).doesNotContain("Aucune erreur connue dans ce texte")
                .containsPattern("Aucune erreur connue dans les parties lues\u00a0; 1[5-7],\\d\u00a0Mio au milieu n’ont pas été lus");

        JsonNode j = new ObjectMapper().readTree(CliRun.of("explain", f.toString(), "--format", "json").out());
        assertThat(j.get("primaryCode").isNull()).isTrue();
        assertThat(j.get("skippedBytes").asLong()).isGreaterThan(15 * MIB);
    }

    @Test
    void standardInputIsReadTheSameWay() throws Exception {
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        log(big, 17 * MIB, 100);
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(big.toByteArray()));
            CliRun r = CliRun.of("explain", "-", "--format", "json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode j = new ObjectMapper().readTree(r.out());
            assertThat(j.get("primaryCode").asText()).isEqualTo("RegistrationNotFound");
            assertThat(j.get("inputBytes").asLong()).isEqualTo(big.size());
            assertThat(j.get("skippedBytes").asLong()).isGreaterThan(15 * MIB);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aSmallFileIsReadWhole(@TempDir Path dir) throws Exception {
        Path f = file(dir, 100_000, 100_000);
        JsonNode j = new ObjectMapper().readTree(CliRun.of("explain", f.toString(), "--format", "json").out());
        assertThat(j.get("primaryCode").asText()).isEqualTo("RegistrationNotFound");
        assertThat(j.get("skippedBytes").asLong()).isZero();
        assertThat(CliRun.of("explain", f.toString(), "--lang", "en").out()).doesNotContain("not read");
    }

    @Test
    void aThreeMegabyteLogWithItsErrorInTheMiddleSaysWhatWasNotRead(@TempDir Path dir) throws Exception {
        // Under 16 MiB too, the reader keeps only the start and the end of a long text: that must be said.
        Path f = file(dir, 2_000_000, 1_200_000);
        CliRun r = CliRun.of("explain", f.toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("No known error was found in this text")
                .containsPattern("No known error in the parts read; \\d\\.\\d MiB in the middle were not read");
    }
}
