package dev.azscsp.cli;

import java.io.IOException;
import java.io.InputStream;

import dev.azscsp.diagnosis.paste.ErrorTextReader;
import dev.azscsp.diagnosis.text.TextDecoder;
import dev.azscsp.diagnosis.text.TextDecoder.Mark;

/**
 * The start and the end of an input of any size, as text ({@link TextDecoder}: UTF-8, UTF-16 with its mark as
 * PowerShell 5's {@code >} writes it, or Windows-1252), in bounded memory: as much as
 * {@link ErrorTextReader} reads of a text ({@link ErrorTextReader#HEAD_CHARS} and
 * {@link ErrorTextReader#TAIL_CHARS}), so what it is given it reads whole and what was skipped is known here, in
 * bytes. Errors sit at the start of a paste or at the end of a log; the middle of a long log is skipped.
 *
 * @param text         the head, then a line break and the tail when the middle was skipped
 * @param totalBytes   how long the input was
 * @param skippedBytes how many bytes in the middle were not read (0 when the input was read whole)
 */
record HeadAndTail(String text, long totalBytes, long skippedBytes) {
    static final int HEAD_BYTES = ErrorTextReader.HEAD_CHARS;
    /** One char less than the reader's tail, for the line break that joins head and tail. */
    static final int TAIL_BYTES = ErrorTextReader.TAIL_CHARS - 1;

    boolean partial() { return skippedBytes > 0; }

    /**
     * Reads {@code in} to its end, keeping its first and last bytes.
     *
     * @param size the input's size when known (a regular file), so the middle is skipped without reading it; -1 for a
     *             stream
     */
    static HeadAndTail read(InputStream in, long size) throws IOException {
        byte[] head = in.readNBytes(HEAD_BYTES);
        if (head.length < HEAD_BYTES) return new HeadAndTail(TextDecoder.decode(head), head.length, 0);
        long skipped = 0;
        if (size > (long) HEAD_BYTES + TAIL_BYTES) skipped = in.skip(size - HEAD_BYTES - TAIL_BYTES);
        // The last TAIL_BYTES of the rest, in a ring.
        byte[] ring = new byte[TAIL_BYTES];
        long rest = 0;
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; rest += n) {
            for (int off = 0; off < n; ) {
                int at = (int) ((rest + off) % TAIL_BYTES);
                int len = Math.min(n - off, TAIL_BYTES - at);
                System.arraycopy(buf, off, ring, at, len);
                off += len;
            }
        }
        long total = HEAD_BYTES + skipped + rest;
        if (skipped == 0 && rest <= TAIL_BYTES) {   // it all fits: read whole
            byte[] all = new byte[(int) (HEAD_BYTES + rest)];
            System.arraycopy(head, 0, all, 0, HEAD_BYTES);
            System.arraycopy(ring, 0, all, HEAD_BYTES, (int) rest);
            return new HeadAndTail(TextDecoder.decode(all), total, 0);
        }
        byte[] tail;
        if (rest <= TAIL_BYTES) {   // a file that shrank while read
            tail = java.util.Arrays.copyOf(ring, (int) rest);
        } else {
            tail = new byte[TAIL_BYTES];
            int start = (int) (rest % TAIL_BYTES);
            System.arraycopy(ring, start, tail, 0, TAIL_BYTES - start);
            System.arraycopy(ring, 0, tail, TAIL_BYTES - start, start);
        }
        // Cut on character boundaries, so neither side starts or ends with half a character.
        Mark mark = TextDecoder.mark(head, head.length);
        int headEnd, tailStart;
        if (mark.utf16()) {
            headEnd = HEAD_BYTES - HEAD_BYTES % 2;   // code units start at even offsets, after the 2-byte mark
            if (isSurrogate(head, headEnd - 2, mark, 0xD800)) headEnd -= 2;   // half of a pair: leave it out
            tailStart = (int) ((total - tail.length) % 2);
            if (isSurrogate(tail, tailStart, mark, 0xDC00)) tailStart += 2;
        } else {
            headEnd = HEAD_BYTES - partialCharAtEnd(head);
            tailStart = continuationBytesAtStart(tail);
        }
        String text = TextDecoder.decodePart(head, mark.length, headEnd, mark) + "\n" + TextDecoder.decodePart(tail, tailStart, tail.length, mark);
        return new HeadAndTail(text, total, total - headEnd - (tail.length - tailStart));
    }

    /** Whether the UTF-16 unit at {@code at} is a high ({@code 0xD800}) or low ({@code 0xDC00}) surrogate. */
    private static boolean isSurrogate(byte[] b, int at, Mark mark, int which) {
        if (at < 0 || at + 1 >= b.length) return false;
        int unit = mark == Mark.UTF_16LE ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
        return (unit & 0xFC00) == which;
    }

    /** How many bytes at the end of {@code b} begin a UTF-8 sequence that does not end there. */
    static int partialCharAtEnd(byte[] b) {
        for (int back = 1; back <= Math.min(3, b.length); back++) {
            int x = b[b.length - back] & 0xFF;
            if ((x & 0xC0) == 0x80) continue;                 // a continuation byte: look further back
            int needs = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : x >= 0xC0 ? 2 : 1;
            return needs > back ? back : 0;
        }
        return 0;
    }

    /** How many continuation bytes (the rest of a character cut off) begin {@code b}, at most 3. */
    static int continuationBytesAtStart(byte[] b) {
        int i = 0;
        while (i < Math.min(3, b.length) && (b[i] & 0xC0) == 0x80) i++;
        return i;
    }
}
