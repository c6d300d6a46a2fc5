package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** UTF-8 to files and pipes, the console's code page to a Windows console, with plain forms for what it lacks. */
class ConsoleOutputTest {
    private static final String FRENCH = "L’inscription fournie est introuvable\u202F: « é » — suivante…";

    private static Properties jdk(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) p.setProperty(pairs[i], pairs[i + 1]);
        return p;
    }

    @Test
    void aWindowsConsoleOnJdk19OrLaterGetsItsCodePage() {
        Properties console = jdk("stdout.encoding", "Cp850", "stderr.encoding", "Cp850", "native.encoding", "Cp1252");
        assertThat(ConsoleOutput.charsetFor("stdout", console)).isEqualTo(Charset.forName("Cp850"));
        assertThat(ConsoleOutput.charsetFor("stderr", console)).isEqualTo(Charset.forName("Cp850"));
    }

    @Test
    void aRedirectedStreamOnWindowsGetsUtf8NotTheAnsiCodePage() {
        // Redirected, the JDK reports the native (ANSI) encoding for the stream: standard output goes to a file here,
        // while standard error still reaches the console.
        Properties redirected = jdk("stdout.encoding", "Cp1252", "stderr.encoding", "Cp437", "native.encoding", "Cp1252");
        assertThat(ConsoleOutput.charsetFor("stdout", redirected)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ConsoleOutput.charsetFor("stderr", redirected)).isEqualTo(Charset.forName("Cp437"));
    }

    @Test
    void jdk17SaysConsoleOnlyThroughItsOlderProperty() {
        assertThat(ConsoleOutput.charsetFor("stdout", jdk("sun.stdout.encoding", "cp850", "native.encoding", "Cp1252")))
                .isEqualTo(Charset.forName("Cp850"));
        assertThat(ConsoleOutput.charsetFor("stdout", jdk("native.encoding", "Cp1252"))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void linuxAndMacTerminalsAndPipesGetUtf8() {
        Properties unix = jdk("stdout.encoding", "UTF-8", "native.encoding", "UTF-8");
        assertThat(ConsoleOutput.charsetFor("stdout", unix)).isEqualTo(StandardCharsets.UTF_8);
        Properties cLocale = jdk("stdout.encoding", "ANSI_X3.4-1968", "native.encoding", "ANSI_X3.4-1968");
        assertThat(ConsoleOutput.charsetFor("stdout", cLocale)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownCodePageFallsBackToUtf8() {
        assertThat(ConsoleOutput.charsetFor("stdout", jdk("stdout.encoding", "x-nonsense-42", "native.encoding", "Cp1252")))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void frenchTextReadsInACp850ConsoleWithPlainFormsForWhatItLacks() {
        assertThat(written(Charset.forName("Cp850"))).isEqualTo("L'inscription fournie est introuvable : « é » - suivante...");
        assertThat(written(Charset.forName("Cp437"))).isEqualTo("L'inscription fournie est introuvable : « é » - suivante...");
        // A console with plain ASCII has no « » and no é.
        assertThat(written(StandardCharsets.US_ASCII)).isEqualTo("L'inscription fournie est introuvable : \" ? \" - suivante...");
    }

    @Test
    void utf8IsWrittenAsIs() {
        assertThat(written(StandardCharsets.UTF_8)).isEqualTo(FRENCH);
    }

    @Test
    void charactersWithNoPlainFormBecomeAQuestionMark() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter w = ConsoleOutput.writer(bytes, Charset.forName("Cp850"));
        w.print("日本 \uD83D\uDE00 ok");
        w.flush();
        assertThat(bytes.toString(Charset.forName("Cp850"))).isEqualTo("?? ? ok");
    }

    private static String written(Charset cs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter w = ConsoleOutput.writer(bytes, cs);
        w.print(FRENCH);
        w.flush();
        return bytes.toString(cs);
    }
}
