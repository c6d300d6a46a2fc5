package dev.azscsp.diagnosis.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one way the app turns a file's bytes into text, for the window and the command line alike: text files as
 * Windows tools write them. UTF-16 when the file starts with its byte order mark (PowerShell 5's {@code >}, Excel's
 * "Unicode text"); UTF-8 with or without its mark; Windows-1252 when the bytes are not UTF-8 (Excel's "CSV" on a
 * Western Windows). It streams: a big file is never held whole. The switch to Windows-1252 happens at the first byte
 * that is not UTF-8; what came before was valid UTF-8 (in practice ASCII, the same in both).
 */
public final class TextDecoder {
    /** The encodings a byte order mark can announce, and plain bytes (UTF-8, else Windows-1252). */
    public enum Mark {
        NONE(0, null), UTF_8(3, StandardCharsets.UTF_8), UTF_16LE(2, StandardCharsets.UTF_16LE), UTF_16BE(2, StandardCharsets.UTF_16BE);

        /** How many bytes the mark takes. */
        public final int length;
        /** The charset it announces; null for none. */
        public final Charset charset;

        Mark(int length, Charset charset) {
            this.length = length;
            this.charset = charset;
        }

        public boolean utf16() { return this == UTF_16LE || this == UTF_16BE; }
    }

    /** Windows' "ANSI" code page in Western Europe and America; ISO-8859-1 on a runtime trimmed of it. */
    public static final Charset WINDOWS_1252 = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;

    private TextDecoder() {}

    /** The byte order mark at the start of {@code head}, if any. */
    public static Mark mark(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) return Mark.UTF_8;
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return Mark.UTF_16LE;
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return Mark.UTF_16BE;
        return Mark.NONE;
    }

    /** A reader of {@code in}'s text, its byte order mark left out. Closing it closes {@code in}. */
    public static Reader reader(InputStream in) throws IOException {
        byte[] head = in.readNBytes(3);
        Mark mark = mark(head, head.length);
        return new Decoding(in, mark, head, mark.length);
    }

    /** A whole array's text, decoded as {@link #reader} decodes a stream. */
    public static String decode(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length);
        try (Reader r = reader(new ByteArrayInputStream(bytes))) {
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) >= 0; ) b.append(buf, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // not from an array
        }
        return b.toString();
    }

    /**
     * A part of a text whose start had {@code mark} (the middle or the end of a long log): in the mark's charset, else
     * UTF-8 falling back to Windows-1252. The part's own first bytes are never taken for a mark.
     */
    public static String decodePart(byte[] bytes, int from, int to, Mark mark) {
        StringBuilder b = new StringBuilder(to - from);
        try (Reader r = new Decoding(new ByteArrayInputStream(bytes, from, to - from), mark, new byte[0], 0)) {
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) >= 0; ) b.append(buf, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // not from an array
        }
        return b.toString();
    }

    /** UTF-8 that falls back to Windows-1252 at its first invalid byte, or the charset of a byte order mark. */
    private static final class Decoding extends Reader {
        private final InputStream in;
        private final ByteBuffer bytes = ByteBuffer.allocate(8192);
        private CharsetDecoder decoder;
        private boolean eof;
        private boolean flushed;

        Decoding(InputStream in, Mark mark, byte[] head, int skip) {
            this.in = in;
            // A mark says what the text is: no second guess, a bad sequence is a replacement character.
            CodingErrorAction onError = mark == Mark.NONE ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
            this.decoder = (mark == Mark.NONE ? StandardCharsets.UTF_8 : mark.charset).newDecoder()
                    .onMalformedInput(onError).onUnmappableCharacter(onError);
            bytes.put(head, skip, head.length - skip).flip();
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) return 0;
            CharBuffer out = CharBuffer.wrap(cbuf, off, len);
            while (out.position() == off) {
                if (flushed) return -1;
                CoderResult r = decoder.decode(bytes, out, eof);
                if (r.isError()) {
                    // Not UTF-8: the rest is Windows-1252, from this byte on.
                    decoder = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE);
                } else if (r.isUnderflow()) {
                    if (eof) {
                        decoder.flush(out);
                        flushed = true;
                    } else {
                        fill();
                    }
                }
                // Overflow: out is full, which cannot be while nothing was put in it.
            }
            return out.position() - off;
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) eof = true;
            else bytes.position(bytes.position() + n);
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
