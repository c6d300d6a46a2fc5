package dev.azscsp.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * How the command line writes its text. Files and pipes get UTF-8 (what scripts, editors and Excel expect). A Windows
 * console does not read UTF-8: cmd.exe and PowerShell consoles use an OEM code page (850 in France, 437 in the US), so
 * text written to one follows that code page, and a character it lacks (the typographic apostrophe of the French
 * texts, a narrow no-break space) becomes its nearest plain form rather than a wrong glyph.
 *
 * <p>Which stream is a console: the JDK names the console's code page in {@code stdout.encoding} and
 * {@code stderr.encoding} (JDK 19 and later; {@code sun.stdout.encoding} / {@code sun.stderr.encoding} on JDK 17,
 * set only for a console), and names the system's ANSI code page ({@code native.encoding}) for anything else. A
 * stream whose encoding differs from the native one is therefore a console. Elsewhere than on Windows the two agree
 * and everything is UTF-8, as terminals there expect.
 */
final class ConsoleOutput {
    /** Plain forms for characters an OEM code page lacks. */
    private static final Map<Character, String> PLAIN = Map.ofEntries(
            Map.entry('\u2019', "'"), Map.entry('\u2018', "'"), Map.entry('\u201C', "\""), Map.entry('\u201D', "\""),
            Map.entry('\u00AB', "\""), Map.entry('\u00BB', "\""), Map.entry('\u202F', " "), Map.entry('\u00A0', " "),
            Map.entry('\u2026', "..."), Map.entry('\u2013', "-"), Map.entry('\u2014', "-"), Map.entry('\u2192', "->"),
            Map.entry('\u2022', "*"), Map.entry('\u02BC', "'"), Map.entry('\u2212', "-"));

    private ConsoleOutput() {}

    /** The charset for standard output or standard error ({@code stream} is "stdout" or "stderr"). */
    static Charset charsetFor(String stream, Properties system) {
        String modern = system.getProperty(stream + ".encoding");           // JDK 19 and later: always set
        if (modern != null) {
            return modern.equalsIgnoreCase(system.getProperty("native.encoding", "")) ? StandardCharsets.UTF_8 : charset(modern);
        }
        String legacy = system.getProperty("sun." + stream + ".encoding");  // JDK 17: set for a console only
        return legacy != null ? charset(legacy) : StandardCharsets.UTF_8;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** A writer to {@code out} in {@code charset}; characters the charset lacks get their plain form, else '?'. */
    static PrintWriter writer(OutputStream out, Charset charset) {
        Writer w = new OutputStreamWriter(out, charset);
        if (charset.equals(StandardCharsets.UTF_8)) return new PrintWriter(w, true);
        return new PrintWriter(new PlainFallback(w, charset.newEncoder()), true);
    }

    static PrintWriter stdout() { return writer(System.out, charsetFor("stdout", System.getProperties())); }

    static PrintWriter stderr() { return writer(System.err, charsetFor("stderr", System.getProperties())); }

    private static final class PlainFallback extends FilterWriter {
        private final CharsetEncoder encoder;

        PlainFallback(Writer out, CharsetEncoder encoder) {
            super(out);
            this.encoder = encoder;
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            StringBuilder sb = new StringBuilder(len);
            for (int i = off; i < off + len; i++) {
                char c = buf[i];
                if (Character.isHighSurrogate(c) && i + 1 < off + len && Character.isLowSurrogate(buf[i + 1])) {
                    String pair = new String(buf, i, 2);
                    sb.append(encoder.canEncode(pair) ? pair : "?");
                    i++;
                } else if (encoder.canEncode(c)) {
                    sb.append(c);
                } else {
                    sb.append(PLAIN.getOrDefault(c, "?"));
                }
            }
            out.write(sb.toString());
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            write(s.toCharArray(), off, len);
        }
    }
}
