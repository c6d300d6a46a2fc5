package dev.azscsp.diagnosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Text files as Windows tools write them: UTF-8 with or without its mark, UTF-16 with its mark, else Windows-1252. */
class TextDecoderTest {
    static final String TEXT = "customerSubscriptionId;label\ne09a4e93;Société Générale — « Nord »\n";

    static String read(byte[] bytes) throws IOException {
        return read(new ByteArrayInputStream(bytes));
    }

    static String read(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Reader r = TextDecoder.reader(in)) {
            char[] buf = new char[7];   // small reads: sequences cut between calls
            for (int n; (n = r.read(buf)) >= 0; ) b.append(buf, 0, n);
        }
        return b.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void utf8WithoutItsMark() throws IOException {
        assertThat(read(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void utf8WithItsMarkLosesTheMark() throws IOException {
        assertThat(read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)))).isEqualTo(TEXT);
    }

    @Test
    void utf16LittleEndianWithItsMark() throws IOException {
        // What PowerShell 5's ">" and Excel's "Unicode text" write.
        assertThat(read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(TEXT);
    }

    @Test
    void utf16BigEndianWithItsMark() throws IOException {
        assertThat(read(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(TEXT);
    }

    @Test
    void windows1252WhenTheBytesAreNotUtf8() throws IOException {
        // "Société" as French Excel saves "CSV (separator: semicolon)": é is the single byte 0xE9.
        byte[] ansi = "label\nSociété Générale — €\n".getBytes(Charset.forName("windows-1252"));
        assertThat(ansi).contains((byte) 0xE9);
        assertThat(read(ansi)).isEqualTo("label\nSociété Générale — €\n");
    }

    @Test
    void invalidUtf8AfterALongValidStartIsStillReadAsWindows1252FromThere() throws IOException {
        // The first invalid byte comes after more than any buffer: the text up to it is ASCII, the same in both.
        String start = "x".repeat(100_000) + "\n";
        byte[] bytes = concat(start.getBytes(StandardCharsets.US_ASCII), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
        assertThat(read(bytes)).isEqualTo(start + "Café\n");
    }

    @Test
    void aLoneContinuationByteOrACutSequenceIsNotUtf8() throws IOException {
        assertThat(read(new byte[] {'a', (byte) 0x80, 'b'})).isEqualTo("a€b");
        assertThat(read(new byte[] {'a', (byte) 0xC3})).as("a sequence cut by the end of the file").isEqualTo("aÃ");
    }

    @Test
    void emptyAndTinyInputs() throws IOException {
        assertThat(read(new byte[0])).isEmpty();
        assertThat(read(new byte[] {'a'})).isEqualTo("a");
        assertThat(read(new byte[] {(byte) 0xFF, (byte) 0xFE})).as("a UTF-16 mark alone").isEmpty();
        assertThat(read(new byte[] {(byte) 0xEF, (byte) 0xBB})).as("two bytes of a UTF-8 mark, not valid UTF-8")
                .isEqualTo("ï»");
    }

    @Test
    void aStreamThatGivesOneByteAtATime() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override public synchronized int read(byte[] b, int off, int len) { return super.read(b, off, Math.min(len, 1)); }
        };
        assertThat(read(trickle)).isEqualTo(TEXT);
    }

    @Test
    void wholeArraysDecodeTheSameWay() {
        assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(TEXT);
        assertThat(TextDecoder.decode(TEXT.getBytes(Charset.forName("windows-1252")))).isEqualTo(TEXT);
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }
}
