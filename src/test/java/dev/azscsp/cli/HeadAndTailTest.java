package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The start and the end of an input, in bounded memory, cut between characters. */
class HeadAndTailTest {
    static final int HEAD = HeadAndTail.HEAD_BYTES, TAIL = HeadAndTail.TAIL_BYTES;

    /** n bytes: digits cycling, so any slice is recognizable by its position. */
    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) ('0' + i % 10);
        return b;
    }

    static HeadAndTail stream(byte[] b) throws IOException {
        return HeadAndTail.read(new ByteArrayInputStream(b), -1);
    }

    static HeadAndTail sized(byte[] b) throws IOException {
        return HeadAndTail.read(new ByteArrayInputStream(b), b.length);
    }

    @Test
    void whatFitsIsReadWhole() throws IOException {
        for (int n : new int[] {0, 1, HEAD - 1, HEAD, HEAD + 1, HEAD + TAIL}) {
            byte[] b = bytes(n);
            for (HeadAndTail r : new HeadAndTail[] {stream(b), sized(b)}) {
                assertThat(r.skippedBytes()).as("%d", n).isZero();
                assertThat(r.totalBytes()).isEqualTo(n);
                assertThat(r.text()).isEqualTo(new String(b, StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void aLongerInputKeepsItsStartAndItsEndInOrder() throws IOException {
        int n = HEAD + TAIL + 3 * TAIL + 12_345;   // the ring wraps several times
        byte[] b = bytes(n);
        String all = new String(b, StandardCharsets.US_ASCII);
        for (HeadAndTail r : new HeadAndTail[] {stream(b), sized(b)}) {
            assertThat(r.totalBytes()).isEqualTo(n);
            assertThat(r.skippedBytes()).isEqualTo(n - HEAD - TAIL);
            assertThat(r.text()).isEqualTo(all.substring(0, HEAD) + "\n" + all.substring(n - TAIL));
        }
    }

    @Test
    void noCharacterIsCutInHalf() throws IOException {
        // 3-byte characters, so HEAD and the tail's start fall inside one whatever their values.
        byte[] euro = "\u20ac".repeat((HEAD + TAIL) / 3 + 1000).getBytes(StandardCharsets.UTF_8);
        HeadAndTail r = stream(euro);
        assertThat(r.skippedBytes()).isPositive();
        assertThat(r.text()).doesNotContain("\ufffd").matches("\u20ac+\n\u20ac+");
        assertThat(r.totalBytes() - r.skippedBytes())
                .isEqualTo((long) r.text().replace("\n", "").getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void partialCharacterEndsAreFound() {
        byte[] e = "a\u00e9".getBytes(StandardCharsets.UTF_8);   // 61 C3 A9
        assertThat(HeadAndTail.partialCharAtEnd(new byte[] {e[0], e[1]})).isEqualTo(1);
        assertThat(HeadAndTail.partialCharAtEnd(e)).isZero();
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);   // E2 82 AC
        assertThat(HeadAndTail.partialCharAtEnd(new byte[] {euro[0], euro[1]})).isEqualTo(2);
        assertThat(HeadAndTail.continuationBytesAtStart(new byte[] {euro[1], euro[2], 'x'})).isEqualTo(2);
        assertThat(HeadAndTail.continuationBytesAtStart(new byte[] {'x'})).isZero();
    }

    @Test
    void aLongUtf16InputIsReadAsUtf16AtBothEnds() throws IOException {
        // PowerShell 5's ">" writes UTF-16 LE with its mark; astral characters (two units) so cuts can fall inside one.
        String unit = "ab\u00e9\ud83d\ude00";   // a, b, é, 😀: 5 UTF-16 units
        String text = unit.repeat((HEAD + TAIL) / 5 + 7777) + "RegistrationNotFound";
        for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            for (int pad : new int[] {0, 1}) {   // the tail's start at an odd and an even offset
                String t = "x".repeat(pad) + text;
                byte[] b = ("\uFEFF" + t).getBytes(cs);
                for (HeadAndTail r : new HeadAndTail[] {stream(b), sized(b)}) {
                    assertThat(r.skippedBytes()).isPositive();
                    assertThat(r.totalBytes()).isEqualTo(b.length);
                    String[] parts = r.text().split("\n", -1);
                    assertThat(parts).hasSize(2);
                    assertThat(parts[0]).doesNotContain("\ufffd").doesNotStartWith("\uFEFF");
                    assertThat(t).as("%s pad %d", cs, pad).startsWith(parts[0]).endsWith(parts[1]);
                    assertThat(parts[1]).doesNotContain("\ufffd").endsWith("RegistrationNotFound");
                    assertThat(r.totalBytes() - r.skippedBytes())
                            .isEqualTo((long) (parts[0].length() + parts[1].length()) * 2 + 2);   // + the mark
                }
            }
        }
    }

    @Test
    void aShortUtf16InputIsReadWhole() throws IOException {
        byte[] b = "\uFEFFRegistrationNotFound: é".getBytes(StandardCharsets.UTF_16LE);
        assertThat(stream(b).text()).isEqualTo("RegistrationNotFound: é");
    }
}
